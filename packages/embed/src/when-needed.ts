// When a chart element needs its chart: its code as the element comes within about one viewport of
// the visible area, its drawing as it comes into view (the picture stands in until then); both at
// once when the reader focuses or touches it. A reader moving with the Tab key gets every loaded
// chart drawn at once, so that the focus can stop in it rather than skip its picture.

/**
 * Why a chart is needed now: it came near (or into view), the reader focused or touched it, or the
 * reader pressed Tab (the chart must be drawn before the focus moves on).
 */
export type Reason = 'near' | 'reader' | 'keyboard';

const readerEvents = ['focusin', 'pointerdown', 'touchstart'] as const;

/** One IntersectionObserver per margin, shared by every element waiting on it. */
function waitingRoom(rootMargin: string) {
  const waiting = new Map<Element, (reason: Reason) => void>();
  let observer: IntersectionObserver | null = null;
  const shared = () => {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) waiting.get(entry.target)?.('near');
      },
      { rootMargin },
    );
    return observer;
  };
  return {
    /** Calls `then` once, when `element` is within the margin or the reader turns to it; returns a function that stops waiting. */
    wait(element: HTMLElement, then: (reason: Reason) => void): () => void {
      const stop = () => {
        waiting.delete(element);
        observer?.unobserve(element);
        for (const type of readerEvents) element.removeEventListener(type, byReader);
      };
      const arrived = (reason: Reason) => {
        stop();
        then(reason);
      };
      const byReader = () => arrived('reader');
      waiting.set(element, arrived);
      shared().observe(element);
      for (const type of readerEvents) element.addEventListener(type, byReader, { passive: true });
      return stop;
    },
    /** Lets every waiting element in at once, for `reason`. */
    admitAll(reason: Reason): void {
      for (const arrived of [...waiting.values()]) arrived(reason);
    },
  };
}

/** Calls `load` once `element` is within about one viewport of the visible area, or the reader turns to it. */
export const whenNeeded = waitingRoom('100% 0px 100% 0px').wait;

const inView = waitingRoom('0px');
let tabListened = false;

/** Calls `draw` once `element` is in view, the reader turns to it, or the reader presses Tab. */
export function whenInView(element: HTMLElement, draw: (reason: Reason) => void): () => void {
  if (!tabListened) {
    tabListened = true;
    // In the capture phase, before the browser moves the focus.
    document.addEventListener('keydown', (event) => event.key === 'Tab' && inView.admitAll('keyboard'), {
      capture: true,
    });
  }
  return inView.wait(element, draw);
}

const drawQueue: (() => void)[] = [];

/**
 * Runs `draw` in a task of its own, after the draws queued before it: drawing a chart is the
 * longest work on the page, and charts that arrive together would otherwise block as one.
 */
export function drawSoon(draw: () => void): void {
  drawQueue.push(draw);
  if (drawQueue.length === 1) setTimeout(nextDraw, 0);
}

function nextDraw(): void {
  const draw = drawQueue.shift();
  if (drawQueue.length > 0) setTimeout(nextDraw, 0);
  draw?.();
}
