// ResizeObserver and MutationObserver classes that keep live counts of what charts attach to the
// page: used by the long-life test and the benchmark's memory page, installed before any chart mounts.

/** The counts the classes keep, updated in place. */
export interface ObserverCounts {
  resizeObservers: number;
  observedElements: number;
  mutationObservers: number;
}

/** Subclasses of the window's observers that count into `live`; an observer counts while it observes anything. */
export function countingObservers(live: ObserverCounts): {
  ResizeObserver: typeof ResizeObserver;
  MutationObserver: typeof MutationObserver;
} {
  class CountingResizeObserver extends window.ResizeObserver {
    #targets = new Set<Element>();
    #connected = false;
    override observe(target: Element, options?: ResizeObserverOptions): void {
      if (!this.#connected) {
        this.#connected = true;
        live.resizeObservers++;
      }
      if (!this.#targets.has(target)) {
        this.#targets.add(target);
        live.observedElements++;
      }
      super.observe(target, options);
    }
    override unobserve(target: Element): void {
      if (this.#targets.delete(target)) live.observedElements--;
      if (this.#targets.size === 0 && this.#connected) {
        this.#connected = false;
        live.resizeObservers--;
      }
      super.unobserve(target);
    }
    override disconnect(): void {
      live.observedElements -= this.#targets.size;
      this.#targets.clear();
      if (this.#connected) {
        this.#connected = false;
        live.resizeObservers--;
      }
      super.disconnect();
    }
  }

  class CountingMutationObserver extends window.MutationObserver {
    #observing = false;
    override observe(target: Node, options?: MutationObserverInit): void {
      if (!this.#observing) {
        this.#observing = true;
        live.mutationObservers++;
      }
      super.observe(target, options);
    }
    override disconnect(): void {
      if (this.#observing) {
        this.#observing = false;
        live.mutationObservers--;
      }
      super.disconnect();
    }
  }

  return { ResizeObserver: CountingResizeObserver, MutationObserver: CountingMutationObserver };
}
