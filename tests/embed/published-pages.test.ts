// @vitest-environment jsdom
// What the tools that pick a chart page up by its address read: its oEmbed JSON (found from the
// page's <head>, as WordPress and Ghost do), its Open Graph and Twitter tags and its social card,
// for every pre-rendered chart page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ChartId, figureTexts, staticStem } from '../../packages/core/src/embed.js';
import type { Locale } from '../../packages/core/src/index.js';
import { publishedBase } from '../../scripts/embed-publish.js';
import { assertBuilt, embedDist } from './helpers.js';

interface ManifestFile {
  chart: ChartId;
  breakdown?: string;
  locale: Locale;
  theme: 'light' | 'dark';
}

interface PublishedChartPage {
  file: string;
  url: string;
  texts: ReturnType<typeof figureTexts>;
  head: Document;
}

const base = publishedBase([], process.env);

/** The file in the build that a published address points to. */
function localFile(url: string | null | undefined): string {
  expect(url?.startsWith(`${base}/`), url ?? 'no address').toBe(true);
  return join(embedDist, (url ?? '').slice(base.length + 1));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let pages: PublishedChartPage[] = [];

beforeAll(() => {
  assertBuilt();
  const files = (JSON.parse(readFileSync(join(embedDist, 'static/manifest.json'), 'utf8')) as { files: ManifestFile[] })
    .files;
  pages = files.flatMap(({ chart, breakdown, locale, theme }) =>
    (theme === 'light' ? ['light', 'auto'] : [theme]).map((pageTheme) => {
      const file = `pages/${staticStem(chart, locale, pageTheme, breakdown)}.html`;
      return {
        file,
        url: `${base}/${file}`,
        texts: figureTexts(chart, { locale, ...(breakdown ? { breakdown } : {}) }),
        head: new DOMParser().parseFromString(readFileSync(join(embedDist, file), 'utf8'), 'text/html'),
      };
    }),
  );
});

describe('every pre-rendered chart page', () => {
  it('covers the three themes of each pre-rendered figure', () => {
    expect(pages).toHaveLength(5 * 3 * 3);
  });

  it('announces an oEmbed 1.0 rich response with its title, size, thumbnail and html', () => {
    for (const page of pages) {
      const links = page.head.querySelectorAll('head link[rel="alternate"][type="application/json+oembed"]');
      expect(links, page.file).toHaveLength(1);
      const response = JSON.parse(readFileSync(localFile(links[0]?.getAttribute('href')), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(response, page.file).toMatchObject({
        type: 'rich',
        version: '1.0',
        title: page.texts.title,
        provider_name: 'kz-trafficking-charts',
        width: 640,
        thumbnail_width: 1200,
        thumbnail_height: 630,
      });
      expect(Number.isInteger(response.height) && (response.height as number) > 400, page.file).toBe(true);
      expect(existsSync(localFile(response.thumbnail_url as string)), page.file).toBe(true);
      // The html WordPress keeps: the link shown until the chart has its height, then the iframe.
      const html = new DOMParser().parseFromString(response.html as string, 'text/html');
      expect(html.querySelector('blockquote a')?.getAttribute('href')).toBe(page.url);
      expect(html.querySelector('blockquote a')?.textContent).toBe(page.texts.title);
      const iframe = html.querySelector('iframe');
      expect(iframe?.getAttribute('src')).toBe(page.url);
      expect(iframe?.getAttribute('title')).toBe(page.texts.title);
      expect(iframe?.getAttribute('width')).toBe('640');
      expect(iframe?.getAttribute('height')).toBe(String(response.height));
    }
  });

  it('has its canonical address, Open Graph tags with a 1200 × 630 card and a large Twitter card', () => {
    for (const page of pages) {
      const meta = (property: string) =>
        page.head.querySelector(`head meta[property="${property}"]`)?.getAttribute('content') ?? null;
      expect(page.head.querySelector('head link[rel="canonical"]')?.getAttribute('href'), page.file).toBe(page.url);
      expect(meta('og:title'), page.file).toBe(page.texts.title);
      expect(meta('og:description'), page.file).toBe(page.texts.description);
      expect(meta('og:url'), page.file).toBe(page.url);
      expect(meta('og:image:alt'), page.file).toBe(page.texts.description);
      expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
      expect(pngSize(localFile(meta('og:image'))), page.file).toEqual({ width: 1200, height: 630 });
      expect(page.head.querySelector('head meta[name="twitter:card"]')?.getAttribute('content')).toBe(
        'summary_large_image',
      );
    }
  });
});
