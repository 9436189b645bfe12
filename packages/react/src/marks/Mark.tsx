import type { KeyboardEvent, ReactNode } from 'react';
import { type Anchor, useMarksApi } from './MarksContext.js';

interface MarkProps {
  index: number;
  /** What the mark shows, as text: its accessible name and its tooltip. */
  label: string;
  /** Where the tooltip points. */
  anchor: Anchor;
  children: ReactNode;
}

const nextKeys: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => Math.min(count - 1, index + 1),
  ArrowDown: (index, count) => Math.min(count - 1, index + 1),
  ArrowLeft: (index) => Math.max(0, index - 1),
  ArrowUp: (index) => Math.max(0, index - 1),
  Home: () => 0,
  End: (_, count) => count - 1,
};

function focusMark(from: Element, index: number): void {
  const chart = from.closest('.kzt-box');
  const target = chart?.querySelector<SVGGElement>(`[data-kzt-mark="${index}"]`);
  target?.focus();
}

/**
 * A data mark that can be reached by keyboard (one tab stop per chart; arrows, Home and End move
 * between marks), and that shows the same tooltip on hover, focus and touch.
 */
export function Mark({ index, label, anchor, children }: MarkProps) {
  const { tabbableIndex, activeIndex, activate, deactivate, count } = useMarksApi();
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Escape') {
      deactivate(index);
      return;
    }
    const next = nextKeys[event.key];
    if (!next) return;
    event.preventDefault();
    focusMark(event.currentTarget, next(index, count));
  };
  return (
    // Marks are the options of a listbox (the chart's SVG): one tab stop, arrows move between them,
    // and screen readers announce each mark's text with its position ("3 of 15").
    <g
      className="kzt-mark"
      role="option"
      aria-selected={activeIndex === index}
      aria-label={label}
      tabIndex={index === tabbableIndex ? 0 : -1}
      data-kzt-mark={index}
      data-active={activeIndex === index}
      onFocus={() => activate(index, anchor)}
      onBlur={() => deactivate(index)}
      onMouseEnter={() => activate(index, anchor)}
      onMouseLeave={() => deactivate(index)}
      onPointerDown={(event) => {
        if (event.pointerType !== 'mouse') activate(index, anchor);
      }}
      onKeyDown={onKeyDown}
    >
      {children}
    </g>
  );
}
