import { type KeyboardEvent, type ReactNode, useLayoutEffect, useRef } from 'react';
import { type Anchor, useMarksApi } from './MarksContext.js';

interface MarkProps {
  index: number;
  /** What the mark shows, as text: its accessible name and its tooltip. */
  label: string;
  /** Where the tooltip points. */
  anchor: Anchor;
  children: ReactNode;
}

/** How far each key moves from the focused mark; the move stops at the first and the last. */
const keySteps: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: -Infinity,
  End: Infinity,
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
  const { tabbableIndex, activeIndex, activate, deactivate, count, refocus } = useMarksApi();
  const ref = useRef<SVGGElement>(null);
  // Recharts draws some marks anew (the pie's sectors once its animation ends): a reader's focus
  // moves from the replaced element to its successor instead of being lost with its tooltip shown.
  useLayoutEffect(() => {
    const element = ref.current;
    if (refocus.current === index) {
      refocus.current = null;
      element?.focus();
    }
    return () => {
      if (element && (element.getRootNode() as Document | ShadowRoot).activeElement === element)
        refocus.current = index;
    };
  }, [index, refocus]);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Escape') {
      deactivate(index);
      return;
    }
    const step = keySteps[event.key];
    if (!step) return;
    event.preventDefault();
    focusMark(event.currentTarget, Math.min(count - 1, Math.max(0, index + step)));
  };
  return (
    // Marks are the options of a listbox (the chart's SVG): one tab stop, arrows move between them,
    // and screen readers announce each mark's text with its position ("3 of 15").
    <g
      ref={ref}
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
