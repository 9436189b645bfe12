import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom lays nothing out: charts are measured through a ResizeObserver that reports this width.
export const testWidth = 640;

class FixedSizeResizeObserver implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    const contentRect = { width: testWidth, height: 0 } as DOMRectReadOnly;
    this.callback([{ target, contentRect } as ResizeObserverEntry], this);
  }
  unobserve(): void {}
  disconnect(): void {}
}

globalThis.ResizeObserver = FixedSizeResizeObserver;
Element.prototype.getBoundingClientRect = function getBoundingClientRect(this: Element) {
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: testWidth,
    bottom: 0,
    width: testWidth,
    height: 0,
    toJSON: () => ({}),
  } as DOMRect;
};
window.matchMedia ??= (query: string) =>
  ({
    matches: query.includes('prefers-reduced-motion'),
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

// jsdom has no canvas, and says so on stderr when axe asks for one (to tell icon fonts from text);
// null is what getContext gives a browser that cannot draw, which axe expects.
HTMLCanvasElement.prototype.getContext = () => null;

afterEach(() => cleanup());
