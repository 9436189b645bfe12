import { type RefObject, useEffect } from 'react';

const layerSelector = 'g[class*="recharts-zIndex-layer"]:not([tabindex])';

function untab(root: ParentNode): void {
  for (const layer of root.querySelectorAll(layerSelector)) layer.setAttribute('tabindex', '-1');
}

/**
 * Keeps Recharts' layer groups out of the tab order. React listens for focus events on every portal
 * container, and Chromium makes an SVG element with focus listeners keyboard-focusable, so without
 * this the first Tab into a chart lands on an invisible layer instead of the first mark.
 */
export function useUntabbableLayers(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof MutationObserver === 'undefined') return;
    untab(element);
    const observer = new MutationObserver(() => untab(element));
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
