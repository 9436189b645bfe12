// @vitest-environment jsdom
// One figure text, wherever a figure is shown: the React chart (rendered to HTML, as a server
// would), the static build's manifest and <figure> snippets, and the snippets embedSnippets writes,
// for every chart × locale × pre-rendered option.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ChartId, embedSnippets, figureTexts } from '../../packages/core/src/embed.js';
import type { Locale, SourceLine } from '../../packages/core/src/index.js';
import {
  CrimeTrendLine,
  loadTexts,
  RegionalShare,
  SlaveryIndexBar,
  VictimGenderDonut,
} from '../../packages/react/src/index.js';
import { assertBuilt, embedDist } from './helpers.js';

interface ManifestFile {
  chart: ChartId;
  breakdown?: 'sex' | 'citizenship';
  locale: Locale;
  theme: string;
  stem: string;
  title: string;
}

function reactChart({ chart, locale, breakdown }: ManifestFile): ReactElement {
  switch (chart) {
    case 'slavery-index-bar':
      return createElement(SlaveryIndexBar, { locale });
    case 'crime-trend-line':
      return createElement(CrimeTrendLine, { locale });
    case 'victim-gender-donut':
      return createElement(VictimGenderDonut, { locale, breakdown });
    case 'regional-share':
      return createElement(RegionalShare, { locale });
  }
}

/**
 * What the React figure says, read from its server-rendered HTML as a reader's browser gets it
 * (renderToString draws the figure only once its texts are loaded, as a server does after loadTexts).
 */
function reactFigureTexts(file: ManifestFile) {
  const page = new DOMParser().parseFromString(renderToString(reactChart(file)), 'text/html');
  const text = (selector: string) => page.querySelector(selector)?.textContent ?? null;
  return {
    title: text('.kzt-title'),
    subtitle: text('.kzt-subtitle'),
    description: text('[id$="-description"]'),
    notes: [...page.querySelectorAll('.kzt-notes li')].map((note) => note.textContent),
    sourceLine: text('.kzt-source'),
    links: [...page.querySelectorAll('.kzt-source a')].map((link) => link.getAttribute('href')),
    caption: text('caption'),
  };
}

function sourceLine(label: string, sources: readonly SourceLine[]): string {
  return `${label}: ${sources.map((source) => source.text).join('; ')}`;
}

function unescapeHtml(html: string): string {
  const field = document.createElement('textarea');
  field.innerHTML = html;
  return field.value;
}

describe('figure texts, from one function per chart', () => {
  let files: ManifestFile[] = [];
  beforeAll(async () => {
    assertBuilt();
    await loadTexts();
    files = (JSON.parse(readFileSync(join(embedDist, 'static/manifest.json'), 'utf8')) as { files: ManifestFile[] })
      .files;
  });

  it('covers every chart, locale and pre-rendered option of the static build', () => {
    const variants = new Set(files.map((file) => `${file.chart}:${file.breakdown ?? ''}:${file.locale}`));
    expect(variants.size).toBe(5 * 3);
  });

  it('are the same in the React figure, core’s figure texts and embedSnippets', () => {
    for (const file of files) {
      const options = { locale: file.locale, ...(file.breakdown ? { breakdown: file.breakdown } : {}) };
      const core = figureTexts(file.chart, options);
      const react = reactFigureTexts(file);
      expect(react, file.stem).toEqual({
        title: core.title,
        subtitle: core.subtitle,
        description: core.description,
        notes: core.notes,
        sourceLine: sourceLine(core.sourceLabel, core.sources),
        links: core.sources.flatMap((source) => (source.url ? [source.url] : [])),
        caption: core.table.caption,
      });
      const snippets = embedSnippets(file.chart, options, 'https://charts.example.org/kz');
      expect(unescapeHtml(/<iframe [^>]*title="([^"]*)"/.exec(snippets.iframe)?.[1] ?? ''), file.stem).toBe(
        react.title,
      );
      expect(unescapeHtml(/ alt="([^"]*)"/.exec(snippets.static ?? '')?.[1] ?? ''), file.stem).toBe(react.description);
    }
  });

  it('are the same in the static manifest and the static <figure> snippets', () => {
    for (const file of files) {
      const react = reactFigureTexts(file);
      expect(file.title, file.stem).toBe(react.title);
      const snippet = new DOMParser().parseFromString(
        readFileSync(join(embedDist, `static/${file.stem}.html`), 'utf8'),
        'text/html',
      );
      expect(snippet.querySelector('img')?.getAttribute('alt'), file.stem).toBe(react.description);
      expect(snippet.querySelector('figcaption strong')?.textContent, file.stem).toBe(react.title);
      expect(snippet.querySelector('figcaption')?.textContent, file.stem).toBe(
        `${react.title}. ${react.subtitle}. ${react.sourceLine}`,
      );
    }
  });
});
