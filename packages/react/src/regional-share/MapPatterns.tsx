import type { CSSProperties } from 'react';
import { Hatch } from '../marks/Hatch.js';
import type { RegionalShareData, RegionalUnit } from './compute.js';

/** Ids of the SVG patterns, unique per chart. */
export interface PatternIds {
  noData: string;
  remainder: string;
}

export function Patterns({ ids }: { ids: PatternIds }) {
  return (
    <defs>
      {/* No data: a light dotted fill, unlike both zero (the lightest class) and the remainder's stripes. */}
      <pattern id={ids.noData} width={6} height={6} patternUnits="userSpaceOnUse">
        <circle cx={3} cy={3} r={0.9} style={{ fill: 'var(--kzt-context)' }} />
      </pattern>
      {/* The remainder, not broken down by unit: neutral diagonal stripes. */}
      <Hatch id={ids.remainder} spacing={5} stroke="var(--kzt-unknown-hatch)" strokeWidth={1.6} />
    </defs>
  );
}

/** A unit's fill: its share class in the accent colour, or the no-data dots. */
export function unitStyle(unit: RegionalUnit, data: RegionalShareData, ids: PatternIds): CSSProperties {
  const base = { stroke: 'var(--kzt-context)', strokeWidth: 0.6, strokeLinejoin: 'round' as const };
  if (unit.step === null) return { ...base, fill: `url(#${ids.noData})` };
  return { ...base, fill: 'var(--kzt-accent)', fillOpacity: data.classes[unit.step]?.opacity ?? 1 };
}

/** Outlines drawn over the units: the country's border, the highlighted units, the active one. */
export const outlineStyles = {
  border: { fill: 'none', stroke: 'var(--kzt-text-muted)', strokeWidth: 1 },
  highlight: { fill: 'none', stroke: 'var(--kzt-text)', strokeWidth: 1.25 },
  insetHighlight: { fill: 'none', stroke: 'var(--kzt-text)', strokeWidth: 1.5, pointerEvents: 'none' },
  active: { fill: 'none', stroke: 'var(--kzt-focus)', strokeWidth: 3, pointerEvents: 'none' },
} satisfies Record<string, CSSProperties>;
