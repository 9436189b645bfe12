// When a chart element needs its chart: as it comes within about one viewport of the visible area,
// or as soon as the reader focuses or touches it.

const nearViewport = '100% 0px 100% 0px';
const readerEvents = ['focusin', 'pointerdown', 'touchstart'] as const;

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | null = null;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) waiting.get(entry.target)?.();
    },
    { rootMargin: nearViewport },
  );
  return observer;
}

/**
 * Calls `load` once, when `element` is needed; returns a function that stops waiting (for an
 * element taken off the page first).
 */
export function whenNeeded(element: HTMLElement, load: () => void): () => void {
  const stop = () => {
    waiting.delete(element);
    observer?.unobserve(element);
    for (const type of readerEvents) element.removeEventListener(type, needed);
  };
  const needed = () => {
    stop();
    load();
  };
  waiting.set(element, needed);
  sharedObserver().observe(element);
  for (const type of readerEvents) element.addEventListener(type, needed, { passive: true });
  return stop;
}
