import { type CrimeSeries, crimeTrendFigure } from '../charts/crime-trend.js';
import type { FigureText } from '../charts/figure.js';
import { regionalShareFigure } from '../charts/regional-share.js';
import { slaveryIndexFigure } from '../charts/slavery-index.js';
import { type VictimBreakdown, victimBreakdownFigure } from '../charts/victim-breakdown.js';
import { chartCatalogues } from '../i18n/chart-catalogues.js';
import type { Locale } from '../types.js';
import type { ChartId } from './charts.js';
import { type EmbedOptions, type FigureTexts, listOption, optionLocale } from './options.js';
import { type EmbedSnippets, type SnippetSettings, snippetsFor } from './snippets.js';

// The page author's strings become the chart's options; unknown values reach core, which rejects them.
function chartFigureText(chart: ChartId, options: EmbedOptions, locale: Locale): FigureText {
  switch (chart) {
    case 'slavery-index-bar':
      return slaveryIndexFigure(
        { countries: listOption(options.countries), highlight: listOption(options.highlight) },
        chartCatalogues[locale],
      );
    case 'crime-trend-line':
      return crimeTrendFigure(
        { series: listOption(options.series) as CrimeSeries[] | undefined },
        chartCatalogues[locale],
      );
    case 'victim-gender-donut':
      return victimBreakdownFigure(
        { breakdown: options.breakdown as VictimBreakdown | undefined },
        chartCatalogues[locale],
      );
    case 'regional-share':
      return regionalShareFigure({ highlight: listOption(options.highlight) }, chartCatalogues[locale]);
  }
}

/**
 * The texts of `chart` with `options`, as the chart itself shows them: the same figure function
 * from core builds both. Options the chart cannot show throw core's KztError, as the chart's error
 * state would.
 */
export function figureTexts(chart: ChartId, options: EmbedOptions = {}): FigureTexts {
  const locale = optionLocale(options);
  const { title, subtitle, notes, sources, description, table } = chartFigureText(chart, options, locale);
  const { source: sourceLabel, showWholeChart } = chartCatalogues[locale].frame;
  return { locale, title, subtitle, notes, sources, description, table, sourceLabel, showWholeChart };
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
  const texts = figureTexts(chart, options);
  // A title or subtitle of the page author's is what the chart shows, so the iframe's title too.
  const shown = { ...texts, title: options.title ?? texts.title, subtitle: options.subtitle ?? texts.subtitle };
  return snippetsFor(chart, options, shown, baseUrl, settings);
}
