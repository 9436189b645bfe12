import type { Locale } from '../types.js';
import { type AttributeName, type ChartId, chartAttributes, tagName } from './charts.js';
import { ampSnippet, pymSnippet } from './host-snippets.js';
import { escapeHtml, safeHttpUrl } from './html.js';
import { type EmbedOptions, listOption, optionLocale, type SnippetTexts } from './options.js';

/** The copy-paste snippets for one chart with one set of options, one per way of embedding it. */
export interface EmbedSnippets {
  /**
   * The loader script and the custom element, with the pre-rendered picture inside it when the options
   * are pre-rendered (shown until the chart is drawn, and kept by readers without JavaScript).
   */
  script: string;
  /**
   * The iframe and the resizer script. For pre-rendered options the iframe shows the chart page of
   * those options (`pages/<chart>.<locale>.<theme>.html`), which draws its figure without JavaScript.
   */
  iframe: string;
  /**
   * A zero-JS `<figure>` with the pre-rendered image, or `null` when the options are not among the
   * pre-rendered ones (custom countries, series or highlight): the figure's SVG/PNG download serves then.
   */
  static: string | null;
  /**
   * For pages that run NPR's Pym.js: its `data-pym-src` element and script, showing the same chart
   * page as the iframe (which answers Pym's messages).
   */
  pym: string;
  /**
   * For AMP pages: the `amp-iframe` script (its first line goes in the page's `<head>`) and an
   * `<amp-iframe>` of the same chart page, resizable, with AMP's overflow button and the
   * pre-rendered picture as its placeholder. AMP accepts only an https base address.
   */
  amp: string;
}

export interface SnippetSettings {
  /**
   * Leave out inline `style` attributes, for host pages whose Content-Security-Policy has no
   * `style-src 'unsafe-inline'`; the page's own CSS then sizes the iframe and the image
   * (`iframe[data-kz-chart]{width:100%;border:0}`, `img{max-width:100%;height:auto}`). Default `false`.
   */
  strictCsp?: boolean;
  /**
   * Height in pixels held for the chart before it is drawn (the iframe's first height, the custom
   * element's `min-height` until its script runs); default: the chart's height at 640 px.
   */
  height?: number;
  /** Pixel size of the static image; default: the pre-rendered size at 640 px wide. */
  imageSize?: { width: number; height: number };
}

/** Static images are rendered at this width, in both themes. */
export const staticWidth = 640;
export const staticThemes = ['light', 'dark'] as const;

/**
 * Figure heights at 640 px (ru), held for a chart before it is drawn (the iframe's first height, the
 * custom element's `min-height`) and the static image's aspect ratio; tests/embed/static.test.ts
 * checks them against the heights measured in Chromium.
 */
export const approximateHeights: Readonly<Record<ChartId, number>> = {
  'slavery-index-bar': 810,
  'crime-trend-line': 710,
  'victim-gender-donut': 730,
  'regional-share': 880,
};

/** The pre-rendered figures: each chart, and the donut by citizenship too. */
export type StaticVariant = ChartId | 'victim-gender-donut-citizenship';

/**
 * Heights of the pre-rendered SVG/PNG figures at 640 px, per locale. The static build draws each
 * figure at exactly this height (its chart box takes up the few pixels that fonts may differ by), so
 * that a snippet's `<img width height>` is the image's own size and nothing moves when it loads.
 */
export const staticHeights: Readonly<Record<StaticVariant, Readonly<Record<Locale, number>>>> = {
  'slavery-index-bar': { ru: 752, kk: 752, en: 736 },
  'crime-trend-line': { ru: 637, kk: 637, en: 637 },
  'victim-gender-donut': { ru: 679, kk: 705, en: 679 },
  'victim-gender-donut-citizenship': { ru: 627, kk: 642, en: 601 },
  'regional-share': { ru: 817, kk: 817, en: 791 },
};

/** The pre-rendered figure of `chart` with `breakdown`. */
export function staticVariant(chart: ChartId, breakdown?: string): StaticVariant {
  return chart === 'victim-gender-donut' && breakdown === 'citizenship' ? 'victim-gender-donut-citizenship' : chart;
}

/** The base address of the embed files without a trailing slash; throws unless it is http(s). */
export function embedBase(baseUrl: string): string {
  const safe = safeHttpUrl(baseUrl);
  if (!safe)
    throw new TypeError(`The embed base address must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}.`);
  const url = new URL(safe);
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}

/** An update file's address for the snippets: absolute http(s), or a TypeError. */
function updateAddress(address: string): string {
  const safe = safeHttpUrl(address);
  if (!safe)
    throw new TypeError(`The update's address must be an absolute http(s) URL, got ${JSON.stringify(address)}.`);
  return safe;
}

/** The stem of a static file: `<chart>[-citizenship].<locale>.<theme>`. */
export function staticStem(chart: ChartId, locale: string, theme: string, breakdown?: string): string {
  return `${staticVariant(chart, breakdown)}.${locale}.${theme}`;
}

/**
 * The pre-rendered SVGs of `chart` in `folder` (an address or a relative path, without a trailing
 * slash): both for `auto` (the picture follows the reader's colour scheme), else the theme's own.
 */
export function staticImages(
  folder: string,
  chart: ChartId,
  locale: string,
  theme: 'auto' | 'light' | 'dark',
  breakdown?: string,
): { light: string; dark?: string } {
  const file = (name: string) => `${folder}/${staticStem(chart, locale, name, breakdown)}.svg`;
  return theme === 'auto' ? { light: file('light'), dark: file('dark') } : { light: file(theme) };
}

/** The chart's options as attributes / query parameters, in a stable order; defaults left out. */
export function optionEntries(chart: ChartId, options: EmbedOptions): [AttributeName, string][] {
  const entries: [AttributeName, string][] = [['locale', optionLocale(options)]];
  if (options.theme && options.theme !== 'auto') entries.push(['theme', options.theme]);
  for (const name of chartAttributes[chart] as readonly AttributeName[]) {
    if (name === 'breakdown') {
      if (options.breakdown !== undefined && options.breakdown !== 'sex')
        entries.push(['breakdown', options.breakdown]);
      continue;
    }
    const list = listOption(options[name as 'countries' | 'highlight' | 'series']);
    if (list !== undefined) entries.push([name, list.join(',')]);
  }
  if (options.title !== undefined) entries.push(['chart-title', options.title]);
  if (options.subtitle !== undefined) entries.push(['chart-subtitle', options.subtitle]);
  return entries;
}

/** The pre-rendered image, in the reader's colour scheme when a dark one is given; alt text is the description. */
export function staticPictureHtml(
  texts: SnippetTexts,
  images: { light: string; dark?: string },
  size: { width: number; height: number },
  strictCsp: boolean,
): string {
  const style = strictCsp ? '' : ' style="display:block;max-width:100%;height:auto"';
  const image = `<img src="${escapeHtml(images.light)}" width="${Math.round(size.width)}" height="${Math.round(size.height)}" alt="${escapeHtml(texts.description)}" loading="lazy" decoding="async"${style}>`;
  return images.dark
    ? `<picture><source media="(prefers-color-scheme: dark)" srcset="${escapeHtml(images.dark)}">${image}</picture>`
    : image;
}

/** A `<figure>` with the static image, its caption, alt text and source link: no script, no dependency. */
export function staticFigureHtml(
  texts: SnippetTexts,
  images: { light: string; dark?: string },
  size: { width: number; height: number },
  strictCsp = false,
): string {
  const sources = texts.sources
    .map((source) => {
      const url = safeHttpUrl(source.url);
      const text = escapeHtml(source.text);
      return url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${text}</a>` : text;
    })
    .join('; ');
  return [
    `<figure class="kz-static-figure" lang="${texts.locale}">`,
    `  ${staticPictureHtml(texts, images, size, strictCsp)}`,
    `  <figcaption><strong>${escapeHtml(texts.title)}</strong>. ${escapeHtml(texts.subtitle)}. ${escapeHtml(texts.sourceLabel)}: ${sources}</figcaption>`,
    '</figure>',
  ].join('\n');
}

/**
 * The copy-paste snippets for `chart` with `options` and the texts the chart shows for them
 * (`texts`: its title, description and sources, e.g. from a rendered figure), served from `baseUrl`.
 * Every value is escaped; `baseUrl` must be http(s).
 */
export function snippetsFor(
  chart: ChartId,
  options: EmbedOptions,
  texts: SnippetTexts,
  baseUrl: string,
  settings: SnippetSettings = {},
): EmbedSnippets {
  const base = embedBase(baseUrl);
  const dataSrc = options.dataSrc === undefined ? undefined : updateAddress(options.dataSrc);
  const entries: [string, string][] = optionEntries(chart, options);
  if (dataSrc) entries.push(['data-src', dataSrc]);
  const attributes = entries.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  const tag = tagName(chart);
  const height = Math.round(settings.height ?? approximateHeights[chart]);

  // The pre-rendered images show the bundled options, texts and figures only.
  const custom = entries.some(([name]) => name !== 'locale' && name !== 'theme' && name !== 'breakdown');
  const theme = options.theme ?? 'auto';
  let picture: { images: { light: string; dark?: string }; size: { width: number; height: number } } | null = null;
  if (!custom && (theme === 'auto' || theme === 'light' || theme === 'dark')) {
    picture = {
      images: staticImages(`${base}/static`, chart, texts.locale, theme, options.breakdown),
      size: settings.imageSize ?? {
        width: staticWidth,
        height: staticHeights[staticVariant(chart, options.breakdown)][texts.locale],
      },
    };
  }

  // The deferred script draws the chart after the page is laid out. Until then the element holds the
  // chart's usual height, so that the text below does not jump, and shows the pre-rendered picture
  // in it (which readers without JavaScript keep).
  const reserve = settings.strictCsp ? '' : ` style="display:block;min-height:${height}px"`;
  const inside = picture ? staticPictureHtml(texts, picture.images, picture.size, Boolean(settings.strictCsp)) : '';
  const script = [
    `<script src="${base}/kz-charts.js" defer></script>`,
    `<${tag}${attributes}${reserve}>${inside}</${tag}>`,
  ].join('\n');

  // The pre-rendered options have their own chart page, which shows the figure without JavaScript.
  const page = picture
    ? `${base}/pages/${staticStem(chart, texts.locale, theme, options.breakdown)}.html`
    : `${base}/${chart}.html?${new URLSearchParams(entries).toString()}`;
  const frameStyle = settings.strictCsp ? '' : ' style="display:block;width:100%;border:0"';
  const iframe = [
    `<iframe src="${escapeHtml(page)}" title="${escapeHtml(texts.title)}" data-kz-chart="${chart}" width="100%" height="${height}" loading="lazy"${frameStyle}></iframe>`,
    `<script src="${base}/kz-resizer.js" defer></script>`,
  ].join('\n');

  const staticHtml = picture ? staticFigureHtml(texts, picture.images, picture.size, settings.strictCsp) : null;
  const pym = pymSnippet(page, texts, height, Boolean(settings.strictCsp));
  const amp = ampSnippet(page, texts, height, picture?.images.light ?? null);
  return { script, iframe, static: staticHtml, pym, amp };
}
