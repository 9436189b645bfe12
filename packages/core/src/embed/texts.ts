import {
  type CrimeSeries,
  crimeSources,
  crimeTrend,
  crimeTrendCatalogues,
  crimeTrendSubtitle,
  describeCrimeTrend,
} from '../charts/crime-trend.js';
import {
  describeRegionalShare,
  mapSources,
  regionalShare,
  regionalShareCatalogues,
  regionalShareTitle,
} from '../charts/regional-share.js';
import {
  describeSlaveryIndex,
  slaveryIndexCatalogues,
  slaveryIndexRows,
  slaveryIndexSources,
  slaveryIndexSubtitle,
  sourceLines,
} from '../charts/slavery-index.js';
import {
  describeVictimBreakdown,
  type VictimBreakdown,
  victimBreakdown,
  victimsCatalogues,
  victimsTitle,
} from '../charts/victim-breakdown.js';
import type { ChartId } from './charts.js';

import { type EmbedOptions, type FigureTexts, listOption, optionLocale } from './options.js';
import { type EmbedSnippets, type SnippetSettings, snippetsFor } from './snippets.js';

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
        subtitle: slaveryIndexSubtitle(messages),
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
        subtitle: crimeTrendSubtitle(trend, messages),
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
        title: regionalShareTitle(messages),
        subtitle: messages.regionalShare.subtitle,
        description: describeRegionalShare(data, messages),
        sources: sourceLines(mapSources, messages),
        sourceLabel: messages.frame.source,
      };
    }
  }
}

/**
 * The copy-paste snippets for `chart` with `options`, served from `baseUrl` (where the embed's
 * `dist` is published, e.g. `https://charts.example.org/kz`), with the texts the chart shows for
 * them. Every value is escaped; `baseUrl` must be http(s). Options the chart cannot show throw, as
 * the chart's error state would.
 */
export function embedSnippets(
  chart: ChartId,
  options: EmbedOptions,
  baseUrl: string,
  settings: SnippetSettings = {},
): EmbedSnippets {
  return snippetsFor(chart, options, figureTexts(chart, options), baseUrl, settings);
}
