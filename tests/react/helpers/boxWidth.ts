import { vi } from 'vitest';

/**
 * Makes every chart box measure `width` pixels (the jsdom setup measures 640), for tests of the
 * narrow layouts. Undo with `vi.unstubAllGlobals()` and `vi.restoreAllMocks()` (the latter runs
 * after every test).
 */
export function stubBoxWidth(width: number): void {
  const rect = { x: 0, y: 0, top: 0, left: 0, right: width, bottom: 0, width, height: 0, toJSON: () => ({}) };
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(rect as DOMRect);
  class FixedResizeObserver implements ResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element): void {
      this.callback([{ target, contentRect: { width, height: 0 } } as ResizeObserverEntry], this);
    }
    unobserve(): void {}
    disconnect(): void {}
  }
  vi.stubGlobal('ResizeObserver', FixedResizeObserver);
}

/** The text of an SVG label drawn as wrapped `<tspan>` lines, the lines joined by spaces. */
export function svgLabelText(element: Element): string {
  const spans = [...element.querySelectorAll('tspan')];
  return spans.length > 0 ? spans.map((span) => span.textContent ?? '').join(' ') : (element.textContent ?? '');
}
