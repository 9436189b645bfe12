import { createContext, type RefObject, useContext } from 'react';

/** Where a mark's tooltip points, in the chart's pixel coordinates: the top of the mark. */
export interface Anchor {
  x: number;
  y: number;
  /** The mark's lower edge, under which the tooltip goes when there is no room above (default `y`). */
  bottom?: number;
}

export interface MarksApi {
  /** The mark that is in the tab order (roving tab index). */
  tabbableIndex: number;
  activeIndex: number | null;
  activate: (index: number, anchor: Anchor) => void;
  deactivate: (index: number) => void;
  count: number;
  /** The mark whose focused element Recharts replaced (it redraws some marks anew): its successor takes the focus. */
  refocus: RefObject<number | null>;
}

export const MarksContext = createContext<MarksApi | null>(null);

export function useMarksApi(): MarksApi {
  const api = useContext(MarksContext);
  if (!api) throw new Error('A chart mark must be rendered inside its chart.');
  return api;
}

/** Props for the chart's SVG, which holds the marks as a listbox named after the chart. */
export function markListProps(label: string): { role: 'listbox'; 'aria-label': string } {
  return { role: 'listbox', 'aria-label': label };
}
