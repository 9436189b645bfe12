import { describe, expect, it } from 'vitest';
import { catalogues } from '../../packages/core/src/i18n/catalogues.js';
import { computeCrimeTrend } from '../../packages/react/src/crime-trend-line/compute.js';
import { labelFontSize, minLabelFontSize, narrowWidth } from '../../packages/react/src/crime-trend-line/defaults.js';
import {
  endLabelBlocks,
  gapRuns,
  type LineEnd,
  layoutFor,
  symbolPath,
} from '../../packages/react/src/crime-trend-line/layout.js';

const data = computeCrimeTrend({}, catalogues.en).data;

function endsAt(...ys: number[]): LineEnd[] {
  return data.lines.flatMap((line, index) =>
    line.last ? [{ line, last: line.last, cx: 300, cy: ys[index] ?? 0 }] : [],
  );
}

describe('layoutFor', () => {
  it('switches to the narrow layout below narrowWidth and reserves room for the end labels', () => {
    expect(layoutFor({ width: narrowWidth - 1, height: 300 }, 4).narrow).toBe(true);
    const wide = layoutFor({ width: 800, height: 500 }, 4);
    expect(wide.narrow).toBe(false);
    expect(wide.fontSize).toBe(labelFontSize.wide);
    expect(wide.margin.right).toBeGreaterThan(wide.margin.left);
  });

  it('thins the year ticks when the years do not fit, never below every year', () => {
    expect(layoutFor({ width: 800, height: 500 }, 4).yearInterval).toBe(0);
    expect(layoutFor({ width: 320, height: 240 }, 30).yearInterval).toBeGreaterThan(0);
  });
});

describe('gapRuns', () => {
  it('joins consecutive gap years into one run and keeps separate ones apart', () => {
    const gap = (year: number) => ({ year, label: 'not published' });
    const runs = gapRuns([2020, 2021, 2022, 2023, 2024, 2025], [gap(2021), gap(2022), gap(2024)]);
    expect(runs.map((run) => run.map((item) => item.year))).toEqual([[2021, 2022], [2024]]);
    expect(gapRuns([2022, 2023], [])).toEqual([]);
  });
});

describe('symbolPath', () => {
  it('draws a distinct closed shape per series symbol', () => {
    const paths = (['circle', 'square', 'diamond'] as const).map((symbol) => symbolPath(symbol, 10, 10, 4));
    expect(new Set(paths).size).toBe(3);
    for (const path of paths) expect(path).toMatch(/^M/);
  });
});

describe('endLabelBlocks', () => {
  const bounds = { maxWidth: 150, top: 10, bottom: 300, fontSize: labelFontSize.wide };

  it('stacks labels whose lines end together without overlap, in the order of the line ends, inside the bounds', () => {
    const { blocks } = endLabelBlocks(endsAt(100, 101, 102), bounds);
    expect(blocks).toHaveLength(endsAt(0, 0, 0).length);
    const sorted = [...blocks].sort((a, b) => a.top - b.top);
    expect(sorted.map((block) => block.cy)).toEqual([...sorted.map((block) => block.cy)].sort((a, b) => a - b));
    for (const [index, block] of sorted.entries()) {
      expect(block.top).toBeGreaterThanOrEqual(bounds.top);
      expect(block.top + block.height).toBeLessThanOrEqual(bounds.bottom);
      const next = sorted[index + 1];
      if (next) expect(next.top).toBeGreaterThanOrEqual(block.top + block.height);
    }
  });

  it('leaves labels of lines that end far apart beside their ends', () => {
    const { blocks } = endLabelBlocks(endsAt(40, 160, 280), { ...bounds, bottom: 320 });
    for (const block of blocks) expect(Math.abs(block.top + block.height / 2 - block.cy)).toBeLessThan(1);
  });

  it('shrinks the font, down to the minimum, until the stack fits a short box', () => {
    const { fontSize } = endLabelBlocks(endsAt(20, 21, 22), { ...bounds, maxWidth: 60, bottom: 70 });
    expect(fontSize).toBeLessThan(labelFontSize.wide);
    expect(fontSize).toBeGreaterThanOrEqual(minLabelFontSize);
  });
});
