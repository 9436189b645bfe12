import { cloneElement, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { chartCases } from '../fixtures/charts.js';
import { countingObservers } from '../helpers/counting-observers.js';

// Issue #9, "long life", in Chromium: mounting and unmounting each chart 1,000 times leaves no
// growing number of DOM nodes, event listeners, ResizeObservers or MutationObservers; a chart whose
// container is resized to zero width or hidden (display:none) comes back when it is visible again.
// And "supply chain": rendering every chart makes no network request.

const cycles = 1000;
const warmUp = 20;

/** Live counts of what charts attach to the page, kept by shims installed before any chart mounts. */
const live = { resizeObservers: 0, observedElements: 0, mutationObservers: 0 };
const restore: (() => void)[] = [];

/** Listeners per target; those on nodes no longer in the document are left to the garbage collector. */
const listenersByTarget = new Map<EventTarget, number>();

/** Listeners that can outlive a chart: on the window, the document, nodes in it, media queries… */
function liveListeners(): number {
  let count = 0;
  for (const [target, listeners] of listenersByTarget) {
    if (target instanceof Node && !target.isConnected) continue;
    // The test runner listens on each test's AbortSignal; charts use none.
    if (target instanceof AbortSignal) continue;
    count += listeners;
  }
  return count;
}

function installCountingShims(): void {
  // A (type, listener, capture) triple counts once per target, as the DOM keeps it.
  const registered = new WeakMap<EventTarget, Set<string>>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const key = (type: string, listener: unknown, options: unknown) => {
    if ((typeof listener !== 'object' && typeof listener !== 'function') || listener === null) return null;
    let id = ids.get(listener);
    if (id === undefined) {
      id = nextId++;
      ids.set(listener, id);
    }
    const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture);
    return `${type}|${id}|${capture}`;
  };
  const count = (target: EventTarget, change: number) => {
    const next = (listenersByTarget.get(target) ?? 0) + change;
    if (next === 0) listenersByTarget.delete(target);
    else listenersByTarget.set(target, next);
  };
  const added = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
    const k = key(type, listener, options);
    if (!k) return;
    const set = registered.get(target) ?? new Set<string>();
    registered.set(target, set);
    if (!set.has(k)) {
      set.add(k);
      count(target, 1);
    }
  };
  const removed = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
    const k = key(type, listener, options);
    if (k && registered.get(target)?.delete(k)) count(target, -1);
  };
  // The prototype's methods, and the window's own ones: the test runner gives the window its own.
  for (const owner of [EventTarget.prototype, window] as EventTarget[]) {
    if (owner === window && !Object.hasOwn(window, 'addEventListener')) continue;
    const { addEventListener, removeEventListener } = owner;
    owner.addEventListener = function (this: EventTarget, type, listener, options) {
      added(this, type, listener, options);
      return addEventListener.call(this, type, listener, options);
    };
    owner.removeEventListener = function (this: EventTarget, type, listener, options) {
      removed(this, type, listener, options);
      return removeEventListener.call(this, type, listener, options);
    };
    restore.push(() => {
      owner.addEventListener = addEventListener;
      owner.removeEventListener = removeEventListener;
    });
  }

  const NativeResizeObserver = window.ResizeObserver;
  const NativeMutationObserver = window.MutationObserver;
  const counting = countingObservers(live);
  window.ResizeObserver = counting.ResizeObserver;
  window.MutationObserver = counting.MutationObserver;
  restore.push(() => {
    window.ResizeObserver = NativeResizeObserver;
    window.MutationObserver = NativeMutationObserver;
  });
}

const nodes = () => document.getElementsByTagName('*').length;
const snapshot = () => ({ nodes: nodes(), listeners: liveListeners(), ...live });

// Default data, English, with animation left to the reader's (reduced-motion) preference.
const charts = chartCases.map((chart) => ({
  name: chart.name,
  element: (): ReactElement => cloneElement(chart.render('en'), { animate: 'auto' }),
}));

let host: HTMLElement;
/** Roots a test leaves mounted, unmounted after it even when it fails, so that the counts stay honest. */
const mounted: Root[] = [];

beforeAll(async () => {
  await page.viewport(1000, 800);
  installCountingShims();
});
afterAll(() => {
  for (const undo of restore.splice(0)) undo();
});
afterEach(() => {
  for (const root of mounted.splice(0)) root.unmount();
  host?.remove();
});

/** Mounts synchronously (flushSync: the chart measures its box in a layout effect and draws at once). */
function mountSync(container: HTMLElement, element: ReactElement): Root {
  const root = createRoot(container);
  flushSync(() => root.render(element));
  return root;
}

it('counts what a leaking component would leave behind', () => {
  // A control: the shims must see a listener, a ResizeObserver and a MutationObserver left behind.
  const before = snapshot();
  const listener = () => {};
  window.addEventListener('resize', listener);
  const resize = new ResizeObserver(() => {});
  resize.observe(document.body);
  const mutation = new MutationObserver(() => {});
  mutation.observe(document.body, { childList: true });
  const leaked = snapshot();
  window.removeEventListener('resize', listener);
  resize.disconnect();
  mutation.disconnect();
  expect(leaked).toEqual({
    ...before,
    listeners: before.listeners + 1,
    resizeObservers: before.resizeObservers + 1,
    observedElements: before.observedElements + 1,
    mutationObservers: before.mutationObservers + 1,
  });
  expect(snapshot()).toEqual(before);
});

describe.each(charts)('$name over a long life', ({ name, element }) => {
  /**
   * The chart box before it has a width: empty, except for the map, which draws at its server width
   * and is scaled to the box (RegionalShare needs no effects to draw).
   */
  const expectUnmeasured = async () => {
    const box = () => host.querySelector('.kzt-box');
    if (name === 'regional-share') await vi.waitFor(() => expect(box()?.hasAttribute('data-kzt-scaled')).toBe(true));
    else await vi.waitFor(() => expect(box()?.querySelector('svg')).toBeNull());
  };

  it(`mounts and unmounts ${cycles} times without growing the page`, async () => {
    host = document.createElement('div');
    host.style.width = '640px';
    document.body.append(host);
    const cycle = async (check: boolean) => {
      const container = document.createElement('div');
      host.append(container);
      const root = mountSync(container, element());
      if (check) {
        await vi.waitFor(() => expect(container.querySelector('.kzt-box svg .kzt-mark')).not.toBeNull());
      }
      root.unmount();
      container.remove();
    };
    for (let index = 0; index < warmUp; index++) await cycle(index === 0);
    // Let React and Recharts settle whatever they schedule after the first mounts.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = snapshot();
    const started = performance.now();
    for (let index = 0; index < cycles; index++) {
      // Every 100th cycle waits for the marks, so that asynchronous drawing is exercised too.
      await cycle(index % 100 === 0);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = snapshot();
    console.info(
      `[long-life] ${name}: ${cycles} cycles in ${((performance.now() - started) / 1000).toFixed(1)} s; before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`,
    );
    expect(after).toEqual(before);
    expect(host.childElementCount).toBe(0);
  }, 300_000);

  it('redraws after its container is resized to zero width or hidden', async () => {
    host = document.createElement('div');
    host.style.width = '600px';
    document.body.append(host);
    const root = createRoot(host);
    mounted.push(root);
    root.render(element());
    const svgWidth = () => host.querySelector('.kzt-box svg')?.getBoundingClientRect().width ?? 0;
    await vi.waitFor(() => expect(host.querySelector('.kzt-box svg .kzt-mark')).not.toBeNull());
    expect(svgWidth()).toBeGreaterThan(500);

    // At zero width the figure keeps its minimum width (280 px) and the chart is drawn to it.
    host.style.width = '0px';
    await vi.waitFor(() => expect(Math.abs(svgWidth() - 280)).toBeLessThanOrEqual(2));
    host.style.width = '420px';
    await vi.waitFor(() => expect(host.querySelector('.kzt-box svg .kzt-mark')).not.toBeNull());
    await vi.waitFor(() => expect(Math.abs(svgWidth() - 420)).toBeLessThanOrEqual(2));

    // Hidden, the box measures 0 and the chart is taken down (the map goes back to its server width); shown again, it is drawn to the new width.
    host.style.display = 'none';
    await expectUnmeasured();
    host.style.display = '';
    host.style.width = '700px';
    await vi.waitFor(() => expect(host.querySelector('.kzt-box svg .kzt-mark')).not.toBeNull());
    await vi.waitFor(() => expect(Math.abs(svgWidth() - 700)).toBeLessThanOrEqual(2));
  });

  it('draws once a container hidden when it mounted becomes visible', async () => {
    host = document.createElement('div');
    host.style.display = 'none';
    document.body.append(host);
    const root = createRoot(host);
    mounted.push(root);
    root.render(element());
    await vi.waitFor(() => expect(host.querySelector('figure')).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expectUnmeasured();
    host.style.display = '';
    await vi.waitFor(() => expect(host.querySelector('.kzt-box svg .kzt-mark')).not.toBeNull());
    expect(host.querySelector('.kzt-box svg')?.getBoundingClientRect().width).toBeGreaterThan(0);
  });
});

describe('with the network blocked', () => {
  it('renders every chart without a request', async () => {
    const attempts: string[] = [];
    const block =
      (what: string) =>
      (...args: unknown[]) => {
        attempts.push(`${what} ${String(args[0])}`);
        throw new Error(`network blocked: ${what}`);
      };
    vi.stubGlobal('fetch', block('fetch'));
    vi.stubGlobal('XMLHttpRequest', block('XMLHttpRequest'));
    vi.stubGlobal('WebSocket', block('WebSocket'));
    vi.stubGlobal('EventSource', block('EventSource'));
    vi.spyOn(navigator, 'sendBeacon').mockImplementation(block('sendBeacon') as never);
    const resourcesBefore = performance.getEntriesByType('resource').length;
    host = document.createElement('div');
    host.style.width = '800px';
    document.body.append(host);
    const roots: Root[] = [];
    for (const { element } of charts) {
      const container = document.createElement('div');
      host.append(container);
      const root = createRoot(container);
      root.render(element());
      roots.push(root);
      await vi.waitFor(() => expect(container.querySelector('.kzt-box svg .kzt-mark')).not.toBeNull());
    }
    // Fonts, images and CSS url()s are not caught by the stubs: resource timing lists any request.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const requests = performance
      .getEntriesByType('resource')
      .slice(resourcesBefore)
      .map((entry) => entry.name);
    for (const root of roots) root.unmount();
    vi.unstubAllGlobals();
    expect(attempts).toEqual([]);
    expect(requests).toEqual([]);
  });
});
