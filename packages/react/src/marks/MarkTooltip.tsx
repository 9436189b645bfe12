import { useLayoutEffect, useRef, useState } from 'react';
import type { BoxSize } from '../frame/types.js';
import type { Anchor } from './MarksContext.js';
import type { ActiveMark } from './useMarks.js';

interface MarkTooltipProps {
  active: ActiveMark | null;
  labels: readonly string[];
  /** The chart box, which the tooltip stays inside (the box clips what overflows it). */
  size: BoxSize;
}

/** Space between a mark and its tooltip, in pixels. */
const gap = 8;

/**
 * Where a tooltip of `tooltip`'s size goes in the box: centred above its mark, moved sideways to stay
 * inside the box, and below the mark where there is no room above.
 */
export function tooltipPosition(anchor: Anchor, tooltip: BoxSize, box: BoxSize): { left: number; top: number } {
  const left = Math.max(0, Math.min(anchor.x - tooltip.width / 2, box.width - tooltip.width));
  const above = anchor.y - gap - tooltip.height;
  const below = Math.min((anchor.bottom ?? anchor.y) + gap, box.height - tooltip.height);
  return { left, top: above >= 0 ? above : Math.max(0, below) };
}

/**
 * The tooltip of the active mark. It repeats the mark's accessible name, so it is hidden from
 * screen readers, which read the name on focus. It is measured before it is painted, then placed.
 */
export function MarkTooltip({ active, labels, size }: MarkTooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<BoxSize | null>(null);
  const label = active ? labels[active.index] : undefined;
  useLayoutEffect(() => {
    const element = ref.current;
    setMeasured(element && label ? { width: element.offsetWidth, height: element.offsetHeight } : null);
  }, [label]);
  if (!active || !label) return null;
  const { left, top } = tooltipPosition(active, measured ?? { width: 0, height: 0 }, size);
  return (
    <div
      ref={ref}
      className="kzt-tooltip"
      aria-hidden="true"
      style={{ left, top, visibility: measured ? undefined : 'hidden' }}
    >
      {label}
    </div>
  );
}
