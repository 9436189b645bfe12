import { type RefObject, useEffect } from 'react';

const listboxSelector = '[role="listbox"]';
const markSelector = '[role="option"]';
const layerSelector = 'g[class*="recharts-zIndex-layer"]:not([tabindex])';
/** Recharts' focusable wrappers of a pie and of each sector (tabindex 0 and -1). */
const wrapperSelector = '.recharts-pie[tabindex], .recharts-pie-sector[tabindex]';

/**
 * Leaves the marks the only thing a screen reader finds in a chart's listbox. Chromium exposes a
 * `role="option"` only when every element between it and its listbox is presentational or an
 * explicit `group`: a bare SVG `<g>` (Recharts' layers, a mark's wrapper) makes each option a
 * plain group, and the listbox empty. Those wrappers become `role="none"`; whatever holds no mark
 * (grid, axes, direct labels, hatches: the description and the table say it in words) is hidden.
 */
function exposeOnlyMarks(listbox: Element): void {
  const holders = new Set<Element>();
  for (const mark of listbox.querySelectorAll(markSelector)) {
    for (let element = mark.parentElement; element && element !== listbox; element = element.parentElement) {
      if (holders.has(element)) break;
      holders.add(element);
    }
  }
  for (const holder of holders) if (!holder.hasAttribute('role')) holder.setAttribute('role', 'none');
  for (const parent of [listbox, ...holders]) {
    for (const child of parent.children) {
      if (holders.has(child) || child.matches(markSelector) || child.hasAttribute('aria-hidden')) continue;
      child.setAttribute('aria-hidden', 'true');
    }
  }
}

function untab(root: ParentNode): void {
  for (const layer of root.querySelectorAll(layerSelector)) layer.setAttribute('tabindex', '-1');
  for (const wrapper of root.querySelectorAll(wrapperSelector)) wrapper.removeAttribute('tabindex');
  for (const listbox of root.querySelectorAll(listboxSelector)) exposeOnlyMarks(listbox);
}

/**
 * Gives a chart's listbox the semantics its marks promise, and keeps Recharts' own focusable
 * elements out of the tab order, so that only the marks are. Recharts draws z-index layers through
 * portals, React listens for focus events on every portal container, and Chromium makes an SVG
 * element with focus listeners keyboard-focusable: without this, Tab into a chart lands on an
 * invisible layer. Such a layer is focusable all the same, and a focusable element cannot be
 * presentational, so the charts draw their marks outside the layers (`zIndex={0}`) and the layers
 * are hidden with the rest of what holds no mark. Recharts also makes a pie and its sectors'
 * wrappers focusable, which would be focusable elements of the listbox that are not options (and
 * an extra tab stop). Recharts draws on its own schedule, so this is redone whenever it redraws.
 */
export function useListboxSemantics(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof MutationObserver === 'undefined') return;
    untab(element);
    const observer = new MutationObserver(() => untab(element));
    observer.observe(element, { childList: true, subtree: true, attributes: true, attributeFilter: ['tabindex'] });
    return () => observer.disconnect();
  }, [ref]);
}
