// 2. Render speed in Chromium: our chart and its counterpart mounted alternately in one page load at
// the same width (see browser/page.tsx for what is timed), then the same for a locale switch and a
// width change (640 ↔ 375 px).
import type { Browser } from 'playwright-core';
import { openBenchPage } from './browser-page.js';
import type { BenchOptions } from './options.js';
import { pairedRatio, type Summary, summarize } from './stats.js';

export interface RenderRow {
  chart: string;
  /** `bare` (the same chart written with Recharts) or `peer` (react-simple-maps for the map). */
  versus: 'bare' | 'peer';
  kind: 'mount' | 'locale' | 'width';
  ours: Summary;
  other: Summary;
  /** Median and quartiles of ours ÷ other over the alternating pairs. */
  ratio: Summary;
  /** Elements drawn (mount only): ours and the other side. */
  nodes?: { ours: number; other: number };
}

const pairs = [
  ['slavery-index-bar', 'bare'],
  ['crime-trend-line', 'bare'],
  ['victim-gender-donut', 'bare'],
  ['regional-share', 'peer'],
] as const;

export async function measureRender(browser: Browser, options: BenchOptions): Promise<RenderRow[]> {
  const { page, close } = await openBenchPage(browser, 'render');
  const rows: RenderRow[] = [];
  try {
    for (const [chart, versus] of pairs) {
      const a = `${chart}:ours`;
      const b = `${chart}:${versus}`;
      const mount = await page.evaluate(([a, b, runs, warmUp]) => window.kzBench.mountPairs(a, b, runs, warmUp), [
        a,
        b,
        options.renderRuns,
        options.renderWarmUp,
      ] as const);
      rows.push({
        chart,
        versus,
        kind: 'mount',
        ours: summarize(mount.a),
        other: summarize(mount.b),
        ratio: pairedRatio(mount.a, mount.b),
        nodes: { ours: mount.nodes.a, other: mount.nodes.b },
      });
      for (const kind of ['locale', 'width'] as const) {
        // The map peer has one language only: its locale switch would change nothing.
        if (kind === 'locale' && versus === 'peer') continue;
        const update = await page.evaluate(([a, b, kind, runs]) => window.kzBench.updatePairs(a, b, kind, runs), [
          a,
          b,
          kind,
          options.updateRuns,
        ] as const);
        rows.push({
          chart,
          versus,
          kind,
          ours: summarize(update.a),
          other: summarize(update.b),
          ratio: pairedRatio(update.a, update.b),
        });
      }
      console.log(`  render: ${chart} done`);
    }
  } finally {
    await close();
  }
  return rows;
}
