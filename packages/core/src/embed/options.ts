import { isLocale, KztError, type Locale, locales, type SourceLine } from '../index.js';
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
}

/** What a static figure says around its image: all from core, in the chart's locale. */
export interface FigureTexts {
  locale: Locale;
  title: string;
  subtitle: string;
  /** The chart's text description, used as the image's alt text. */
  description: string;
  sources: readonly SourceLine[];
  /** "Источник" / "Дереккөз" / "Source". */
  sourceLabel: string;
}

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
