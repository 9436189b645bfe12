import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { compareSnapshotFile } from '../../helpers/snapshot-file.js';

const snapshotDir = resolve(dirname(fileURLToPath(import.meta.url)), '../__snapshots__');

/** Indents an SVG document one element per line, so that a changed snapshot reads as a diff. */
export function prettySvg(svg: string): string {
  return `${svg.replace(/></g, '>\n<').trim()}\n`;
}

/**
 * React's generated ids (`_r_1f_`) count every id made before them, in earlier tests too: numbered
 * per snapshot instead, in order of appearance, a chart's snapshot changes only with its drawing.
 */
function stableIds(svg: string): string {
  const numbers = new Map<string, number>();
  return svg.replace(/_r_[0-9a-z]+_/g, (id) => {
    const number = numbers.get(id) ?? numbers.size;
    numbers.set(id, number);
    return `_id${number}_`;
  });
}

/**
 * Compares `svg` with the committed `<name>.svg`. A missing snapshot is written (commit it); a
 * different one is written beside it as `<name>.actual.svg` for review, and the test fails.
 * `UPDATE_SNAPSHOTS=1` rewrites them.
 */
export function expectSvgSnapshot(name: string, svg: string): void {
  const actual = prettySvg(stableIds(svg));
  const outcome = compareSnapshotFile(
    resolve(snapshotDir, `${name}.svg`),
    resolve(snapshotDir, `${name}.actual.svg`),
    actual,
  );
  expect(outcome.matches, outcome.message).toBe(true);
}
