import type { CSSProperties } from 'react';
import { labelLineHeight, TextLines } from '../marks/TextLines.js';
import type { LabelSpec } from './labelLayout.js';

/** A halo in the background colour around the labels, so that they read over any fill. */
const halo: CSSProperties = {
  stroke: 'var(--kzt-background)',
  strokeWidth: 3,
  strokeLinejoin: 'round',
};

/** Where the baseline sits below a line's middle, as a share of the font size. */
const baselineBelowMiddle = 0.35;

/** A direct label of the map, its lines centred vertically on its point. */
export function MapLabel({ label, fontSize }: { label: LabelSpec; fontSize: number }) {
  const { at, lines, anchor, bold } = label;
  const firstBaseline = at[1] - ((lines.length - 1) * fontSize * labelLineHeight) / 2 + fontSize * baselineBelowMiddle;
  return (
    <text
      x={at[0]}
      textAnchor={anchor}
      paintOrder="stroke"
      style={{ ...halo, fill: 'var(--kzt-text)', fontSize, fontWeight: bold ? 700 : 400, pointerEvents: 'none' }}
    >
      <TextLines lines={lines} x={at[0]} y={firstBaseline} fontSize={fontSize} />
    </text>
  );
}
