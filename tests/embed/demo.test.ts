import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.js';
import { buildDemo, serveDemo } from '../../scripts/embed-demo.js';
import type { StaticServer } from '../../scripts/embed-server.js';
import {
  assertBuilt,
  axeViolations,
  layoutShift,
  newPageIn,
  observeLayoutShift,
  violations,
  type Watched,
  watch,
} from './helpers.js';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertBuilt();
  await buildDemo();
  server = await serveDemo();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const elementCharts = ['kz-slavery-index-bar', 'kz-crime-trend-line'] as const;

async function chartFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-kz-chart]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The chart iframe has no frame.');
  await frame.locator('.kzt-box svg .kzt-mark').first().waitFor();
  return frame;
}

async function openDemo(width = 1200, path = '/'): Promise<{ page: Page; watched: Watched; frame: Frame }> {
  const page = await newPageIn(browser, width);
  const watched = await watch(page);
  await observeLayoutShift(page);
  await page.goto(`${server.url}${path}`);
  await scrollThroughCharts(page);
  const frame = await chartFrame(page);
  return { page, watched, frame };
}

/** Scrolls to each custom element, as a reader does (each is drawn as it comes into view), and back to the top. */
async function scrollThroughCharts(page: Page): Promise<void> {
  for (const tag of elementCharts) {
    await page.locator(tag).scrollIntoViewIfNeeded();
    await page.locator(`${tag} .kzt-box svg .kzt-mark`).first().waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe('news-article demo', () => {
  it('shows every chart with its SVG, without console errors, CSP violations or layout shift', async () => {
    const { page, watched, frame } = await openDemo();
    // Let the iframe report its height and the fonts settle.
    await page.waitForTimeout(1000);
    for (const tag of elementCharts) {
      const box = await page.locator(`${tag} .kzt-box svg`).first().boundingBox();
      expect(box?.width, tag).toBeGreaterThan(200);
      expect(box?.height, tag).toBeGreaterThan(100);
    }
    expect(await frame.locator('.kzt-box svg .kzt-mark').count()).toBe(2);
    const iframeBox = await page.locator('iframe[data-kz-chart]').boundingBox();
    expect(iframeBox?.height).toBeGreaterThan(300);
    // The static map: an SVG image, decoded, in the visible (ru) figure.
    const image = page.locator('[data-static-locale="ru"] img');
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 5000 })
      .toBeGreaterThan(0);
    expect(await image.getAttribute('src')).toMatch(/\.svg$/);
    expect(await image.getAttribute('alt')).toMatch(/Алматы/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);

    const { cls, shifts } = await layoutShift(page);
    expect(shifts).toEqual([]);
    expect(cls).toBe(0);
    expect(await violations(page)).toEqual([]);
    expect(await violations(frame)).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('has no axe violation, on the page (with its shadow roots) and in the iframe', async () => {
    const { page, frame } = await openDemo();
    expect(await axeViolations(page)).toEqual([]);
    // The iframe's document is a part of the article, whose <h1> is the host's.
    expect(await axeViolations(frame, ['page-has-heading-one'])).toEqual([]);
    await page.close();
  });

  it('lets the keyboard reach every mark of every interactive chart', async () => {
    const { page, frame } = await openDemo();
    const expected: Record<string, number> = {
      'kz-slavery-index-bar': await page.locator('kz-slavery-index-bar [role="option"]').count(),
      'kz-crime-trend-line': await page.locator('kz-crime-trend-line [role="option"]').count(),
      iframe: await frame.locator('[role="option"]').count(),
    };
    expect(expected).toEqual({ 'kz-slavery-index-bar': 15, 'kz-crime-trend-line': 6, iframe: 2 });
    const reached: Record<string, Set<string>> = {};
    const active = async (): Promise<{ chart: string; role: string | null; label: string | null }> => {
      const outer = await page.evaluate(() => {
        let element = document.activeElement;
        let host: Element | null = null;
        while (element?.shadowRoot?.activeElement) {
          host = element;
          element = element.shadowRoot.activeElement;
        }
        return {
          chart: element?.tagName === 'IFRAME' ? 'iframe' : (host?.tagName.toLowerCase() ?? ''),
          role: element?.getAttribute('role') ?? null,
          label: element?.getAttribute('aria-label') ?? null,
        };
      });
      if (outer.chart !== 'iframe') return outer;
      return frame.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return {
          chart: 'iframe',
          role: element?.getAttribute('role') ?? null,
          label: element?.getAttribute('aria-label') ?? null,
        };
      });
    };
    for (let step = 0; step < 120 && Object.keys(reached).length < 3; step++) {
      await page.keyboard.press('Tab');
      let now = await active();
      if (now.role !== 'option' || reached[now.chart]) continue;
      const seen = new Set<string>();
      reached[now.chart] = seen;
      for (let mark = 0; mark < (expected[now.chart] ?? 0); mark++) {
        if (now.role === 'option' && now.label) seen.add(now.label);
        await page.keyboard.press('ArrowDown');
        now = await active();
      }
    }
    expect(Object.fromEntries(Object.entries(reached).map(([chart, seen]) => [chart, seen.size]))).toEqual(expected);
    await page.close();
  });

  it('switches the charts to Kazakh and English without errors', async () => {
    const { page, watched } = await openDemo();
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await expect
      .poll(() => page.locator('kz-slavery-index-bar .kzt-title').textContent())
      .not.toMatch(/Распространённость/);
    await expect
      .poll(() =>
        page
          .locator('kz-slavery-index-bar')
          .evaluate((el) => el.shadowRoot?.querySelector('[lang]')?.getAttribute('lang')),
      )
      .toBe('kk');
    const frame = await chartFrame(page);
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe('kk');
    expect(await page.locator('[data-static-locale="kk"]').isVisible()).toBe(true);
    expect(await page.locator('[data-static-locale="ru"]').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.locator('kz-crime-trend-line .kzt-title').textContent())
      .toBe('Crimes related to human trafficking');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('loads the chart runtime once for both custom elements', async () => {
    const page = await newPageIn(browser, 1200);
    const loads: string[] = [];
    page.on('request', (request) => {
      if (request.frame() === page.mainFrame() && request.url().endsWith('/kz-charts.js')) loads.push(request.url());
    });
    await page.goto(`${server.url}/`);
    await scrollThroughCharts(page);
    expect(loads).toHaveLength(1);
    await page.close();
  });
});
