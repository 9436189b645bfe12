// Pre-renders every chart × locale × theme for zero-JS embeds, for real, in Chromium (Recharts 3
// draws nothing on the server): the iframe page is opened at 640 px, the figure's standalone SVG
// (the same code as its "Download SVG" button) is saved, rasterised to PNG at 2× with the title
// and description in the PNG's text chunks, and a <figure> snippet is written next to them. Each is
// also a chart page (pages/<chart>.<locale>.<light|dark|auto>.html) that shows the picture and the data
// table without JavaScript, then draws the chart in their place.
// Each chart page has an oEmbed JSON beside it (pages/<stem>.oembed.json) and in its <head> the
// oEmbed discovery link, Open Graph and Twitter tags, with a 1200 × 630 social card per chart × locale
// (static/<chart>.<locale>.card.png); their absolute addresses start with the published base URL.
// Writes packages/embed/dist/static/ with manifest.json (also the figures' heights at 640 px) and pages/.
// Usage: tsx scripts/embed-static.ts [--base-url=https://…/dist] [--allow-data-origin=https://…]
// (after the embed build; or KZ_EMBED_BASE_URL; default: the package's versioned jsDelivr address;
// the chart pages take an update from their own origin and those allowed: KZ_EMBED_DATA_ORIGINS)
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { locales } from '@kz-trafficking/core';
import type { Page } from 'playwright-core';
import {
  type ChartId,
  chartIds,
  escapeHtml,
  figureTexts,
  staticFigureHtml,
  staticHeights,
  staticImages,
  staticPictureHtml,
  staticStem,
  staticThemes,
  staticVariant,
  staticWidth,
  tagName,
} from '../packages/core/src/embed.js';
import { launchChromium } from './chromium.js';
import { framePage } from './embed-build.js';
import { allowedDataOrigins } from './embed-data-origins.js';
import { cardSize, oembedResponse, publishedBase, publishedHead } from './embed-publish.js';
import { startStaticServer } from './embed-server.js';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'packages/embed/dist');
const out = join(dist, 'static');
/** The chart pages of the pre-rendered options, which draw without JavaScript. */
const pagesOut = join(dist, 'pages');

/** What is pre-rendered: each chart with its default options, and the donut's citizenship variant. */
export const staticVariants: readonly { chart: ChartId; breakdown?: string }[] = [
  ...chartIds.map((chart) => ({ chart })),
  { chart: 'victim-gender-donut', breakdown: 'citizenship' },
];

// CRC-32 for PNG chunks.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A compressed international text chunk (UTF-8): `keyword` = `text`. */
function itxtChunk(keyword: string, text: string, language: string): Buffer {
  const data = Buffer.concat([
    Buffer.from(keyword, 'latin1'),
    Buffer.from([0, 1, 0]),
    Buffer.from(language, 'latin1'),
    Buffer.from([0, 0]),
    deflateSync(Buffer.from(text, 'utf8')),
  ]);
  const type = Buffer.from('iTXt', 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  return Buffer.concat([length, type, data, crc]);
}

/** `png` with text chunks inserted right after its header chunk. */
export function withPngText(png: Buffer, texts: Record<string, string>, language: string): Buffer {
  const headerEnd = 8 + 8 + png.readUInt32BE(8) + 4;
  const chunks = Object.entries(texts).map(([keyword, text]) => itxtChunk(keyword, text, language));
  return Buffer.concat([png.subarray(0, headerEnd), ...chunks, png.subarray(headerEnd)]);
}

export interface StaticEntry {
  chart: ChartId;
  breakdown?: string;
  locale: string;
  theme: string;
  stem: string;
  title: string;
  width: number;
  height: number;
}

/** The figure's SVG (from the element's toSvg()), or `null` before it is drawn. */
function figureSvg(page: Page, chart: ChartId): Promise<string | null> {
  return page.evaluate(
    (tag) => (document.querySelector(tag) as (HTMLElement & { toSvg(): string | null }) | null)?.toSvg() ?? null,
    tagName(chart),
  );
}

const svgHeight = (svg: string) => Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);

/** Largest share of its height the chart box may give or take to bring a figure to its static height. */
const boxTolerance = 0.1;

/**
 * The drawn figure's SVG at exactly `height` pixels: its chart box takes up the difference, so that
 * core's `staticHeights` are the images' own sizes whatever the fonts on the building machine.
 */
async function figureSvgAtHeight(page: Page, chart: ChartId, height: number, stem: string): Promise<string> {
  const natural = await figureSvg(page, chart);
  if (!natural) throw new Error(`${stem} drew no SVG.`);
  const difference = height - svgHeight(natural);
  if (difference === 0) return natural;
  const box = await page.evaluate(
    (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.kzt-box')?.getBoundingClientRect().height ?? 0,
    tagName(chart),
  );
  if (Math.abs(difference) > box * boxTolerance) {
    throw new Error(
      `${stem} is ${svgHeight(natural)} px tall, ${difference} px from its staticHeights entry (${height}) in core: update the entry.`,
    );
  }
  await page.evaluate(({ tag, boxHeight }) => document.querySelector(tag)?.setAttribute('height', String(boxHeight)), {
    tag: tagName(chart),
    boxHeight: Math.round(box + difference),
  });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const svg = await figureSvg(page, chart);
    if (svg && svgHeight(svg) === height) return svg;
    await page.waitForTimeout(20);
  }
  throw new Error(`${stem} did not reach its static height of ${height} px.`);
}

function measured(heights: Record<string, Record<string, number>>, variant: string, locale: string): number {
  const height = heights[variant]?.[locale];
  if (!height) throw new Error(`No page height was measured for ${variant} in ${locale}.`);
  return height;
}

/** The social card: the light figure on its background, whole, in the middle of a 1200 × 630 image. */
async function socialCard(cardPage: Page, svg: string): Promise<Buffer> {
  await cardPage.setContent(
    `<body style="margin:0;width:${cardSize.width}px;height:${cardSize.height}px;display:flex;align-items:center;justify-content:center;background:#fff"><img alt="" style="max-width:100%;max-height:100%" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
  );
  await cardPage.locator('img').evaluate((image: HTMLImageElement) => image.decode());
  return cardPage.screenshot({ type: 'png', clip: { x: 0, y: 0, ...cardSize } });
}

async function main(): Promise<void> {
  const base = publishedBase(process.argv.slice(2), process.env);
  const dataOrigins = allowedDataOrigins(process.argv.slice(2), process.env);
  const server = await startStaticServer({ mounts: { '/': dist } });
  const browser = await launchChromium();
  const entries: StaticEntry[] = [];
  /**
   * Heights of the iframe page at 640 px with the default actions, per pre-rendered variant (the
   * donut by citizenship too: the oEmbed heights) and locale; the manifest keeps each chart's own.
   */
  const variantHeights: Record<string, Record<string, number>> = {};
  try {
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    await rm(pagesOut, { recursive: true, force: true });
    await mkdir(pagesOut, { recursive: true });
    const context = await browser.newContext({
      viewport: { width: staticWidth + 4, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const imagePage = await (
      await browser.newContext({ viewport: { width: 800, height: 800 }, deviceScaleFactor: 2 })
    ).newPage();
    // At one pixel per CSS pixel: social networks take the card's pixel size as it is.
    const cardPage = await (await browser.newContext({ viewport: cardSize, deviceScaleFactor: 1 })).newPage();
    // The iframe page's height in a 640 px wide iframe (light theme, default actions): the
    // first height of the iframe snippet, so that the resizer has nothing to change at that width.
    await page.setViewportSize({ width: staticWidth, height: 900 });
    for (const { chart, breakdown } of staticVariants) {
      for (const locale of locales) {
        const query = new URLSearchParams({ locale, theme: 'light', ...(breakdown ? { breakdown } : {}) });
        await page.goto(`${server.url}/${chart}.html?${query}`);
        await page.locator('figure[data-kzt-drawn]').waitFor();
        const height = await page.evaluate(() =>
          Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 0),
        );
        const variant = staticVariant(chart, breakdown);
        variantHeights[variant] = { ...variantHeights[variant], [locale]: height };
      }
    }
    await page.setViewportSize({ width: staticWidth + 4, height: 900 });
    for (const { chart, breakdown } of staticVariants) {
      for (const locale of locales) {
        for (const theme of staticThemes) {
          const query = new URLSearchParams({ locale, theme, ...(breakdown ? { breakdown } : {}) });
          await page.goto(`${server.url}/${chart}.html?${query}`);
          await page.locator('figure[data-kzt-drawn]').waitFor();
          const stem = staticStem(chart, locale, theme, breakdown);
          const svg = await figureSvgAtHeight(
            page,
            chart,
            staticHeights[staticVariant(chart, breakdown)][locale],
            stem,
          );
          const texts = figureTexts(chart, { locale, breakdown });
          const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
          const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
          await writeFile(join(out, `${stem}.svg`), svg);
          await imagePage.setViewportSize({ width, height });
          await imagePage.setContent(
            `<body style="margin:0"><img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
          );
          await imagePage.locator('img').evaluate((image: HTMLImageElement) => image.decode());
          const png = await imagePage.locator('img').screenshot({ type: 'png' });
          await writeFile(
            join(out, `${stem}.png`),
            withPngText(png, { Title: texts.title, Description: texts.description }, locale),
          );
          const cardStem = staticStem(chart, locale, 'card', breakdown);
          if (theme === 'light') {
            const card = await socialCard(cardPage, svg);
            await writeFile(join(out, `${cardStem}.png`), withPngText(card, { Title: texts.title }, locale));
          }
          const html = staticFigureHtml(texts, { light: `${stem}.svg` }, { width, height });
          await writeFile(join(out, `${stem}.html`), `${html}\n`);
          // The chart pages for these options: the picture and the chart's own data table.
          const tableHtml = await page.evaluate(
            (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.kzt-table table')?.outerHTML ?? '',
            tagName(chart),
          );
          const pageThemes = theme === 'light' ? (['light', 'auto'] as const) : [theme];
          for (const pageTheme of pageThemes) {
            const images = staticImages('../static', chart, locale, pageTheme, breakdown);
            const options = new URLSearchParams({
              locale,
              ...(pageTheme === 'auto' ? {} : { theme: pageTheme }),
              ...(breakdown ? { breakdown } : {}),
            });
            const pageStem = staticStem(chart, locale, pageTheme, breakdown);
            const published = {
              chart,
              base,
              url: `${base}/pages/${pageStem}.html`,
              oembedUrl: `${base}/pages/${pageStem}.oembed.json`,
              title: texts.title,
              description: texts.description,
              locale,
              width: staticWidth,
              height: measured(variantHeights, staticVariant(chart, breakdown), locale),
              cardUrl: `${base}/static/${cardStem}.png`,
            };
            await writeFile(
              join(pagesOut, `${pageStem}.oembed.json`),
              `${JSON.stringify(oembedResponse(published), null, 2)}\n`,
            );
            const body = `<div class="kz-prerendered">${staticPictureHtml(texts, images, { width, height }, true)}<details><summary>${escapeHtml(texts.table.caption)}</summary>${tableHtml}</details></div>`;
            await writeFile(
              join(pagesOut, `${pageStem}.html`),
              framePage(chart, {
                locale,
                title: texts.title,
                options: options.toString(),
                body,
                up: '../',
                head: publishedHead(published),
                dataOrigins,
              }),
            );
          }
          entries.push({
            chart,
            ...(breakdown ? { breakdown } : {}),
            locale,
            theme,
            stem,
            title: texts.title,
            width,
            height,
          });
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const frameHeights = Object.fromEntries(chartIds.map((chart) => [chart, variantHeights[chart]]));
  await writeFile(
    join(out, 'manifest.json'),
    `${JSON.stringify({ width: staticWidth, frameHeights, files: entries }, null, 2)}\n`,
  );
  console.log(`Rendered ${entries.length} figures (SVG, PNG, HTML) into ${out}`);
  console.log(`Iframe page heights at ${staticWidth} px: ${JSON.stringify(frameHeights)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
