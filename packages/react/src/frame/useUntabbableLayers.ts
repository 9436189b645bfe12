import { type RefObject, useEffect } from 'react';

const layerSelector = 'g[class*="recharts-zIndex-layer"]:not([tabindex])';

function untab(root: ParentNode): void {
  for (const layer of root.querySelectorAll(layerSelector)) {
    layer.setAttribute('tabindex', '-1');
    // A group is what a listbox may hold besides its options; the marks inside stay its options.
    layer.setAttribute('role', 'group');
  }
}

/**
 * Keeps Recharts' layer groups out of the tab order. Recharts draws z-index layers through portals,
 * React listens for focus events on every portal container, and Chromium makes an SVG element with
 * focus listeners keyboard-focusable: without this, Tab into a chart lands on an invisible layer.
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
