import { type FigureText, isLocale, KztError, type Locale, locales } from '../index.js';
import { parseList } from './lists.js';

/** A chart's main options as a page author writes them: strings, or lists of strings. */
export interface EmbedOptions {
  locale?: string;
  /** `auto` (default), `light` or `dark`. */
  theme?: string;
  /** Slavery index: ISO 3166-1 alpha-2 codes of the countries shown. */
  countries?: string | readonly string[];
  /** Slavery index: country codes; regional share: ISO 3166-2 unit codes. */
  highlight?: string | readonly string[];
  /** Crime trend: `total`, `art128`, `art135`. */
  series?: string | readonly string[];
  /** Victims: `sex` (default) or `citizenship`. */
  breakdown?: string;
  /** A title in place of the chart's own (the `chart-title` attribute); the static image has none. */
  title?: string;
  /** A subtitle in place of the chart's own (`chart-subtitle`). */
  subtitle?: string;
  /**
   * Absolute http(s) address of an update file of the figures (`@kz-trafficking/core/update`'s
   * format, JSON or CSV), fetched with CORS: the `data-src` attribute and iframe query parameter.
   * Its snippets carry no pre-rendered picture and no static-image snippet (those show the bundled
   * figures); an iframe page takes it only from its own origin or one allowed when it was built.
   */
  dataSrc?: string;
}

/**
 * What an embedded figure says around its chart or image: the chart's own figure texts from core
 * (the description is the image's alt text), in the chart's locale.
 */
export interface FigureTexts extends FigureText {
  locale: Locale;
  /** "Источник" / "Дереккөз" / "Source". */
  sourceLabel: string;
  /** The button an AMP page shows when it holds the frame shorter than the chart: "Show the whole chart". */
  showWholeChart: string;
}

/** What the snippets repeat of a figure's texts: the iframe's title, the image's caption and alt text. */
export type SnippetTexts = Pick<
  FigureTexts,
  'locale' | 'title' | 'subtitle' | 'description' | 'sources' | 'sourceLabel' | 'showWholeChart'
>;

export function listOption(value: string | readonly string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? parseList(value) : [...value];
}

/** The locale of `options`, checked: an unknown locale throws a KztError. */
export function optionLocale(options: EmbedOptions): Locale {
  const locale = options.locale ?? 'ru';
  if (!isLocale(locale)) {
    throw new KztError('unknown-locale', `Unknown locale ${locale}.`, { value: locale, valid: locales.join(', ') });
  }
  return locale;
}
