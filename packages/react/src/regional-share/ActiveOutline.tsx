import { useMarksApi } from '../marks/MarksContext.js';
import type { RegionalUnit } from './compute.js';
import { outlineStyles } from './MapPatterns.js';

/** The active unit's outline (hover, focus or touch), read from the marks' state; nothing when none is active. */
export function ActiveOutline({
  units,
  pathOf,
}: {
  units: readonly RegionalUnit[];
  /** The unit's path where this outline is drawn (the main map or the inset). */
  pathOf: (unit: RegionalUnit) => string | undefined;
}) {
  const { activeIndex } = useMarksApi();
  const unit = units.find((candidate) => candidate.index === activeIndex);
  const d = unit ? pathOf(unit) : undefined;
  return d ? <path d={d} fillRule="evenodd" style={outlineStyles.active} /> : null;
}
