import {
  type CrimeSeries,
  crimeSources,
  crimeTrend,
  crimeTrendCatalogues,
  describeCrimeTrend,
} from '../charts/crime-trend.js';
import { describeRegionalShare, mapSources, regionalShare, regionalShareCatalogues } from '../charts/regional-share.js';
import {
  describeSlaveryIndex,
  slaveryIndexCatalogues,
  slaveryIndexRows,
  slaveryIndexSources,
  sourceLines,
} from '../charts/slavery-index.js';
import {
  describeVictimBreakdown,
  type VictimBreakdown,
  victimBreakdown,
  victimsCatalogues,
  victimsTitle,
} from '../charts/victim-breakdown.js';
import { isLocale, KztError, type Locale, locales, type SourceLine } from '../index.js';
import type { ChartId } from './charts.js';
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

/**
 * The title, description and sources of `chart` with `options`, as the chart itself would show
 * them. Options the chart cannot show throw core's KztError, as the chart's error state would.
 */
export function figureTexts(chart: ChartId, options: EmbedOptions = {}): FigureTexts {
  const locale = optionLocale(options);
  switch (chart) {
    case 'slavery-index-bar': {
      const messages = slaveryIndexCatalogues[locale];
      const rows = slaveryIndexRows({
        countries: listOption(options.countries),
        highlight: listOption(options.highlight),
      });
      return {
        locale,
        title: messages.slaveryIndex.title,
        subtitle: messages.slaveryIndex.subtitle,
        description: describeSlaveryIndex(rows, messages),
        sources: sourceLines(slaveryIndexSources, messages),
        sourceLabel: messages.frame.source,
      };
    }
    case 'crime-trend-line': {
      const messages = crimeTrendCatalogues[locale];
      // Unknown names reach core, which rejects them with a KztError.
      const trend = crimeTrend({ series: listOption(options.series) as CrimeSeries[] | undefined });
      return {
        locale,
        title: messages.crimeTrend.title,
        subtitle: messages.crimeTrend.subtitle,
        description: describeCrimeTrend(trend, messages),
        sources: sourceLines(crimeSources, messages),
        sourceLabel: messages.frame.source,
      };
    }
    case 'victim-gender-donut': {
      const messages = victimsCatalogues[locale];
      const data = victimBreakdown({ breakdown: options.breakdown as VictimBreakdown | undefined });
      return {
        locale,
        title: victimsTitle(data, messages),
        subtitle: messages.victims.subtitle,
        description: describeVictimBreakdown(data, messages),
        sources: sourceLines(crimeSources, messages),
        sourceLabel: messages.frame.source,
      };
    }
    case 'regional-share': {
      const messages = regionalShareCatalogues[locale];
      const data = regionalShare({ highlight: listOption(options.highlight) });
      return {
        locale,
        title: messages.regionalShare.title,
        subtitle: messages.regionalShare.subtitle,
        description: describeRegionalShare(data, messages),
        sources: sourceLines(mapSources, messages),
        sourceLabel: messages.frame.source,
      };
    }
  }
}
