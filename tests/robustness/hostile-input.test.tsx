import { cleanup, fireEvent, render, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sourceLines } from '../../packages/core/src/charts/sources.js';
import { sources } from '../../packages/core/src/dataset.js';
import { type BundledSourceId, toCsv } from '../../packages/core/src/index.js';
import { catalogues } from '../../packages/core/src/messages.js';
import { CrimeTrendLine, RegionalShare, SlaveryIndexBar, VictimGenderDonut } from '../../packages/react/src/index.js';
import { blobText, type CapturedDownloads, captureDownloads } from '../react/helpers/downloads.js';
import { hostileTexts } from './arbitraries.js';

// Issue #9, "hostile input": titles, notes, labels, country and region names and custom data that
// carry HTML, <script>, event handlers, javascript:/data: URLs, CSS escapes and direction overrides
// are rendered as inert text. Each hostile text is rendered in every text a caller controls; the
// DOM, the chart's SVG and the downloaded SVG must hold no element and no attribute that the same
// chart with plain texts does not have, and every link is an http(s) source link. The downloaded
// CSV neutralises formulas.

/** Every text a caller controls, for one chart, set to `value`. */
type Build = (value: string) => ReactElement;

// Codes that Intl has no name for, so that the caller's name is the label drawn.
const customRows = (value: string) => [
  { iso2: 'AA', name: value, prevalencePer1000: 7.5, estimatedPeople: 1200, population: null },
  { iso2: 'AB', name: `${value} 2`, prevalencePer1000: 3, estimatedPeople: null, population: null },
  { iso2: 'KZ', name: value, prevalencePer1000: 2.5, estimatedPeople: 50_000, population: 20_000_000 },
];
const common = (value: string) => ({
  title: value,
  subtitle: value,
  notes: [value, value, `${value}!`],
  sources: [{ text: value, url: value }],
  className: value,
  locale: 'en' as const,
  animate: false,
});

const charts: { name: string; build: Build }[] = [
  {
    name: 'SlaveryIndexBar',
    build: (value) => <SlaveryIndexBar {...common(value)} data={customRows(value)} highlight="AA" />,
  },
  {
    name: 'CrimeTrendLine',
    build: (value) => (
      <CrimeTrendLine
        {...common(value)}
        data={[
          { year: 2023, total: 10, art128: null, art135: 2 },
          { year: 2024, total: 14, art128: 5, art135: 3 },
        ]}
      />
    ),
  },
  { name: 'VictimGenderDonut', build: (value) => <VictimGenderDonut {...common(value)} /> },
  {
    name: 'RegionalShare',
    build: (value) => (
      <RegionalShare {...common(value)} values={{ 'KZ-75': 5, 'KZ-19': 2 }} total={9} remainderLabel={value} />
    ),
  },
];

const plain = 'Plain text';
const urlAttributes = ['href', 'xlink:href', 'src', 'action', 'formaction', 'srcdoc', 'background'];

/** Tag names and attribute names present under `root`. */
function inventory(root: Element): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const element of [root, ...root.querySelectorAll('*')]) {
    tags.add(element.tagName.toLowerCase());
    for (const attribute of element.attributes) attributes.add(attribute.name.toLowerCase());
  }
  return { tags, attributes };
}

/** No element, attribute or link in `root` that `baseline` does not have; no handler, no script URL. */
function expectInert(root: Element, baseline: ReturnType<typeof inventory>, where: string): void {
  const found = inventory(root);
  expect(
    [...found.tags].filter((tag) => !baseline.tags.has(tag)),
    `${where}: injected elements`,
  ).toEqual([]);
  expect(
    [...found.attributes].filter((name) => !baseline.attributes.has(name)),
    `${where}: injected attributes`,
  ).toEqual([]);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of element.attributes) {
      expect(attribute.name.toLowerCase().startsWith('on'), `${where}: ${attribute.name}`).toBe(false);
      if (urlAttributes.includes(attribute.name.toLowerCase()) && !attribute.value.startsWith('#'))
        expect(attribute.value, `${where}: ${element.tagName} ${attribute.name}`).toMatch(
          /^(https?:\/\/|url\(#|blob:)/i,
        );
    }
  }
  for (const script of root.querySelectorAll('script, iframe, object, embed, foreignObject, img, math'))
    expect.fail(`${where}: ${script.tagName} was injected`);
}

async function downloadedSvg(figure: HTMLElement, captured: CapturedDownloads): Promise<string> {
  fireEvent.click(within(figure).getByRole('button', { name: 'Download SVG' }));
  return blobText(await captured.next());
}

afterEach(() => {
  cleanup();
  expect((globalThis as { __kztPwned?: unknown }).__kztPwned).toBeUndefined();
});

describe.each(charts)('$name with hostile texts', ({ build }) => {
  const baseline = { dom: inventory(document.createElement('div')), svg: inventory(document.createElement('div')) };

  beforeAll(async () => {
    const captured = captureDownloads();
    const { container } = render(build(plain));
    baseline.dom = inventory(container);
    const figure = container.querySelector('figure') as HTMLElement;
    const svg = new DOMParser().parseFromString(await downloadedSvg(figure, captured), 'image/svg+xml');
    baseline.svg = inventory(svg.documentElement);
    cleanup();
    vi.restoreAllMocks();
  });

  it.each(hostileTexts.map((value) => [JSON.stringify(value).slice(0, 60), value] as const))(
    'renders %s as inert text in the page and in the downloaded SVG',
    async (_label, value) => {
      const captured = captureDownloads();
      const { container } = render(build(value));
      const figure = container.querySelector('figure') as HTMLElement;
      expect(figure.querySelector('.kzt-box svg'), 'the chart is drawn').not.toBeNull();
      expectInert(container, baseline.dom, 'DOM');
      // The texts are there, as written.
      expect(figure.querySelector('.kzt-title')?.textContent).toBe(value);
      expect(figure.querySelector('.kzt-subtitle')?.textContent).toBe(value);
      expect([...figure.querySelectorAll('.kzt-notes li')].map((item) => item.textContent)).toEqual([
        value,
        value,
        `${value}!`,
      ]);
      expect(figure.querySelector('.kzt-source')?.textContent).toBe(`Source: ${value}`);
      expect(figure.querySelectorAll('style')).toHaveLength(1);
      for (const link of figure.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);

      const text = await downloadedSvg(figure, captured);
      const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(svg.getElementsByTagName('parsererror'), 'the SVG is well-formed').toHaveLength(0);
      expectInert(svg.documentElement, baseline.svg, 'downloaded SVG');
      // XML normalises line ends, and the file leaves out the characters XML cannot hold.
      const inXml = [...value.replace(/\r\n?/g, '\n')]
        .filter((char) => (char.codePointAt(0) ?? 0) >= 0x20 || char === '\t' || char === '\n')
        .join('');
      expect(svg.querySelector('title')?.textContent).toBe(inXml);
      expect(svg.getElementsByTagName('style')).toHaveLength(baseline.svg.tags.has('style') ? 1 : 0);
    },
  );

  it('keeps hostile texts inert in the error state too', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const value of hostileTexts) {
      const { container } = render(
        <SlaveryIndexBar title={value} notes={[value]} countries={[value]} locale="en" onError={() => {}} />,
      );
      const figure = container.querySelector('figure') as HTMLElement;
      expect(within(figure).getByRole('alert')).toBeTruthy();
      expect(figure.querySelector('.kzt-title')?.textContent).toBe(value);
      expect(figure.querySelectorAll('script, img, iframe, a, math, svg')).toHaveLength(0);
      expect(figure.querySelectorAll('style')).toHaveLength(1);
      cleanup();
    }
  });
});

describe('downloaded CSV', () => {
  const formulas = ['=1+1', '+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://evil.example","x")'];

  it('prefixes every cell that starts like a formula, from custom names and labels', async () => {
    const captured = captureDownloads();
    // Codes Intl has no name for, so that the caller's names are written.
    const codes = ['AA', 'AB', 'AH', 'AJ', 'AK', 'AP', 'AV'];
    const rows = formulas.map((name, index) => ({
      iso2: codes[index] as string,
      name,
      prevalencePer1000: index + 1,
      estimatedPeople: null,
      population: null,
    }));
    const views = [
      render(<SlaveryIndexBar locale="en" data={rows} />),
      render(<RegionalShare locale="en" values={{ 'KZ-75': 1 }} total={3} remainderLabel="=cmd|' /C calc'!A0" />),
    ];
    const cells: string[] = [];
    for (const view of views) {
      fireEvent.click(within(view.container).getByRole('button', { name: 'Download CSV' }));
      const csv = await blobText(await captured.next());
      // Quoted fields may hold commas and line breaks: split on field boundaries, then unquote.
      for (const match of csv.replace(/^\uFEFF/, '').matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n)/g))
        cells.push((match[1] ?? '').replace(/^"|"$/g, '').replaceAll('""', '"'));
    }
    const written = cells.filter((cell) => /^'/.test(cell));
    expect(written.length).toBe(formulas.length + 1);
    for (const cell of cells) expect(cell, 'a cell would run as a formula').not.toMatch(/^[=+\-@\t\r]/);
  });

  it('leaves numbers, including negative ones, as numbers', () => {
    const csv = toCsv({ caption: '', columns: ['a', 'b'], rows: [[-1, '-1']] });
    expect(csv).toBe("a,b\r\n-1,'-1\r\n");
  });
});

describe('source links', () => {
  it('are http(s) or absent for every source in every locale', () => {
    const ids = Object.keys(sources) as BundledSourceId[];
    for (const messages of Object.values(catalogues)) {
      for (const source of ids) {
        for (const via of [undefined, ...ids]) {
          for (const line of sourceLines([{ source, via }], messages)) {
            if (line.url !== null) expect(line.url).toMatch(/^https?:\/\//);
          }
        }
      }
    }
  });
});
