// 5. The demo article once per embed method: the same text with the four charts embedded as custom
// elements (the loader's deferred script and the snippets with their pictures), as custom elements of
// the single-file runtime that came before the loader (the baseline, built here), as iframes (with
// the resizer) or as static images. Each load starts with an empty cache, waits for the page to
// settle, then scrolls to the end so that lazy charts, frames and images load, and records the bytes
// transferred (CDP Network.loadingFinished, every frame) before and after scrolling, long tasks,
// layout shifts, the first chart's picture (Element Timing) and the first drawn chart (`kzt-drawn`),
// with buffered PerformanceObservers installed before any page script.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import {
  approximateHeights,
  figureTexts,
  staticHeights,
  staticImages,
  staticPictureHtml,
} from '../../packages/core/src/embed.js';
import { bundleScript } from '../embed-build.js';
import { startStaticServer } from '../embed-server.js';
import { root, workDir } from './options.js';
import { type Summary, summarize } from './stats.js';

export const embedMethods = ['script', 'single-runtime', 'iframe', 'static'] as const;
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
  /** Gzipped bytes of JavaScript before the reader scrolls, and in all. */
  jsGzipBeforeScroll: number;
  jsGzip: number;
  longTasks: number;
  longTaskMs: number;
  /** Sum over long tasks of the time beyond 50 ms, in all and before the reader scrolls. */
  blockingMs: number;
  blockingBeforeScrollMs: number;
  /** Milliseconds from navigation until the first chart's picture was painted, and the first chart drawn. */
  firstPictureMs: number;
  firstDrawnMs: number;
  cls: number;
}

export interface DemoRow {
  method: EmbedMethod;
  loads: number;
  requests: number;
  bytes: Summary;
  gzipBytes: Summary;
  jsGzipBeforeScroll: Summary;
  jsGzip: Summary;
  longTasks: Summary;
  blockingMs: Summary;
  blockingBeforeScrollMs: Summary;
  firstPictureMs: Summary;
  firstDrawnMs: Summary;
  cls: Summary;
}

const paragraph =
  '<p>Официальная статистика фиксирует сотни преступлений, связанных с торговлей людьми, но многие ряды неполны: за одни годы цифры не опубликованы, другие не разбиты по регионам. Мы собрали то, что известно, и показали, где заканчиваются данные.</p>';

/** The pre-rendered picture of `chart`, as the snippets put it inside the element, marked for Element Timing. */
function pictureOf(chart: (typeof charts)[number]): string {
  return staticPictureHtml(
    figureTexts(chart, { locale: 'ru' }),
    staticImages('embed/static', chart, 'ru', 'auto'),
    { width: 640, height: staticHeights[chart].ru },
    false,
  ).replace('<img ', '<img elementtiming="chart-picture" ');
}

function embedFor(method: EmbedMethod, chart: (typeof charts)[number], manifest: Manifest): string {
  // As the generated snippets write them: the chart's usual height held until the chart is drawn,
  // with the picture inside (the single-file runtime had no picture).
  const reserve = `style="display:block;min-height:${approximateHeights[chart]}px"`;
  if (method === 'script')
    return `<kz-${chart} locale="ru" heading-level="2" ${reserve}>${pictureOf(chart)}</kz-${chart}>`;
  if (method === 'single-runtime') return `<kz-${chart} locale="ru" heading-level="2" ${reserve}></kz-${chart}>`;
  if (method === 'iframe') {
    const height = manifest.frameHeights[chart]?.ru ?? 700;
    return `<iframe src="embed/${chart}.html?locale=ru" title="${chart}" data-kz-chart="${chart}" width="100%" height="${height}" loading="lazy" style="display:block;width:100%;border:0"></iframe>`;
  }
  const file = manifest.files.find((item) => item.stem === `${chart}.ru.light`);
  const size = file ?? { width: 640, height: 700, title: chart };
  return `<figure><img elementtiming="chart-picture" src="embed/static/${chart}.ru.light.svg" width="${size.width}" height="${size.height}" alt="${size.title}" loading="lazy" decoding="async" style="max-width:100%;height:auto"></figure>`;
}

const heads: Record<EmbedMethod, string> = {
  script: '<script src="embed/kz-charts.js" defer></script>',
  'single-runtime': '<script src="single/kz-charts.js" defer></script>',
  iframe: '<script src="embed/kz-resizer.js" defer></script>',
  static: '',
};

async function writePages(): Promise<void> {
  const manifest = JSON.parse(await readFile(join(embedDist, 'static/manifest.json'), 'utf8')) as Manifest;
  await mkdir(demoDir, { recursive: true });
  await bundleScript(join(import.meta.dirname, 'single-runtime.ts'), join(demoDir, 'single/kz-charts.js'), 'KzCharts');
  for (const method of embedMethods) {
    const head = heads[method];
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

// In every frame: long tasks, layout shifts, Element Timing of the pictures and the charts' drawn
// events, with times on one clock (the epoch in milliseconds, as frames have their own time origins).
const observers = `(() => {
  const store = { longTasks: [], shifts: [], pictures: [], drawn: [] };
  window.__kzDemo = store;
  const epoch = (time) => performance.timeOrigin + time;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) store.longTasks.push({ name: e.name, start: epoch(e.startTime), duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) store.shifts.push({ value: e.value, time: e.startTime }); })
      .observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) store.pictures.push(epoch(e.renderTime || e.loadTime)); })
      .observe({ type: 'element', buffered: true });
  } catch {}
  document.addEventListener('kzt-drawn', () => store.drawn.push(epoch(performance.now())), true);
})();`;

interface FrameRecord {
  longTasks: { name: string; start: number; duration: number }[];
  shifts: { value: number; time: number }[];
  pictures: number[];
  drawn: number[];
}

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

/** Sum over long tasks of the time beyond 50 ms. */
const blocking = (tasks: readonly { duration: number }[]) =>
  tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);

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
  let scrolled = false;
  const paths: { path: string; afterScroll: boolean }[] = [];
  cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
  cdp.on('Network.loadingFinished', (event) => {
    // Responses from the memory or disk cache report no bytes and are not counted.
    if (event.encodedDataLength <= 0) return;
    bytes += event.encodedDataLength;
    requests++;
    const url = urls.get(event.requestId);
    if (url) paths.push({ path: new URL(url).pathname, afterScroll: scrolled });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const navigationStart = await page.evaluate(() => performance.timeOrigin);
  const scrollStart = await page.evaluate(() => performance.timeOrigin + performance.now());
  scrolled = true;
  await scrollToEnd(page);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const frames = await Promise.all(
    page
      .frames()
      .map((frame) =>
        frame.evaluate(() => (window as unknown as { __kzDemo?: FrameRecord }).__kzDemo ?? null).catch(() => null),
      ),
  );
  await context.close();
  // Each frame reports its own long tasks; the top frame's entries for its descendants are not counted twice.
  const tasks = frames.flatMap(
    (frame) => frame?.longTasks.filter((task) => task.name === 'self' || task.name === 'unknown') ?? [],
  );
  let gzipBytes = 0;
  let jsGzip = 0;
  let jsGzipBeforeScroll = 0;
  for (const { path, afterScroll } of paths) {
    const file = fileFor(path);
    const content = file ? await readFile(file).catch(() => null) : null;
    if (!content) continue;
    const size = /\.(png|jpe?g|webp)$/.test(path) ? content.byteLength : gzipSync(content, { level: 9 }).byteLength;
    gzipBytes += size;
    if (!path.endsWith('.js')) continue;
    jsGzip += size;
    if (!afterScroll) jsGzipBeforeScroll += size;
  }
  const first = (times: number[]) => (times.length ? Math.min(...times) - navigationStart : Number.NaN);
  const drawn = frames.flatMap((frame) => frame?.drawn ?? []);
  return {
    requests,
    bytes,
    gzipBytes,
    jsGzipBeforeScroll,
    jsGzip,
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((sum, task) => sum + task.duration, 0),
    blockingMs: blocking(tasks),
    blockingBeforeScrollMs: blocking(tasks.filter((task) => task.start < scrollStart)),
    // A chart drawn before any picture was painted is the first picture the reader sees.
    firstPictureMs: first([...frames.flatMap((frame) => frame?.pictures ?? []), ...drawn]),
    firstDrawnMs: first(drawn),
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
        jsGzipBeforeScroll: summarize(results.map((result) => result.jsGzipBeforeScroll)),
        jsGzip: summarize(results.map((result) => result.jsGzip)),
        longTasks: summarize(results.map((result) => result.longTasks)),
        blockingMs: summarize(results.map((result) => result.blockingMs)),
        blockingBeforeScrollMs: summarize(results.map((result) => result.blockingBeforeScrollMs)),
        firstPictureMs: summarize(results.map((result) => result.firstPictureMs)),
        firstDrawnMs: summarize(results.map((result) => result.firstDrawnMs)),
        cls: summarize(results.map((result) => result.cls)),
      });
      console.log(`  demo: ${method} done`);
    }
  } finally {
    await server.close();
  }
  return rows;
}
