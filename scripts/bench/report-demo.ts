// The demo article's sections of BENCHMARKS.md: the table per embed method, and the loader's targets
// (issue #16) against the single-file runtime of the same run.
import type { DemoRow } from './demo.js';
import { kb, spread, table, verdict } from './report-format.js';

export const demoMethodNames = {
  script: 'custom elements (the loader, pictures first)',
  'single-runtime': 'custom elements (single-file runtime, the baseline)',
  iframe: 'iframes + resizer',
  static: 'static SVG images',
} as const;

export function demoSection(demo: readonly DemoRow[], loads: number): string {
  // NaN (nothing drawn) is written as null in results.json, which `--from` reads back.
  const ms = (value: number | null) => (value === null || Number.isNaN(value) ? '—' : `${value.toFixed(0)} ms`);
  const rows = demo.map((row) => [
    demoMethodNames[row.method],
    `${row.requests}`,
    spread(row.gzipBytes, (value) => kb(value)),
    spread(row.jsGzipBeforeScroll, (value) => kb(value)),
    spread(row.jsGzip, (value) => kb(value)),
    spread(row.blockingBeforeScrollMs, ms),
    spread(row.blockingMs, ms),
    spread(row.firstPictureMs, ms),
    spread(row.firstDrawnMs, ms),
    spread(row.cls, (value) => value.toFixed(3)),
  ]);
  return `Four charts on one article page, the first in view and three below; median (range of quartiles) over ${loads} load(s). "Before scrolling": from navigation until the page has settled (network idle and 0.5 s); "first picture": the first chart's pre-rendered picture painted (Element Timing), or the first chart drawn when there is no picture.\n\n${table(
    [
      'method',
      'requests',
      'transferred if gzipped',
      'JS before scrolling (gzip)',
      'JS in all (gzip)',
      'blocking before scrolling',
      'blocking in all',
      'first picture',
      'first chart drawn',
      'CLS',
    ],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  )}`;
}

/** The loader's targets on the demo page (issue #16), measured against the single-file runtime of the same run. */
function demoChecks(demo: readonly DemoRow[]) {
  const loader = demo.find((row) => row.method === 'script');
  const baseline = demo.find((row) => row.method === 'single-runtime');
  if (!loader || !baseline) return null;
  const blocking = loader.blockingBeforeScrollMs.median;
  const baselineBlocking = baseline.blockingBeforeScrollMs.median;
  const picture = loader.firstPictureMs.median;
  const firstDrawn = loader.firstDrawnMs.median;
  return {
    blocking,
    baselineBlocking,
    blockingMet: blocking <= baselineBlocking / 4,
    picture,
    firstDrawn,
    pictureFirst: picture < firstDrawn,
  };
}

/** The loader's targets on the demo page, as a table. */
export function demoTargetsSection(demo: readonly DemoRow[]): string {
  const check = demoChecks(demo);
  if (!check) return 'The demo page was not measured.';
  const rows = [
    [
      'Demo page, custom elements: blocking time before scrolling ≤ ¼ of the single-file runtime’s',
      `${check.blocking.toFixed(0)} ms vs ${check.baselineBlocking.toFixed(0)} ms: ${((check.blocking / check.baselineBlocking) * 100).toFixed(0)} % of it`,
      verdict(check.blockingMet),
    ],
    [
      'Demo page, custom elements: the first chart’s picture painted before any chart is drawn',
      `picture ${check.picture.toFixed(0)} ms, first chart drawn ${check.firstDrawn.toFixed(0)} ms`,
      verdict(check.pictureFirst),
    ],
  ];
  return table(['target (medians, same run)', 'measured', 'result'], rows, ['l', 'l', 'l']);
}

/** The loader's targets on the demo page that were not met, for "Where we fall short". */
export function demoTargets(demo: readonly DemoRow[]): string[] {
  const check = demoChecks(demo);
  const items: string[] = [];
  if (check && !check.blockingMet) {
    items.push(
      `- Demo page with custom elements: ${check.blocking.toFixed(0)} ms of blocking time before scrolling, above a quarter of the single-file runtime's ${check.baselineBlocking.toFixed(0)} ms in the same run.`,
    );
  }
  if (check && !check.pictureFirst) {
    items.push(
      `- Demo page with custom elements: the first picture (${check.picture.toFixed(0)} ms) was not painted before the first chart was drawn (${check.firstDrawn.toFixed(0)} ms).`,
    );
  }
  return items;
}
