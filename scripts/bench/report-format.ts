// Number and table formatting shared by the sections of BENCHMARKS.md.
import type { Summary } from './stats.js';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(2)} MB`;
export const int = (value: number) => Math.round(value).toLocaleString('en-US');
export const pct = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} %`;
export const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
export const times = (value: number) => `${value.toFixed(2)}×`;
export const spread = (summary: Summary, format: (value: number) => string) =>
  `${format(summary.median)} (${format(summary.q1)}–${format(summary.q3)})`;
/** A difference of ratios in percentage points, e.g. 0.031 → "3.1 points". */
export const points = (difference: number, digits: number) => {
  const value = (difference * 100).toFixed(digits);
  return `${value} ${value === '1' || value === '1.0' ? 'point' : 'points'}`;
};
export const verdict = (met: boolean) => (met ? '**met**' : '**falls short**');

export function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ('l' | 'r')[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = head.map((_, index) => ((align?.[index] ?? (index === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'));
  return [line(head), line(rule), ...rows.map(line)].join('\n');
}
