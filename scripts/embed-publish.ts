// What a chart page tells the tools that pick it up by its address: the oEmbed JSON that WordPress
// and Ghost discover from its <head>, and the Open Graph and Twitter tags social networks show it
// with. Both need absolute addresses: those of the folder the embed files are published at.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { embedBase, escapeHtml } from '../packages/core/src/embed.js';

const root = resolve(import.meta.dirname, '..');

/** The social card's size, as Open Graph and `summary_large_image` cards expect. */
export const cardSize = { width: 1200, height: 630 } as const;

export const providerName = 'kz-trafficking-charts';
export const providerUrl = 'https://github.com/kz-trafficking/kz-trafficking-charts';

/**
 * The address the embed folder (`dist/`) will be published at: `--base-url=<url>` or the
 * `KZ_EMBED_BASE_URL` environment variable, else the package's versioned jsDelivr address.
 */
export function publishedBase(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const option = argv.find((arg) => arg.startsWith('--base-url='))?.slice('--base-url='.length);
  const given = option ?? env.KZ_EMBED_BASE_URL;
  if (given) return embedBase(given);
  const { name, version } = JSON.parse(readFileSync(join(root, 'packages/embed/package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return `https://cdn.jsdelivr.net/npm/${name}@${version}/dist`;
}

/** One pre-rendered chart page, with what its oEmbed JSON and social tags say of it. */
export interface PublishedPage {
  chart: string;
  /** Absolute address of the embed folder (kz-resizer.js is there). */
  base: string;
  /** Absolute address of the page. */
  url: string;
  /** Absolute address of its oEmbed JSON. */
  oembedUrl: string;
  /** The figure's title and text description. */
  title: string;
  description: string;
  /** The page's language. */
  locale: string;
  /** The page's height in a 640 px wide iframe. */
  width: number;
  height: number;
  /** Absolute address of the social card (1200 × 630 PNG) and its alt text. */
  cardUrl: string;
}

/**
 * The oEmbed 1.0 `rich` response for a chart page: a link (WordPress shows it until the chart has
 * reported its height), the iframe, and the resizer for hosts that keep scripts (Ghost); WordPress
 * keeps only the link and the iframe, which its own wp-embed.js then sizes.
 */
export function oembedResponse(page: PublishedPage): Record<string, string | number> {
  const title = escapeHtml(page.title);
  const html =
    `<blockquote class="kz-chart-embed"><a href="${escapeHtml(page.url)}">${title}</a></blockquote>` +
    `<iframe src="${escapeHtml(page.url)}" data-kz-chart="${escapeHtml(page.chart)}" title="${title}" width="${page.width}" height="${page.height}" frameborder="0" scrolling="no"></iframe>` +
    `<script src="${escapeHtml(page.base)}/kz-resizer.js" defer></script>`;
  return {
    type: 'rich',
    version: '1.0',
    title: page.title,
    provider_name: providerName,
    provider_url: providerUrl,
    width: page.width,
    height: page.height,
    thumbnail_url: page.cardUrl,
    thumbnail_width: cardSize.width,
    thumbnail_height: cardSize.height,
    html,
  };
}

const ogLocales: Readonly<Record<string, string>> = { ru: 'ru_RU', kk: 'kk_KZ', en: 'en_GB' };

/** The tags of a chart page's `<head>`: canonical address, oEmbed discovery, Open Graph and Twitter card. */
export function publishedHead(page: PublishedPage): string {
  const attr = (text: string) => escapeHtml(text);
  const meta = (property: string, content: string | number) =>
    `<meta property="${property}" content="${attr(String(content))}">`;
  return [
    `<link rel="canonical" href="${attr(page.url)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${attr(page.oembedUrl)}" title="${attr(page.title)}">`,
    meta('og:type', 'website'),
    meta('og:title', page.title),
    meta('og:description', page.description),
    meta('og:url', page.url),
    meta('og:locale', ogLocales[page.locale] ?? page.locale),
    meta('og:site_name', providerName),
    meta('og:image', page.cardUrl),
    meta('og:image:width', cardSize.width),
    meta('og:image:height', cardSize.height),
    meta('og:image:alt', page.description),
    `<meta name="twitter:card" content="summary_large_image">`,
  ].join('\n');
}
