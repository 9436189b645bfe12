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

/** The loader's targets on the demo page (issue #16), as a table: measured against the single-file runtime of the same run. */
export function demoTargetsSection(demo: readonly DemoRow[]): string {
  const loader = demo.find((row) => row.method === 'script');
  const baseline = demo.find((row) => row.method === 'single-runtime');
  if (!loader || !baseline) return 'The demo page was not measured.';
  const blocking = loader.blockingBeforeScrollMs.median;
  const baselineBlocking = baseline.blockingBeforeScrollMs.median;
  const pictureFirst = loader.firstPictureMs.median < loader.firstDrawnMs.median;
  const rows = [
    [
      'Demo page, custom elements: blocking time before scrolling ≤ ¼ of the single-file runtime’s',
      `${blocking.toFixed(0)} ms vs ${baselineBlocking.toFixed(0)} ms: ${((blocking / baselineBlocking) * 100).toFixed(0)} % of it`,
      verdict(blocking <= baselineBlocking / 4),
    ],
    [
      'Demo page, custom elements: the first chart’s picture painted before any chart is drawn',
      `picture ${loader.firstPictureMs.median.toFixed(0)} ms, first chart drawn ${loader.firstDrawnMs.median.toFixed(0)} ms`,
      verdict(pictureFirst),
    ],
  ];
  return table(['target (medians, same run)', 'measured', 'result'], rows, ['l', 'l', 'l']);
}

/** The loader's targets on the demo page: a quarter of the baseline's blocking time, the picture before any chart. */
export function demoTargets(demo: readonly DemoRow[]): string[] {
  const items: string[] = [];
  const loader = demo.find((row) => row.method === 'script');
  const baseline = demo.find((row) => row.method === 'single-runtime');
  if (loader && baseline && loader.blockingBeforeScrollMs.median > baseline.blockingBeforeScrollMs.median / 4) {
    items.push(
      `- Demo page with custom elements: ${loader.blockingBeforeScrollMs.median.toFixed(0)} ms of blocking time before scrolling, above a quarter of the single-file runtime's ${baseline.blockingBeforeScrollMs.median.toFixed(0)} ms in the same run.`,
    );
  }
  if (loader && !(loader.firstPictureMs.median < loader.firstDrawnMs.median)) {
    items.push(
      `- Demo page with custom elements: the first picture (${loader.firstPictureMs.median.toFixed(0)} ms) was not painted before the first chart was drawn (${loader.firstDrawnMs.median.toFixed(0)} ms).`,
    );
  }
  return items;
}
