// The line chart's pure geometry: the layout at a box size, the runs of gap years, the point
// symbols, and the stacking of the end labels (no React, tested on its own).
import type { BoxSize } from '../frame/types.js';
import { separateLabels } from '../marks/separateLabels.js';
import { labelLineHeight as lineHeight } from '../marks/TextLines.js';
import { textWidth, wrapText } from '../marks/wrapText.js';
import type { CrimeGap, CrimeLine, CrimePoint } from './compute.js';
import {
  endLabelShare,
  endLabelWidth,
  labelFontSize,
  maxNarrowYearTicks,
  minLabelFontSize,
  narrowWidth,
  type SeriesSymbol,
  valueAxisWidth,
} from './defaults.js';

/** Where things go at one box size: computed once per render from the width alone. */
export interface Layout {
  narrow: boolean;
  fontSize: number;
  margin: { top: number; right: number; bottom: number; left: number };
  axisWidth: number;
  /** Width of one year's slot: the distance between neighbouring years. */
  step: number;
  /** Show every n-th year tick, minus one (Recharts' `interval`). */
  yearInterval: number;
}

export function layoutFor(size: BoxSize, years: number): Layout {
  const narrow = size.width < narrowWidth;
  const fontSize = narrow ? labelFontSize.narrow : labelFontSize.wide;
  const share = narrow ? endLabelShare.narrow : endLabelShare.wide;
  const right = Math.round(Math.min(endLabelWidth.max, Math.max(endLabelWidth.min, size.width * share)));
  const margin = { top: 10, right, bottom: 4, left: 4 };
  const axisWidth = narrow ? valueAxisWidth.narrow : valueAxisWidth.wide;
  const step = Math.max(1, (size.width - margin.left - margin.right - axisWidth) / Math.max(1, years));
  const fitting = Math.max(0, Math.ceil((textWidth('0000', fontSize) + 8) / step) - 1);
  const thinned = narrow ? Math.max(0, Math.ceil(years / maxNarrowYearTicks) - 1) : 0;
  return { narrow, fontSize, margin, axisWidth, step, yearInterval: Math.max(fitting, thinned) };
}

/** The gap years in runs of consecutive years: each run is one hatched band with one label. */
export function gapRuns(years: readonly number[], gaps: readonly CrimeGap[]): CrimeGap[][] {
  const runs: CrimeGap[][] = [];
  let run: CrimeGap[] | undefined;
  for (const year of years) {
    const gap = gaps.find((item) => item.year === year);
    if (!gap) run = undefined;
    else if (run) run.push(gap);
    else {
      run = [gap];
      runs.push(run);
    }
  }
  return runs;
}

/** An SVG path of the series' point symbol, `r` from its centre to its sides. */
export function symbolPath(symbol: SeriesSymbol, cx: number, cy: number, r: number): string {
  if (symbol === 'square') return `M${cx - r + 0.5},${cy - r + 0.5}h${2 * r - 1}v${2 * r - 1}h${1 - 2 * r}Z`;
  if (symbol === 'diamond') return `M${cx},${cy - r - 1}l${r + 1},${r + 1}l${-r - 1},${r + 1}l${-r - 1},${-r - 1}Z`;
  return `M${cx - r},${cy}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0`;
}

export interface LabelBlock {
  line: CrimeLine;
  last: CrimePoint;
  lines: string[];
  /** Where the point is. */
  cx: number;
  cy: number;
  top: number;
  height: number;
}

/** Where a line ends, in pixels: the point its label is for. */
export interface LineEnd {
  line: CrimeLine;
  last: CrimePoint;
  cx: number;
  cy: number;
}

/** Space between stacked end labels, in pixels. */
const endLabelGap = 4;

/**
 * The end labels, wrapped to `maxWidth` and stacked between `top` and `bottom` without overlapping,
 * at the largest font size from `fontSize` down to the minimum at which they fit the height.
 */
export function endLabelBlocks(
  ends: readonly LineEnd[],
  { maxWidth, top, bottom, fontSize: largest }: { maxWidth: number; top: number; bottom: number; fontSize: number },
): { fontSize: number; blocks: LabelBlock[] } {
  const blocksAt = (fontSize: number): LabelBlock[] =>
    ends.map(({ line, last, cx, cy }) => {
      const lines = wrapText(line.label, maxWidth, fontSize);
      const height = lines.length * fontSize * lineHeight;
      return { line, last, lines, cx, cy, top: cy - height / 2, height };
    });
  const fits = (blocks: readonly LabelBlock[]) =>
    blocks.reduce((sum, block) => sum + block.height + endLabelGap, -endLabelGap) <= bottom - top;
  let fontSize = largest;
  let blocks = blocksAt(fontSize);
  while (!fits(blocks) && fontSize > minLabelFontSize) {
    fontSize -= 1;
    blocks = blocksAt(fontSize);
  }
  const tops = separateLabels(
    blocks.map((block) => ({ x: 0, width: 1, y: block.top, height: block.height })),
    { top, bottom },
    endLabelGap,
  );
  for (const [index, block] of blocks.entries()) block.top = tops[index] ?? block.top;
  return { fontSize, blocks };
}
