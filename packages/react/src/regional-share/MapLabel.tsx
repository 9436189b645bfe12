import type { CSSProperties } from 'react';
import { lineHeight } from './defaults.js';
import type { LabelSpec } from './labelLayout.js';

/** A halo in the background colour around the labels, so that they read over any fill. */
const halo: CSSProperties = {
  stroke: 'var(--kzt-background)',
  strokeWidth: 3,
  strokeLinejoin: 'round',
};

/** A direct label of the map, its lines centred vertically on its point. */
export function MapLabel({ label, fontSize }: { label: LabelSpec; fontSize: number }) {
  const { at, lines, anchor, bold } = label;
  const line = fontSize * lineHeight;
  const top = at[1] - ((lines.length - 1) * line) / 2;
  return (
    <text
      x={at[0]}
      textAnchor={anchor}
      paintOrder="stroke"
      style={{ ...halo, fill: 'var(--kzt-text)', fontSize, fontWeight: bold ? 700 : 400, pointerEvents: 'none' }}
    >
      {lines.map((text, index) => (
        <tspan key={text} x={at[0]} y={top + index * line} dominantBaseline="central">
          {text}
        </tspan>
      ))}
    </text>
  );
}
