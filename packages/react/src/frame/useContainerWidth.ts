import { type RefObject, useState } from 'react';
import { flushSync } from 'react-dom';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';
import { subscribeToPrint } from './usePrinting.js';

/**
 * The content width of `ref`'s element, kept up to date with a ResizeObserver; 0 until measured
 * (on the server, and on the first client render, so that hydration matches). Printing measures
 * again at once: the page is captured before a ResizeObserver would report the printed width.
 */
export function useContainerWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    const unsubscribe = subscribeToPrint(() => flushSync(measure));
    if (typeof ResizeObserver === 'undefined') return unsubscribe;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => {
      unsubscribe();
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
