// 5. The demo article once per embed method: the same text with the four charts embedded as custom
// elements (one deferred script, the README's snippet), as iframes (with the resizer) or as static
// images. Each load starts with an empty cache, scrolls to the end so that lazy frames and images
// load, and records the bytes transferred (CDP Network.loadingFinished, every frame), long tasks and
// layout shifts (PerformanceObserver, buffered, installed before any page script).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { approximateHeights } from '../../packages/core/src/embed.js';
import { startStaticServer } from '../embed-server.js';
import { root, workDir } from './options.js';
import { type Summary, summarize } from './stats.js';

export const embedMethods = ['script', 'iframe', 'static'] as const;
export type EmbedMethod = (typeof embedMethods)[number];

const charts = ['slavery-index-bar', 'crime-trend-line', 'victim-gender-donut', 'regional-share'] as const;
const embedDist = join(root, 'packages/embed/dist');
const demoDir = join(workDir, 'demo');

interface Manifest {
  frameHeights: Record<string, Record<string, number>>;
  files: { stem: string; width: number; height: number; title: string }[];
}

export interface DemoLoad {
  requests: number;
  bytes: number;
  /** The same responses as a server compressing text with gzip would send them. */
  gzipBytes: number;
  longTasks: number;
  longTaskMs: number;
  /** Sum over long tasks of the time beyond 50 ms. */
  blockingMs: number;
  cls: number;
}

export interface DemoRow {
  method: EmbedMethod;
  loads: number;
  requests: number;
  bytes: Summary;
  gzipBytes: Summary;
  longTasks: Summary;
  blockingMs: Summary;
  cls: Summary;
}

const paragraph =
  '<p>Официальная статистика фиксирует сотни преступлений, связанных с торговлей людьми, но многие ряды неполны: за одни годы цифры не опубликованы, другие не разбиты по регионам. Мы собрали то, что известно, и показали, где заканчиваются данные.</p>';

function embedFor(method: EmbedMethod, chart: (typeof charts)[number], manifest: Manifest): string {
  // As the generated snippet writes it: the chart's usual height held until the deferred script draws it.
  if (method === 'script')
    return `<kz-${chart} locale="ru" heading-level="2" style="display:block;min-height:${approximateHeights[chart]}px"></kz-${chart}>`;
  if (method === 'iframe') {
    const height = manifest.frameHeights[chart]?.ru ?? 700;
    return `<iframe src="embed/${chart}.html?locale=ru" title="${chart}" data-kz-chart="${chart}" width="100%" height="${height}" loading="lazy" style="display:block;width:100%;border:0"></iframe>`;
  }
  const file = manifest.files.find((item) => item.stem === `${chart}.ru.light`);
  const size = file ?? { width: 640, height: 700, title: chart };
  return `<figure><img src="embed/static/${chart}.ru.light.svg" width="${size.width}" height="${size.height}" alt="${size.title}" loading="lazy" decoding="async" style="max-width:100%;height:auto"></figure>`;
}

async function writePages(): Promise<void> {
  const manifest = JSON.parse(await readFile(join(embedDist, 'static/manifest.json'), 'utf8')) as Manifest;
  await mkdir(demoDir, { recursive: true });
  for (const method of embedMethods) {
    const head =
      method === 'script'
        ? '<script src="embed/kz-charts.js" defer></script>'
        : method === 'iframe'
          ? '<script src="embed/kz-resizer.js" defer></script>'
          : '';
    const body = charts.map(
      (chart) => `${paragraph}\n${paragraph}\n<div class="chart">${embedFor(method, chart, manifest)}</div>`,
    );
    await writeFile(
      join(demoDir, `${method}.html`),
      `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Демо: ${method}</title>${head}<style>body{margin:0 auto;max-width:680px;padding:0 16px;font:17px/1.6 Georgia,serif}</style></head>` +
        `<body><h1>Торговля людьми в Казахстане: что известно по цифрам</h1>\n${body.join('\n')}\n${paragraph}</body></html>`,
    );
  }
}

const observers = `(() => {
  const store = { longTasks: [], shifts: [] };
  window.__kzDemo = store;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) store.longTasks.push({ name: e.name, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) store.shifts.push({ value: e.value, time: e.startTime }); })
      .observe({ type: 'layout-shift', buffered: true });
  } catch {}
})();`;

/** CLS as browsers report it: the largest session window (gaps under 1 s, at most 5 s long). */
function cumulativeShift(shifts: readonly { value: number; time: number }[]): number {
  let best = 0;
  let current = 0;
  let first = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (const shift of shifts) {
    if (shift.time - previous > 1000 || shift.time - first > 5000) {
      current = 0;
      first = shift.time;
    }
    current += shift.value;
    previous = shift.time;
    best = Math.max(best, current);
  }
  return best;
}

async function scrollToEnd(page: Page): Promise<void> {
  for (let step = 0; step < 40; step++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(150);
    if (atEnd) break;
  }
}

async function loadOnce(browser: Browser, url: string, fileFor: (path: string) => string | null): Promise<DemoLoad> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript({ content: observers });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const urls = new Map<string, string>();
  let bytes = 0;
  let requests = 0;
  const paths: string[] = [];
  cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
  cdp.on('Network.loadingFinished', (event) => {
    // Responses from the memory or disk cache report no bytes and are not counted.
    if (event.encodedDataLength <= 0) return;
    bytes += event.encodedDataLength;
    requests++;
    const url = urls.get(event.requestId);
    if (url) paths.push(new URL(url).pathname);
  });
  await page.goto(url, { waitUntil: 'load' });
  await scrollToEnd(page);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const frames = await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(
          () =>
            (
              window as unknown as {
                __kzDemo?: {
                  longTasks: { name: string; duration: number }[];
                  shifts: { value: number; time: number }[];
                };
              }
            ).__kzDemo ?? null,
        )
        .catch(() => null),
    ),
  );
  await context.close();
  // Each frame reports its own long tasks; the top frame's entries for its descendants are not counted twice.
  const tasks = frames.flatMap(
    (frame) => frame?.longTasks.filter((task) => task.name === 'self' || task.name === 'unknown') ?? [],
  );
  let gzipBytes = 0;
  for (const path of paths) {
    const file = fileFor(path);
    const content = file ? await readFile(file).catch(() => null) : null;
    if (!content) continue;
    gzipBytes += /\.(png|jpe?g|webp)$/.test(path) ? content.byteLength : gzipSync(content, { level: 9 }).byteLength;
  }
  return {
    requests,
    bytes,
    gzipBytes,
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((sum, task) => sum + task.duration, 0),
    blockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    cls: cumulativeShift(frames[0]?.shifts ?? []),
  };
}

export async function measureDemo(browser: Browser, loads: number): Promise<DemoRow[]> {
  await writePages();
  const server = await startStaticServer({
    mounts: { '/': demoDir, '/embed/': embedDist },
    // Long-lived caching of the embed's files, as a CDN would serve them: each iframe then reuses the runtime.
    headers: (path): Record<string, string> =>
      path.startsWith('/embed/') ? { 'cache-control': 'public, max-age=3600' } : {},
  });
  const fileFor = (path: string): string | null => {
    const relative = decodeURIComponent(path);
    return relative.startsWith('/embed/') ? join(embedDist, relative.slice('/embed/'.length)) : join(demoDir, relative);
  };
  const rows: DemoRow[] = [];
  try {
    for (const method of embedMethods) {
      const results: DemoLoad[] = [];
      for (let index = 0; index < loads; index++)
        results.push(await loadOnce(browser, `${server.url}/${method}.html`, fileFor));
      rows.push({
        method,
        loads,
        requests: Math.max(...results.map((result) => result.requests)),
        bytes: summarize(results.map((result) => result.bytes)),
        gzipBytes: summarize(results.map((result) => result.gzipBytes)),
        longTasks: summarize(results.map((result) => result.longTasks)),
        blockingMs: summarize(results.map((result) => result.blockingMs)),
        cls: summarize(results.map((result) => result.cls)),
      });
      console.log(`  demo: ${method} done`);
    }
  } finally {
    await server.close();
  }
  return rows;
}
