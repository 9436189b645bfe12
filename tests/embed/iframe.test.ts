import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureTexts } from '../../packages/core/src/embed.js';
import { heightMessageType } from '../../packages/embed/src/charts.js';
import { launchChromium } from '../../scripts/chromium.js';
import { type StaticServer, startStaticServer } from '../../scripts/embed-server.js';
import { assertBuilt, embedDist, layoutShift, newPageIn, observeLayoutShift, type Watched, watch } from './helpers.js';

// The host page and the charts on different origins (two ports), as a newsroom and a chart CDN.
let browser: Browser;
let host: StaticServer;
let charts: StaticServer;

beforeAll(async () => {
  assertBuilt();
  charts = await startStaticServer({ mounts: { '/': embedDist } });
  const dir = await mkdtemp(join(tmpdir(), 'kz-embed-host-'));
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"></head>
<body style="margin:0;font-family:sans-serif"><main style="padding:0 12px"><h1>Host article</h1><p>Before the chart.</p>
<iframe id="chart" src="${charts.url}/victim-gender-donut.html?locale=en" data-kz-chart="victim-gender-donut" title="Victims" width="100%" height="300"></iframe>
<p>After the chart.</p>
<iframe id="forger" src="forger.html" title="Another frame" height="50"></iframe></main>
<script src="${charts.url}/kz-resizer.js"></script></body></html>`,
  );
  await writeFile(join(dir, 'forger.html'), '<!doctype html><html lang="en"><title>Forger</title><p>forger</p></html>');
  host = await startStaticServer({ mounts: { '/': dir } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await charts?.close();
});

async function chartFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#chart')).contentFrame();
  if (!frame) throw new Error('no chart frame');
  await frame.locator('.kzt-box svg .kzt-mark').first().waitFor();
  return frame;
}

const frameHeight = (page: Page) =>
  page.locator('#chart').evaluate((frame: HTMLIFrameElement) => frame.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => document.querySelector('main')?.getBoundingClientRect().height ?? 0);

async function open(width: number): Promise<{ page: Page; frame: Frame; watched: Watched }> {
  const page = await newPageIn(browser, width);
  const watched = await watch(page);
  await page.goto(`${host.url}/`);
  const frame = await chartFrame(page);
  await expect
    .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
    .toBeLessThanOrEqual(2);
  return { page, frame, watched };
}

describe('chart pages of the pre-rendered options', () => {
  const pageUrl = () => `${charts.url}/pages/crime-trend-line.en.light.html`;

  it('show the figure and its data table without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 640, height: 900 } });
    const page = await context.newPage();
    await page.goto(pageUrl());
    const image = page.locator('main img');
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    expect(await page.title()).toBe(figureTexts('crime-trend-line', { locale: 'en' }).title);
    expect(await image.getAttribute('alt')).toMatch(/^Line chart/);
    await page.locator('main summary').click();
    const table = page.locator('main details table');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await table.textContent()).toContain('357');
    await context.close();
  });

  it('then draw the chart in their place, without layout shift', async () => {
    const page = await newPageIn(browser, 640);
    const watched = await watch(page);
    await observeLayoutShift(page);
    await page.goto(pageUrl());
    await page.locator('kz-crime-trend-line figure[data-kzt-drawn]').waitFor();
    await page.waitForTimeout(300);
    expect(await page.locator('main img').isVisible()).toBe(false);
    expect(await layoutShift(page)).toEqual({ cls: 0, shifts: [] });
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});

describe('iframe embed and resizer', () => {
  it('keeps the height the snippet gave the iframe until the chart is drawn', async () => {
    const page = await newPageIn(browser, 1200);
    // The chart's code arrives late, as on a slow connection.
    await page.route('**/charts/victim-gender-donut.js', async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.fallback();
    });
    await page.goto(`${host.url}/`);
    const heights: number[] = [];
    const frame = await (await page.waitForSelector('#chart')).contentFrame();
    // A height counts only when the chart was still not drawn after it was read.
    for (;;) {
      const height = await frameHeight(page);
      if ((await frame?.locator('figure[data-kzt-drawn]').count()) !== 0) break;
      heights.push(height);
      await page.waitForTimeout(50);
    }
    expect(heights.length).toBeGreaterThan(3);
    expect(new Set(heights)).toEqual(new Set([300]));
    await page.close();
  });

  it('keeps the iframe as tall as its content when the viewport goes from 1200 to 360 px', async () => {
    const { page, frame, watched } = await open(1200);
    const wide = await frameHeight(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 5000 })
      .toBeLessThanOrEqual(2);
    const narrow = await frameHeight(page);
    expect(narrow).not.toBe(wide);
    // Nothing hidden behind a scroll bar inside the frame.
    const overflow = await frame.evaluate(
      () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
    );
    expect(overflow).toBeLessThanOrEqual(2);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('ignores forged messages: other origins, other windows, wrong shapes, absurd heights', async () => {
    const { page, frame } = await open(1200);
    const before = await frameHeight(page);
    const forger = page.frame({ url: /forger\.html/ });
    if (!forger) throw new Error('no forger frame');
    const good = { type: heightMessageType, height: 77 };
    // The host's own window (its origin is not the iframe's).
    await page.evaluate((message) => window.postMessage(message, '*'), good);
    // Another frame of the page, on another origin than the chart's.
    await forger.evaluate((message) => window.parent.postMessage(message, '*'), good);
    // The chart's own frame, with anything but exactly { type, height } and a sane height.
    const forged: unknown[] = [
      { type: heightMessageType, height: '77' },
      { type: heightMessageType, height: 77, extra: true },
      { type: 'other', height: 77 },
      { height: 77 },
      { type: heightMessageType, height: 10_000_000 },
      { type: heightMessageType, height: -5 },
      { type: heightMessageType, height: 0 },
      { type: heightMessageType, height: Number.NaN },
      { type: heightMessageType, height: Number.POSITIVE_INFINITY },
      [heightMessageType, 77],
      JSON.stringify(good),
      null,
      77,
    ];
    for (const message of forged) await frame.evaluate((data) => window.parent.postMessage(data, '*'), message);
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(before);
    // The other frame (not a chart) was not resized either.
    expect(await page.locator('#forger').evaluate((element) => element.getBoundingClientRect().height)).toBeLessThan(
      60,
    );
    // And the same message from the right window and origin is accepted: the checks above are not vacuous.
    await frame.evaluate((message) => window.parent.postMessage(message, '*'), { ...good, height: 444 });
    await expect.poll(() => frameHeight(page)).toBe(444);
    await page.close();
  });
});
