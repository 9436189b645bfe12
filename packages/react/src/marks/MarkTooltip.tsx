import type { ActiveMark } from './useMarks.js';

interface MarkTooltipProps {
  active: ActiveMark | null;
  labels: readonly string[];
  width: number;
}

/**
 * The tooltip of the active mark. It repeats the mark's accessible name, so it is hidden from
 * screen readers, which read the name on focus.
 */
export function MarkTooltip({ active, labels, width }: MarkTooltipProps) {
  if (!active) return null;
  const label = labels[active.index];
  if (!label) return null;
  const x = Math.min(Math.max(active.x, 90), Math.max(90, width - 90));
  return (
    <div className="kzt-tooltip" aria-hidden="true" style={{ left: x, top: active.y }}>
      {label}
    </div>
  );
}
