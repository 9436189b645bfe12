// 4. Memory: each of our charts mounted, drawn and unmounted many times in one page; the JS heap after
// forced garbage collection (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage) before, half
// way and at the end, with the DOM counters (Memory.getDOMCounters) and the page's live ResizeObservers,
// MutationObservers and listeners (browser/instrument.ts).
import type { Browser, CDPSession, Page } from 'playwright-core';
import { openBenchPage } from './browser-page.js';
import { dropCollectedTargets } from './heap-snapshot.js';
import type { BenchOptions } from './options.js';

export interface MemoryPoint {
  heapBytes: number;
  /** Element nodes in the document. */
  nodes: number;
  /** Every live DOM node, detached ones included (Memory.getDOMCounters). */
  domNodes: number;
  jsEventListeners: number;
  resizeObservers: number;
  observedElements: number;
  mutationObservers: number;
  listeners: number;
}

export interface MemoryRow {
  /** A chart of ours, or `control` (plain React drawing 20 rectangles: the noise floor). */
  chart: string;
  cycles: number;
  baseline: MemoryPoint;
  half: MemoryPoint;
  end: MemoryPoint;
}

const cases = [
  ['slavery-index-bar', 'slavery-index-bar:ours'],
  ['crime-trend-line', 'crime-trend-line:ours'],
  ['victim-gender-donut', 'victim-gender-donut:ours'],
  ['regional-share', 'regional-share:ours'],
  ['control', 'control:plain'],
] as const;

async function heapAfterGc(cdp: CDPSession, page: Page): Promise<number> {
  await dropCollectedTargets(cdp, page);
  for (let pass = 0; pass < 3; pass++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

export async function measureMemory(browser: Browser, options: BenchOptions): Promise<MemoryRow[]> {
  const { page, close } = await openBenchPage(browser, 'memory');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const point = async (): Promise<MemoryPoint> => {
    const heapBytes = await heapAfterGc(cdp, page);
    const dom = await cdp.send('Memory.getDOMCounters');
    const counts = await page.evaluate(() => window.kzBench.counts());
    return {
      heapBytes,
      nodes: counts.nodes,
      domNodes: dom.nodes,
      jsEventListeners: dom.jsEventListeners,
      resizeObservers: counts.resizeObservers,
      observedElements: counts.observedElements,
      mutationObservers: counts.mutationObservers,
      listeners: counts.listeners,
    };
  };
  const rows: MemoryRow[] = [];
  try {
    // Every chart once first, so that code, fonts and caches shared by all are in every baseline.
    for (const [, id] of cases) await page.evaluate((id) => window.kzBench.cycle(id, 3), id);
    for (const [chart, id] of cases) {
      const half = Math.floor(options.memoryCycles / 2);
      const baseline = await point();
      await page.evaluate(([id, n]) => window.kzBench.cycle(id, n), [id, half] as const);
      const middle = await point();
      await page.evaluate(([id, n]) => window.kzBench.cycle(id, n), [id, options.memoryCycles - half] as const);
      const end = await point();
      rows.push({ chart, cycles: options.memoryCycles, baseline, half: middle, end });
      console.log(`  memory: ${chart} done`);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
    await close();
  }
  return rows;
}
