// Live counts of what charts attach to the page (ResizeObservers with their observed elements,
// MutationObservers, event listeners on connected targets), kept by shims installed before any chart
// mounts; after tests/browser/long-life.test.tsx. Installed only on the memory page.

import { countingObservers } from '../../../tests/helpers/counting-observers.js';

export interface LiveCounts {
  resizeObservers: number;
  observedElements: number;
  mutationObservers: number;
  listeners: number;
}

const live = { resizeObservers: 0, observedElements: 0, mutationObservers: 0 };
/** Listener counts per target, held weakly: the shims must not keep unmounted nodes alive (nor skew the heap). */
interface TargetEntry {
  target: WeakRef<EventTarget>;
  count: number;
}
const entries = new Set<TargetEntry>();
const entryOf = new WeakMap<EventTarget, TargetEntry>();

export function liveCounts(): LiveCounts {
  let listeners = 0;
  for (const entry of entries) {
    const target = entry.target.deref();
    if (!target) {
      entries.delete(entry);
      continue;
    }
    // Listeners on nodes no longer in the document go with them to the garbage collector.
    if (target instanceof Node && !target.isConnected) continue;
    listeners += entry.count;
  }
  return { ...live, listeners };
}

export function installCountingShims(): void {
  const registered = new WeakMap<EventTarget, Set<string>>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const key = (type: string, listener: unknown, options: unknown): string | null => {
    if ((typeof listener !== 'object' && typeof listener !== 'function') || listener === null) return null;
    let id = ids.get(listener);
    if (id === undefined) {
      id = nextId++;
      ids.set(listener, id);
    }
    const capture =
      typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | null)?.capture);
    return `${type}|${id}|${capture}`;
  };
  const count = (target: EventTarget, change: number) => {
    let entry = entryOf.get(target);
    if (!entry) {
      entry = { target: new WeakRef(target), count: 0 };
      entryOf.set(target, entry);
      entries.add(entry);
    }
    entry.count += change;
    if (entry.count === 0) {
      entries.delete(entry);
      entryOf.delete(target);
    }
  };
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
    const k = key(type, listener, options);
    if (k) {
      const set = registered.get(this) ?? new Set<string>();
      registered.set(this, set);
      if (!set.has(k)) {
        set.add(k);
        count(this, 1);
      }
    }
    return addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
    const k = key(type, listener, options);
    if (k && registered.get(this)?.delete(k)) count(this, -1);
    return removeEventListener.call(this, type, listener, options);
  };

  const counting = countingObservers(live);
  window.ResizeObserver = counting.ResizeObserver;
  window.MutationObserver = counting.MutationObserver;
}

// Installed when this module is evaluated, before the chart modules (the page imports it first).
if (new URL(location.href).searchParams.get('mode') === 'memory') installCountingShims();
