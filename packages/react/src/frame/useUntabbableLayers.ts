import { type RefObject, useEffect } from 'react';

const layerSelector = 'g[class*="recharts-zIndex-layer"]:not([tabindex])';
/** Recharts' focusable wrappers of a pie and of each sector (tabindex 0 and -1). */
const wrapperSelector = '.recharts-pie[tabindex], .recharts-pie-sector[tabindex]';

function untab(root: ParentNode): void {
  for (const layer of root.querySelectorAll(layerSelector)) {
    layer.setAttribute('tabindex', '-1');
    // A group is what a listbox may hold besides its options; the marks inside stay its options.
    layer.setAttribute('role', 'group');
  }
  for (const wrapper of root.querySelectorAll(wrapperSelector)) wrapper.removeAttribute('tabindex');
}

/**
 * Keeps Recharts' own focusable elements out of the tab order, so that only the marks are. Recharts
 * draws z-index layers through portals, React listens for focus events on every portal container,
 * and Chromium makes an SVG element with focus listeners keyboard-focusable: without this, Tab into
 * a chart lands on an invisible layer. Recharts also makes a pie and its sectors' wrappers focusable,
 * which would be focusable elements of the listbox that are not options (and an extra tab stop).
 * Recharts draws on its own schedule, so this is redone whenever the drawing or a tabindex changes.
 */
export function useUntabbableLayers(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof MutationObserver === 'undefined') return;
    untab(element);
    const observer = new MutationObserver(() => untab(element));
    observer.observe(element, { childList: true, subtree: true, attributes: true, attributeFilter: ['tabindex'] });
    return () => observer.disconnect();
  }, [ref]);
}
