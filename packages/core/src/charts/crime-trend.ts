import { crimeFacts } from '../data/crimes.js';
import { multiple, percentChange } from '../derive.js';
import { KztError } from '../errors.js';
import { type FactTable, factsById } from '../facts.js';
import { type ChartTexts, chartTexts } from '../i18n/chart-texts.js';
import { fill, formatList, formatNumber, formatPercent, markDerived } from '../i18n/format.js';
import type { CrimeTrendMessages } from '../i18n/messages.js';
import type { DataTable } from '../table.js';
import { assertCountOrNull, assertFiniteNumber, assertNonEmptyArray, assertOneOf } from '../validate.js';
import type { ChartFigure } from './figure.js';
import { type FigureDataset, factCredits, figureFacts, sameAsBundled } from './figure-dataset.js';
import { crimeSources, sourceLines } from './sources.js';

/** The series of the crime-trend chart: all trafficking-related offences, Art. 128, Art. 135. */
export type CrimeSeries = 'total' | 'art128' | 'art135';
export const crimeSeries: readonly CrimeSeries[] = ['total', 'art128', 'art135'];

/** Registered offences in one year; `null` where no figure was published. */
export interface CrimeYearRow {
  year: number;
  total: number | null;
  art128: number | null;
  art135: number | null;
}

// Only the crime facts: the chart does not pull in the rest of the dataset.
const bundled = { facts: factsById(crimeFacts) };

const yearlyFact = /^crimes\.(?:total|art128|art135)\.(\d{4})$/;

/**
 * The yearly figures read from the facts (by default the bundled ones, 2022–2025): every year from
 * the first to the last that any series has a fact for, so that an update's `crimes.total.2026` adds
 * 2026. A year or series without a fact, or with an unknown one, is `null`: a gap, never filled in.
 */
export function crimeYearRows(data: { facts: FactTable } = bundled): CrimeYearRow[] {
  const years = Object.keys(data.facts).flatMap((id) => {
    const year = yearlyFact.exec(id)?.[1];
    return year === undefined ? [] : [Number(year)];
  });
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const value = (id: string) => {
    const fact = data.facts[id];
    return typeof fact?.value === 'number' ? fact.value : null;
  };
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, index) => first + index).map((year) => ({
    year,
    total: value(`crimes.total.${year}`),
    art128: value(`crimes.art128.${year}`),
    art135: value(`crimes.art135.${year}`),
  }));
}

export interface CrimeTrendOptions {
  /** Series to draw; default all three. */
  series?: readonly CrimeSeries[];
  /** Yearly rows; default the figures of `dataset`. */
  data?: readonly CrimeYearRow[];
  /**
   * The dataset to read the years, values, statuses and sources from: a newsroom's update merged by
   * `applyUpdate` (a `crimes.total.2026` fact adds 2026). Default the bundled 2022–2025 figures.
   */
  dataset?: FigureDataset;
}

/** The change between the last two years of a series that both have a value. */
export interface CrimeChange {
  series: CrimeSeries;
  from: number;
  to: number;
  percentChange: number;
  multiple: number;
}

export interface CrimeTrend {
  series: readonly CrimeSeries[];
  /** Rows sorted by year. */
  rows: readonly CrimeYearRow[];
  /** Years in which a drawn series has no value: shown as gaps, never bridged. */
  gaps: readonly number[];
  changes: readonly CrimeChange[];
  /** Values that were derived from reported figures rather than published (bundled data only). */
  derived: readonly { series: CrimeSeries; year: number }[];
}

function lastChange(rows: readonly CrimeYearRow[], series: CrimeSeries): CrimeChange | null {
  for (let index = rows.length - 1; index > 0; index--) {
    const before = rows[index - 1];
    const after = rows[index];
    const from = before?.[series];
    const to = after?.[series];
    if (before && after && from != null && to != null && from > 0) {
      return {
        series,
        from: before.year,
        to: after.year,
        percentChange: percentChange(from, to),
        multiple: multiple(from, to),
      };
    }
  }
  return null;
}

/** What the crime-trend chart plots, validated: rows by year, the gaps, and the latest changes. */
export function crimeTrend({ series = crimeSeries, data, dataset }: CrimeTrendOptions = {}): CrimeTrend {
  const chosen = assertNonEmptyArray<unknown>(series, 'series').map((key) =>
    assertOneOf(key, crimeSeries, 'unknown-series', 'series'),
  );
  const facts = figureFacts(dataset, bundled.facts);
  const input = assertNonEmptyArray<CrimeYearRow>(data ?? crimeYearRows({ facts }), 'data');
  const years = new Set<number>();
  const rows = input
    .map((row) => {
      if (typeof row !== 'object' || row === null)
        throw new KztError('empty-data', 'Each row must be an object.', { what: 'data' });
      const year = assertFiniteNumber(row.year, 'year');
      if (years.has(year)) throw new KztError('duplicate-key', `Year ${year} appears twice.`, { value: String(year) });
      years.add(year);
      return {
        year,
        total: assertCountOrNull(row.total ?? null, `total in ${year}`),
        art128: assertCountOrNull(row.art128 ?? null, `art128 in ${year}`),
        art135: assertCountOrNull(row.art135 ?? null, `art135 in ${year}`),
      };
    })
    .sort((a, b) => a.year - b.year);
  const unique = [...new Set(chosen)];
  return {
    series: unique,
    rows,
    gaps: rows.filter((row) => unique.some((key) => row[key] === null)).map((row) => row.year),
    changes: unique.map((key) => lastChange(rows, key)).filter((change): change is CrimeChange => change !== null),
    // A caller's figures carry no status: only the bundled ones are known to be derived.
    derived: data
      ? []
      : rows.flatMap((row) =>
          unique
            .filter((key) => facts[`crimes.${key}.${row.year}`]?.status === 'derived')
            .map((key) => ({ series: key, year: row.year })),
        ),
  };
}

/** Whether the value of `series` in `year` was derived rather than published. */
export function isDerivedCrimeValue(trend: CrimeTrend, series: CrimeSeries, year: number): boolean {
  return trend.derived.some((item) => item.series === series && item.year === year);
}

/** A value as the reader sees it: `15`, or `15 (вычислено)` where it was derived. */
export function crimeValueText(
  trend: CrimeTrend,
  series: CrimeSeries,
  year: number,
  value: number,
  messages: CrimeTrendMessages,
): string {
  const text = formatNumber(value, messages.locale);
  return isDerivedCrimeValue(trend, series, year) ? markDerived(text, messages) : text;
}

/** The label of a change: a percentage, or "×3.4" where the value more than doubled. */
export function crimeChangeLabel(
  change: CrimeChange,
  messages: CrimeTrendMessages,
  names: 'full' | 'short' = 'full',
): string {
  const t = messages.crimeTrend;
  const series = (names === 'short' ? t.seriesShort : t.series)[change.series];
  const params = { series, from: change.from, to: change.to };
  return change.multiple >= 2
    ? fill(t.multiple, { ...params, multiple: formatNumber(change.multiple, messages.locale) })
    : fill(t.change, { ...params, change: formatPercent(change.percentChange, messages.locale, { signed: true }) });
}

/**
 * The label on a gap year: "not published", with the 2022 constraint where the chart shows the
 * dataset's figures (`bundledData`; `facts`, by default the bundled ones), which is what the
 * constraint is known of.
 */
export function crimeGapLabel(
  year: number,
  messages: CrimeTrendMessages,
  bundledData = true,
  facts: FactTable = bundled.facts,
): string {
  const fact = facts[`crimes.total.${year}`];
  return bundledData && fact?.status === 'unknown' && fact.constraint?.minimumOfPeriod
    ? messages.crimeTrend.gapMinimum
    : messages.crimeTrend.gap;
}

/** The subtitle, naming the years shown: "…, 2022–2025" (one year: "…, 2025"). */
export function crimeTrendSubtitle(trend: CrimeTrend, messages: CrimeTrendMessages): string {
  const first = trend.rows[0]?.year;
  const last = trend.rows[trend.rows.length - 1]?.year;
  return fill(messages.crimeTrend.subtitle, { years: first === last ? `${first}` : `${first}–${last}` });
}

/** The rows as a table: year, then one column per series (empty where unknown). */
export function crimeTrendTable(trend: CrimeTrend, messages: CrimeTrendMessages): DataTable {
  const t = messages.crimeTrend;
  return {
    caption: `${t.title}. ${crimeTrendSubtitle(trend, messages)}`,
    columns: [t.year, ...trend.series.map((key) => t.series[key])],
    rows: trend.rows.map((row) => [row.year, ...trend.series.map((key) => row[key])]),
    derived: trend.rows.flatMap((row, rowIndex) =>
      trend.series.flatMap((key, index) =>
        isDerivedCrimeValue(trend, key, row.year) ? [[rowIndex, index + 1] as const] : [],
      ),
    ),
  };
}

/**
 * Notes under the chart: the gaps (with what is known of them, for the dataset's figures), the
 * derived Art. 128 figure while it is the bundled one, and the other official count. A caller's
 * data gets the list of its gaps only.
 */
export function crimeTrendNotes(
  trend: CrimeTrend,
  messages: CrimeTrendMessages,
  fromDataset: boolean,
  facts: FactTable = bundled.facts,
): string[] {
  const t = messages.crimeTrend;
  const notes: string[] = [];
  if (trend.gaps.length > 0) {
    const gaps = fill(t.gapNote, { years: formatList(trend.gaps.map(String), messages.locale) });
    const minimumKnown = trend.gaps.some((year) => {
      const fact = facts[`crimes.total.${year}`];
      return fact?.status === 'unknown' && fact.constraint?.minimumOfPeriod === true;
    });
    notes.push(fromDataset && minimumKnown ? `${gaps} ${t.minimumNote}` : gaps);
  }
  // The note names the bundled 2024 and 2025 figures of Art. 128.
  const art128 = ['crimes.art128.2024', 'crimes.art128.2025'];
  if (fromDataset && trend.series.includes('art128') && sameAsBundled(facts, bundled.facts, art128))
    notes.push(t.derivedNote);
  if (fromDataset) notes.push(t.contextNote);
  return notes;
}

/** The credits of the figures drawn: the sources of the dataset's facts behind the rows shown. */
function crimeTrendCredits(trend: CrimeTrend, facts: FactTable) {
  const ids = trend.rows.flatMap((row) => trend.series.map((key) => `crimes.${key}.${row.year}`));
  const credits = factCredits(facts, ids);
  return credits.length > 0 ? credits : crimeSources;
}

/** A text description: the series, their values by year, the gaps, the latest changes. */
export function describeCrimeTrend(trend: CrimeTrend, messages: CrimeTrendMessages): string {
  const t = messages.crimeTrend;
  const { locale } = messages;
  const first = trend.rows[0];
  const last = trend.rows[trend.rows.length - 1];
  if (!first || !last) return '';
  const parts = [
    fill(t.describeSummary, {
      series: formatList(
        trend.series.map((key) => t.seriesInText[key]),
        locale,
      ),
      from: first.year,
      to: last.year,
    }),
    ...trend.series.map((key) =>
      fill(t.describeSeries, {
        series: t.series[key],
        values: formatList(
          trend.rows.map((row) => {
            const value = row[key];
            const text = value === null ? messages.frame.noData : crimeValueText(trend, key, row.year, value, messages);
            return `${row.year}: ${text}`;
          }),
          locale,
        ),
      }),
    ),
    ...trend.changes.map((change) => `${crimeChangeLabel(change, messages)}.`),
  ];
  if (trend.gaps.length > 0) parts.push(fill(t.describeGaps, { years: formatList(trend.gaps.map(String), locale) }));
  return parts.join(' ');
}

/**
 * Everything the crime-trend figure says for `options`, with the trend it draws. A caller's `data`
 * gets no bundled notes except the list of gaps. Throws a KztError when no drawn series has a known
 * value: there would be nothing to draw.
 */
export function crimeTrendFigure(options: CrimeTrendOptions, messages: CrimeTrendMessages): ChartFigure<CrimeTrend> {
  const trend = crimeTrend(options);
  if (!trend.rows.some((row) => trend.series.some((key) => row[key] !== null))) {
    throw new KztError('empty-data', 'No drawn series has a known value.', { what: 'data' });
  }
  const fromDataset = options.data === undefined;
  const facts = figureFacts(options.dataset, bundled.facts);
  return {
    data: trend,
    title: messages.crimeTrend.title,
    subtitle: crimeTrendSubtitle(trend, messages),
    notes: crimeTrendNotes(trend, messages, fromDataset, facts),
    sources: fromDataset
      ? sourceLines(crimeTrendCredits(trend, facts), messages, options.dataset?.sources)
      : sourceLines(crimeSources, messages),
    description: describeCrimeTrend(trend, messages),
    table: crimeTrendTable(trend, messages),
  };
}

export type { ChartFigure, FigureText } from './figure.js';
export { crimeSources, type SourceCredit, type SourceLine, sourceLines } from './sources.js';

/**
 * The texts this chart uses, per locale, each loaded when first asked for: the common sections and its
 * own, without the other charts', the audit's or the other locales'.
 */
export const crimeTrendTexts: ChartTexts<CrimeTrendMessages> = /* @__PURE__ */ chartTexts<CrimeTrendMessages>({
  ru: () => import('../i18n/ru/crime-trend.js').then((module) => ({ crimeTrend: module.ruCrimeTrend })),
  kk: () => import('../i18n/kk/crime-trend.js').then((module) => ({ crimeTrend: module.kkCrimeTrend })),
  en: () => import('../i18n/en/crime-trend.js').then((module) => ({ crimeTrend: module.enCrimeTrend })),
});
export type { CrimeTrendMessages } from '../i18n/messages.js';
