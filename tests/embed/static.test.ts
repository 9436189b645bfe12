import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { type Locale, locales } from '@kz-trafficking/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approximateHeights,
  type ChartId,
  chartIds,
  figureTexts,
  staticHeights,
  staticStem,
  staticThemes,
  staticVariant,
  staticWidth,
} from '../../packages/core/src/embed.js';
import { launchChromium } from '../../scripts/chromium.js';
import { assertBuilt, embedDist } from './helpers.js';

const cases = chartIds.flatMap((chart) =>
  locales.flatMap((locale) =>
    staticThemes.map((theme) => ({ chart, locale, theme, stem: staticStem(chart, locale, theme) })),
  ),
);

/** The PNG's size and its iTXt text chunks. */
function readPng(bytes: Buffer): { width: number; height: number; texts: Record<string, string> } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  const texts: Record<string, string> = {};
  let offset = 8;
  let sawEnd = false;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'iTXt') {
      const keywordEnd = data.indexOf(0);
      const keyword = data.toString('latin1', 0, keywordEnd);
      const compressed = data[keywordEnd + 1] === 1;
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const translatedEnd = data.indexOf(0, languageEnd + 1);
      const text = data.subarray(translatedEnd + 1);
      texts[keyword] = (compressed ? inflateSync(text) : text).toString('utf8');
    }
    if (type === 'IEND') sawEnd = true;
    offset += 12 + length;
  }
  expect(sawEnd).toBe(true);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), texts };
}

let browser: Browser;
beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('heights held for charts before they are drawn', () => {
  it('are within 5 % of the heights measured at 640 px in Russian', () => {
    const manifest = JSON.parse(readFileSync(join(embedDist, 'static/manifest.json'), 'utf8')) as {
      frameHeights: Record<string, Record<string, number>>;
    };
    for (const chart of chartIds) {
      const measured = manifest.frameHeights[chart]?.ru ?? 0;
      expect(Math.abs(approximateHeights[chart] - measured) / measured, chart).toBeLessThanOrEqual(0.05);
    }
  });
});

describe('static images', () => {
  it('are exactly as tall as core’s staticHeights say, which the snippets’ <img> sizes come from', () => {
    const manifest = JSON.parse(readFileSync(join(embedDist, 'static/manifest.json'), 'utf8')) as {
      files: { chart: ChartId; breakdown?: string; locale: Locale; width: number; height: number }[];
    };
    expect(manifest.files).toHaveLength(30);
    for (const file of manifest.files) {
      expect({ width: file.width, height: file.height }).toEqual({
        width: staticWidth,
        height: staticHeights[staticVariant(file.chart, file.breakdown)][file.locale],
      });
    }
  });

  it('has one SVG, PNG and HTML snippet per chart × locale × theme (24 each)', () => {
    const manifest = JSON.parse(readFileSync(join(embedDist, 'static/manifest.json'), 'utf8')) as {
      files: { stem: string }[];
    };
    const stems = manifest.files.map((file) => file.stem);
    expect(cases).toHaveLength(24);
    for (const { stem } of cases) expect(stems).toContain(stem);
  });

  it('writes valid SVG documents with the title, in their theme', async () => {
    const page = await browser.newPage();
    for (const { chart, locale, theme, stem } of cases) {
      const svg = readFileSync(join(embedDist, `static/${stem}.svg`), 'utf8');
      const parsed = await page.evaluate((text) => {
        const document = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          root: document.documentElement.nodeName,
          error: document.querySelector('parsererror')?.textContent ?? null,
          title: document.querySelector('svg > title')?.textContent ?? null,
          description: document.querySelector('svg > desc')?.textContent ?? null,
          marks: document.querySelectorAll('.kzt-mark').length,
          background: document.querySelector('svg > rect')?.getAttribute('fill') ?? null,
        };
      }, svg);
      const texts = figureTexts(chart, { locale });
      expect(parsed, stem).toMatchObject({ root: 'svg', error: null, title: texts.title });
      // The description is the chart's own, as Chromium's Intl formats it (its kk data may differ from Node's).
      expect(parsed.description?.length, stem).toBeGreaterThan(40);
      expect(parsed.marks, stem).toBeGreaterThan(0);
      expect(parsed.background, stem).toBe(theme === 'dark' ? '#161616' : '#ffffff');
      expect(svg, stem).not.toMatch(/<script|\son\w+=|javascript:/i);
    }
    await page.close();
  });

  it('writes valid PNG images with the title and description in their text chunks', () => {
    for (const { chart, locale, stem } of cases) {
      const png = readPng(readFileSync(join(embedDist, `static/${stem}.png`)));
      const texts = figureTexts(chart, { locale });
      expect(png.width, stem).toBe(1280);
      expect(png.height, stem).toBeGreaterThan(600);
      expect(png.texts, stem).toEqual({ Title: texts.title, Description: texts.description });
    }
  });

  it('writes a zero-JS figure snippet with the image, alt text, caption and only http(s) source links', () => {
    for (const { chart, locale, stem } of cases) {
      const html = readFileSync(join(embedDist, `static/${stem}.html`), 'utf8');
      const texts = figureTexts(chart, { locale });
      expect(html, stem).toContain(`src="${stem}.svg"`);
      expect(html, stem).toContain('alt="');
      expect(html, stem).toContain(`<figcaption><strong>${texts.title.replaceAll('"', '&#34;')}</strong>`);
      for (const link of html.matchAll(/<a href="([^"]*)"/g)) expect(link[1], stem).toMatch(/^https?:\/\//);
      if (chart !== 'crime-trend-line' && chart !== 'victim-gender-donut')
        expect(html, stem).toMatch(/<a href="https:\/\//);
      expect(html, stem).not.toMatch(/<script/);
    }
  });
});
