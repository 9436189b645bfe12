// kz-charts.js as a loader: each element loads its chart's chunks when it is needed, a page pays only
// for the charts it shows, the pre-rendered picture shows first (also without JavaScript), and a
// chunk that fails to load leaves the picture with a notice and a retry.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChartId, chartIds, embedSnippets, figureTexts, tagName } from '../../packages/core/src/embed.js';
import { launchChromium } from '../../scripts/chromium.js';
import { type StaticServer, startStaticServer } from '../../scripts/embed-server.js';
import { assertBuilt, embedDist, newPageIn, watch } from './helpers.js';

let browser: Browser;
let server: StaticServer;
let serverDir: string;

/** A class name only Recharts' own code writes: its presence in a script means Recharts was downloaded. */
const rechartsMarker = 'recharts-surface';

beforeAll(async () => {
  assertBuilt();
  serverDir = await mkdtemp(join(tmpdir(), 'kz-embed-loader-'));
  server = await startStaticServer({ mounts: { '/': serverDir, '/embed/': embedDist } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** An article with the script snippet of each chart in `charts`, `gap` pixels of text apart. */
async function article(file: string, charts: readonly ChartId[], gap: number, locale = 'en'): Promise<string> {
  const snippets = charts.map((chart, index) => {
    const { script } = embedSnippets(chart, { locale }, `${server.url}/embed`);
    const element = script.split('\n')[1] ?? '';
    const spacer = index === 0 ? '' : `<div class="gap" style="height:${gap}px"></div>`;
    return `${spacer}${element.replace(`<${tagName(chart)} `, `<${tagName(chart)} id="${chart}" `)}`;
  });
  await writeFile(
    join(serverDir, file),
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">
<script src="/embed/kz-charts.js" defer></script>
<style>main{max-width:640px;margin:0 auto}</style></head><body><main>${snippets.join('\n')}</main></body></html>`,
  );
  return `${server.url}/${file}`;
}

/** The scripts the page downloaded, with their text. */
function recordScripts(page: Page): { url: string; text: Promise<string> }[] {
  const scripts: { url: string; text: Promise<string> }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && response.ok())
      scripts.push({ url: response.url(), text: response.text() });
  });
  return scripts;
}

const drawn = (page: Page, chart: ChartId) => page.locator(`#${chart} figure[data-kzt-drawn]`);
const chunkOf = (chart: ChartId) => `/embed/charts/${chart}.js`;

describe('the loader', () => {
  it('downloads no Recharts code for a page with only the map', async () => {
    const page = await newPageIn(browser, 1000);
    const watched = await watch(page);
    const scripts = recordScripts(page);
    await page.goto(await article('map.html', ['regional-share'], 0));
    await drawn(page, 'regional-share').waitFor();
    const urls = scripts.map((script) => new URL(script.url).pathname);
    expect(urls).toContain('/embed/kz-charts.js');
    expect(urls).toContain(chunkOf('regional-share'));
    for (const script of scripts) expect(await script.text, script.url).not.toContain(rechartsMarker);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('loads and draws each chart as it is scrolled near, not before', async () => {
    const page = await newPageIn(browser, 1000, 800);
    const watched = await watch(page);
    const scripts = recordScripts(page);
    await page.goto(await article('four.html', chartIds, 3000));
    await drawn(page, 'slavery-index-bar').waitFor();
    await page.waitForTimeout(300);
    const loaded = () => scripts.map((script) => new URL(script.url).pathname);
    expect(loaded()).toContain(chunkOf('slavery-index-bar'));
    for (const chart of chartIds.slice(1)) {
      expect(loaded(), `${chart} before scrolling`).not.toContain(chunkOf(chart));
      expect(await drawn(page, chart).count()).toBe(0);
    }
    // Recharts came with the bar; the map's code did not.
    expect((await Promise.all(scripts.map((script) => script.text))).join('')).toContain(rechartsMarker);
    for (const chart of chartIds.slice(1)) {
      await page.locator(`#${chart}`).scrollIntoViewIfNeeded();
      await drawn(page, chart).waitFor();
      expect(loaded()).toContain(chunkOf(chart));
    }
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  /**
   * The bar in view and the line starting about 300 px below the fold: near enough to load, not yet
   * in view. Resolves once the line is loaded, and checks that it is not drawn.
   */
  async function lineLoadedBelowTheFold(file: string) {
    const page = await newPageIn(browser, 1000, 800);
    const watched = await watch(page);
    const scripts = recordScripts(page);
    await page.goto(await article(file, ['slavery-index-bar', 'crime-trend-line'], 300));
    await drawn(page, 'slavery-index-bar').waitFor();
    const line = page.locator('#crime-trend-line');
    expect(await line.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThan(800);
    await expect
      .poll(() => scripts.map((script) => new URL(script.url).pathname))
      .toContain('/embed/charts/texts/en/crime-trend.js');
    await page.waitForTimeout(300);
    expect(await drawn(page, 'crime-trend-line').count()).toBe(0);
    return { page, watched, line };
  }

  it('loads a chart within a viewport below the fold before it is scrolled to, and draws it as it comes into view', async () => {
    const { page, watched, line } = await lineLoadedBelowTheFold('near.html');
    // Loaded, not drawn: the pre-rendered picture still stands in for it.
    expect(await line.locator('img').isVisible()).toBe(true);
    await line.scrollIntoViewIfNeeded();
    await drawn(page, 'crime-trend-line').waitFor();
    // The chart took the picture's place (the picture stays in the page's markup, no longer shown).
    expect(await line.locator('img').isVisible()).toBe(false);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('draws a loaded chart at once when the reader presses Tab, so that the focus stops in it', async () => {
    const { page, watched, line } = await lineLoadedBelowTheFold('tab.html');
    // Tab through the bar (its marks, then its buttons) into the line: the focus reaches the line's marks.
    const focusedChart = () =>
      page.evaluate(() => document.activeElement?.closest('[id]')?.id ?? document.activeElement?.id ?? null);
    for (let press = 0; press < 20 && (await focusedChart()) !== 'crime-trend-line'; press++)
      await page.keyboard.press('Tab');
    expect(await focusedChart()).toBe('crime-trend-line');
    const focusedInLine = await line.evaluate(
      (element) => element.shadowRoot?.activeElement?.getAttribute('role') ?? null,
    );
    expect(focusedInLine).toBe('option');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('downloads the texts of the page’s language only, and another language when the locale changes', async () => {
    const page = await newPageIn(browser, 1000);
    const watched = await watch(page);
    const scripts = recordScripts(page);
    await page.goto(await article('kk.html', ['regional-share'], 0, 'kk'));
    await drawn(page, 'regional-share').waitFor();
    const textChunks = () =>
      scripts.map((script) => new URL(script.url).pathname).filter((path) => path.includes('/texts/'));
    expect(textChunks()).toContain('/embed/charts/texts/kk/regional-share.js');
    expect(textChunks().filter((path) => !path.includes('/texts/kk/'))).toEqual([]);
    const title = (locale: 'ru' | 'en') => figureTexts('regional-share', { locale }).title;
    for (const script of scripts) {
      const text = await script.text;
      expect(text, script.url).not.toContain(title('ru'));
      expect(text, script.url).not.toContain(title('en'));
    }

    await page.locator('#regional-share').evaluate((element) => element.setAttribute('locale', 'en'));
    await page.locator('#regional-share .kzt-title', { hasText: title('en') }).waitFor();
    expect(textChunks()).toContain('/embed/charts/texts/en/regional-share.js');
    expect(textChunks().filter((path) => path.includes('/texts/ru/'))).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('loads at once with loading="eager", and as soon as the reader touches a chart', async () => {
    const page = await newPageIn(browser, 1000, 800);
    await page.goto(await article('eager.html', ['slavery-index-bar', 'crime-trend-line', 'regional-share'], 3000));
    await drawn(page, 'slavery-index-bar').waitFor();
    expect(await drawn(page, 'crime-trend-line').count()).toBe(0);
    await page.evaluate(() => {
      const map = document.querySelector('#regional-share');
      map?.remove();
      map?.setAttribute('loading', 'eager');
      if (map) document.querySelector('main')?.append(map);
    });
    await drawn(page, 'regional-share').waitFor();
    expect(await drawn(page, 'crime-trend-line').count()).toBe(0);
    await page.locator('#crime-trend-line').dispatchEvent('pointerdown');
    await drawn(page, 'crime-trend-line').waitFor();
    await page.close();
  });

  it('loads the chunks from a CDN of another origin that allows CORS, as jsDelivr and unpkg do', async () => {
    const cdn = await startStaticServer({
      mounts: { '/kz/': embedDist },
      headers: (): Record<string, string> => ({ 'access-control-allow-origin': '*' }),
    });
    try {
      // The page is on 127.0.0.1, the CDN on localhost: two origins.
      const cdnBase = cdn.url.replace('127.0.0.1', 'localhost');
      const { script } = embedSnippets('regional-share', { locale: 'en' }, `${cdnBase}/kz`);
      await writeFile(
        join(serverDir, 'cdn.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN</title><link rel="icon" href="data:,"></head><body>${script.replace('<kz-regional-share ', '<kz-regional-share id="regional-share" ')}</body></html>`,
      );
      const page = await newPageIn(browser, 1000);
      const watched = await watch(page);
      await page.goto(`${server.url}/cdn.html`);
      await drawn(page, 'regional-share').waitFor();
      expect(watched.errors).toEqual([]);
      await page.close();
    } finally {
      await cdn.close();
    }
  });

  it('shows the pre-rendered picture without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(await article('no-script.html', ['crime-trend-line'], 0));
    const image = page.locator('#crime-trend-line img');
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    const box = await image.boundingBox();
    expect(box?.width).toBe(640);
    expect(await image.getAttribute('alt')).toMatch(/^Line chart/);
    await context.close();
  });

  it('leaves the picture with a notice and a retry when a chunk fails, and the other charts load', async () => {
    const page = await newPageIn(browser, 1000, 2000);
    const warnings: string[] = [];
    const failures: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
      // Chromium's own network log of the 404 is the browser's, not the loader's.
      else if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        failures.push(message.text());
    });
    page.on('pageerror', (error) => failures.push(error.message));
    let blocked = true;
    await page.route(`**${chunkOf('crime-trend-line')}`, (route) =>
      blocked ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback(),
    );
    await page.goto(await article('failure.html', ['crime-trend-line', 'slavery-index-bar'], 0, 'kk'));
    const notice = page.locator('#crime-trend-line').getByRole('alert');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Графикті жүктеу мүмкін болмады');
    // The picture still holds the chart's place, and the other chart is drawn.
    expect(await page.locator('#crime-trend-line img').isVisible()).toBe(true);
    await drawn(page, 'slavery-index-bar').waitFor();
    expect(failures).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('kz-crime-trend-line');

    blocked = false;
    await page.locator('#crime-trend-line').getByRole('button', { name: 'Қайталау' }).click();
    await drawn(page, 'crime-trend-line').waitFor();
    expect(await notice.count()).toBe(0);
    expect(await page.locator('#crime-trend-line img').isVisible()).toBe(false);
    expect(failures).toEqual([]);
    await page.close();
  });
});
