// Each chart printed as a reader prints it: Chromium's PDF of a page holding the custom element,
// drawn first at a screen width other than the page's, rasterised and read back with poppler.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChartId, chartIds, figureTexts } from '../../packages/core/src/embed.js';
import { launchChromium } from '../../scripts/chromium.js';
import { type StaticServer, startStaticServer } from '../../scripts/embed-server.js';
import { pdfPages, pdfText, pixelsOfColour } from '../../scripts/pdf-pages.js';
import { expectFinalMarks, waitUntilDrawn } from './drawn.js';
import { assertBuilt, embedDist, type Watched, watch } from './helpers.js';

const lightAccent = '#c0392b';
const screenWidth = 1100;
// A broken print is far outside this: the line printed 4 % of its accent, the clipped map 9 %.
const antiAliasing = 0.15;
const paper = [
  { name: 'A4', pdf: { format: 'A4' }, width: 794 },
  { name: 'US Letter', pdf: { format: 'Letter' }, width: 816 },
  { name: '800 px wide', pdf: { width: '800px', height: '1400px' }, width: 800 },
] as const;
const schemes = ['light', 'dark'] as const;
const actionLabels = ['Show table', 'Hide table', 'Download CSV', 'Download PNG', 'Download SVG'];

let browser: Browser;
let server: StaticServer;

const pageFor = (chart: ChartId) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${chart}</title>
<link rel="icon" href="data:,"><script src="/embed/kz-charts.js"></script></head>
<body style="margin:8px"><kz-${chart} locale="en"></kz-${chart}></body></html>`;

beforeAll(async () => {
  assertBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'kz-embed-print-'));
  for (const chart of chartIds) await writeFile(join(dir, `${chart}.html`), pageFor(chart));
  server = await startStaticServer({ mounts: { '/': dir, '/embed/': embedDist } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The chart's page at `width`, animated as a reader without reduced motion sees it, fully drawn. */
async function openChart(
  chart: ChartId,
  width: number,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; watched: Watched }> {
  const page = await browser.newPage({
    viewport: { width, height: 1000 },
    reducedMotion: 'no-preference',
    colorScheme,
  });
  const watched = await watch(page);
  await page.goto(`${server.url}/${chart}.html`);
  await waitUntilDrawn(page, `kz-${chart}`);
  return { page, watched };
}

/** The accent of the chart's figure as the screen shows it at `width`. */
async function accentOnScreen(chart: ChartId, width: number): Promise<number> {
  const { page } = await openChart(chart, width);
  const shot = await page.locator(`kz-${chart}`).screenshot();
  await page.close();
  return pixelsOfColour(shot, lightAccent);
}

describe.each(chartIds)('%s printed', (chart) => {
  const texts = figureTexts(chart, { locale: 'en' });

  it.each(paper)('on $name holds the marks of the screen at the same width, in either screen theme', async (sheet) => {
    const onScreen = await accentOnScreen(chart, sheet.width);
    expect(onScreen).toBeGreaterThan(100);
    for (const colorScheme of schemes) {
      const { page, watched } = await openChart(chart, screenWidth, colorScheme);
      const pdf = await page.pdf({ ...sheet.pdf, printBackground: true });
      await page.close();
      const printed = pdfPages(pdf).reduce((sum, png) => sum + pixelsOfColour(png, lightAccent), 0);
      // Printed and screen pixels differ only by anti-aliasing (most on the line's thin strokes): the
      // marks are whole, none clipped, and the automatic theme prints light under a dark screen.
      const seen = `${sheet.name}, ${colorScheme} screen: ${printed} accent pixels printed, ${onScreen} on screen`;
      expect(printed / onScreen, seen).toBeGreaterThan(1 - antiAliasing);
      expect(printed / onScreen, seen).toBeLessThan(1 + antiAliasing);
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain(texts.title);
      for (const note of texts.notes) expect(text).toContain(note.slice(0, 40));
      expect(text).toContain('Source:');
      for (const label of actionLabels) expect(text).not.toContain(label);
      expect(watched.errors).toEqual([]);
    }
  });

  it('prints the data table when the reader opened it, and each source’s address', async () => {
    const { page } = await openChart(chart, screenWidth);
    const closed = pdfText(await page.pdf({ format: 'A4' })).replace(/\s+/g, ' ');
    await page.getByRole('button', { name: 'Show table' }).click();
    const opened = pdfText(await page.pdf({ format: 'A4' })).replace(/\s+/g, ' ');
    await page.close();
    const caption = texts.table.caption.replace(/\s+/g, ' ');
    expect(opened).toContain(caption);
    expect(closed).not.toContain(caption);
    for (const source of texts.sources) if (source.url) expect(opened).toContain(`(${source.url})`);
  });
});

describe.each(chartIds)('%s resized', (chart) => {
  it('shows the final marks in the first frames after 1100 → 800 → 375 px', async () => {
    const { page } = await openChart(chart, 1100);
    for (const width of [800, 375]) {
      await page.setViewportSize({ width, height: 1000 });
      await expectFinalMarks(page, `kz-${chart}`, lightAccent);
    }
    await page.close();
  });
});
