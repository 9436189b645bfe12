import { crimeFacts } from '../data/crimes.js';
import { regionCodes, regions } from '../data/regions.js';
import { share } from '../derive.js';
import { KztError } from '../errors.js';
import { type FactTable, factsById } from '../facts.js';
import { type ChartTexts, chartTexts } from '../i18n/chart-texts.js';
import { fill, formatNumber, formatPercent, plural } from '../i18n/format.js';
import type { RegionalShareMessages } from '../i18n/messages.js';
import type { DataTable } from '../table.js';
import type { Region } from '../types.js';
import { assertFiniteNumber, describeValue } from '../validate.js';
import type { ChartFigure } from './figure.js';
import { type FigureDataset, factCredits, figureFacts } from './figure-dataset.js';
import { mapSources, type SourceCredit, sourceLines } from './sources.js';

// Only the crime facts: the map does not pull in the rest of the dataset.
const bundledFacts = factsById(crimeFacts);

/** Almaty city and Almaty Region: the cluster the map's inset zooms on. */
export const almatyCluster: readonly string[] = ['KZ-75', 'KZ-19'];

export interface RegionalShareOptions {
  /** Counts by ISO 3166-2 code; units not listed have no data. Default: Art. 135 cases 2025 (Almaty 26). */
  values?: Readonly<Record<string, number>>;
  /** The total the counts are shares of. Default: 31 Art. 135 cases in 2025. */
  total?: number;
  /** Code or codes to highlight; default the Almaty cluster. */
  highlight?: string | readonly string[];
  /**
   * The dataset whose Art. 135 counts are mapped when no `values` are given: the latest year with
   * both the country's count and Almaty city's (`crimes.art135.<year>`, `crimes.art135.almaty.<year>`),
   * e.g. a newsroom's update merged by `applyUpdate`. Default the bundled 2025 counts.
   */
  dataset?: FigureDataset;
}

export interface RegionalShareRow {
  region: Region;
  /** Count for the unit, or `null` where there is no data (never zero). */
  count: number | null;
  /** Fraction of the total, or `null` where there is no data. */
  share: number | null;
  highlighted: boolean;
}

export interface RegionalShare {
  total: number;
  rows: readonly RegionalShareRow[];
  /** Part of the total not broken down by unit (`null` when everything is assigned). */
  remainder: { count: number; share: number } | null;
}

function checkRegion(code: unknown): string {
  if (typeof code === 'string' && regionCodes.includes(code)) return code;
  const valid = regionCodes.join(', ');
  throw new KztError('unknown-region', `Unknown region code ${describeValue(code)}. Valid: ${valid}.`, {
    value: describeValue(code),
    valid,
  });
}

const almatyCount = /^crimes\.art135\.almaty\.(\d{4})$/;

/** The latest year whose Art. 135 count and Almaty city's count `facts` both hold, or `null`. */
export function regionalShareYear(facts: FactTable): number | null {
  const known = (id: string) => typeof facts[id]?.value === 'number';
  const years = Object.keys(facts)
    .map((id) => almatyCount.exec(id)?.[1])
    .filter(
      (year): year is string =>
        year !== undefined && known(`crimes.art135.${year}`) && known(`crimes.art135.almaty.${year}`),
    )
    .map(Number);
  return years.length === 0 ? null : Math.max(...years);
}

/**
 * The dataset's counts (by default the bundled ones: Art. 135 cases in 2025, 26 of 31 in Almaty
 * city, the rest not broken down), for the latest year that has them.
 */
export function defaultRegionalValues(facts: FactTable = bundledFacts): {
  values: Record<string, number>;
  total: number;
  year: number;
} {
  const year = regionalShareYear(facts);
  if (year === null)
    throw new KztError('empty-data', 'The dataset has no year with Art. 135 counts for Almaty city and the country.', {
      what: 'dataset',
    });
  return {
    values: { 'KZ-75': facts[`crimes.art135.almaty.${year}`]?.value as number },
    total: facts[`crimes.art135.${year}`]?.value as number,
    year,
  };
}

/** The 20 units with their counts and shares, validated (known codes, no negatives, not above the total). */
export function regionalShare({
  values,
  total,
  highlight = almatyCluster,
  dataset,
}: RegionalShareOptions = {}): RegionalShare {
  const fallback = values ? null : defaultRegionalValues(figureFacts(dataset, bundledFacts));
  const counts = values ?? fallback?.values;
  const whole = assertFiniteNumber(total ?? fallback?.total ?? Number.NaN, 'total');
  if (typeof counts !== 'object' || counts === null)
    throw new KztError('empty-data', 'values must be an object of counts.', { what: 'values' });
  if (whole === 0) throw new KztError('empty-data', 'The total is 0: there is nothing to show.', { what: 'total' });
  const entries = Object.entries(counts).map(
    ([code, count]) => [checkRegion(code), assertFiniteNumber(count, code)] as const,
  );
  const highlighted = (typeof highlight === 'string' ? [highlight] : highlight) as unknown;
  if (!Array.isArray(highlighted)) checkRegion(highlighted);
  const highlightedCodes = (highlighted as readonly unknown[]).map(checkRegion);
  const assigned = entries.reduce((sum, [, count]) => sum + count, 0);
  if (assigned > whole) {
    throw new KztError('above-total', `The counts add up to ${assigned}, more than the total ${whole}.`, {
      value: String(assigned),
      valid: String(whole),
    });
  }
  const byCode = new Map(entries);
  const remainder = whole - assigned;
  return {
    total: whole,
    rows: regions.map((region) => {
      const count = byCode.get(region.code) ?? null;
      return {
        region,
        count,
        share: count === null ? null : share(count, whole),
        highlighted: highlightedCodes.includes(region.code),
      };
    }),
    remainder: remainder > 0 ? { count: remainder, share: share(remainder, whole) } : null,
  };
}

/**
 * The map's title, naming the year of the dataset's counts (`facts`, by default the bundled ones:
 * "…, 2025"); a caller's counts carry no year, so their title names none (`bundled` false).
 */
export function regionalShareTitle(
  messages: RegionalShareMessages,
  bundled = true,
  facts: FactTable = bundledFacts,
): string {
  const title = messages.regionalShare.title;
  if (!bundled) return title;
  const { year } = defaultRegionalValues(facts);
  return `${title}, ${facts[`crimes.art135.almaty.${year}`]?.period ?? year}`;
}

/**
 * The units as a table: name, count and share (empty where there is no data), then the remainder
 * under `remainderLabel` (default the catalogue's "rest of the country, not broken down");
 * `bundled` as for the title.
 */
export function regionalShareTable(
  data: RegionalShare,
  messages: RegionalShareMessages,
  bundled = true,
  remainderLabel = messages.regionalShare.remainder,
  title = regionalShareTitle(messages, bundled),
): DataTable {
  const t = messages.regionalShare;
  const rows = data.rows.map((row) => [
    row.region.names[messages.locale],
    row.count,
    row.share === null ? null : Number(row.share.toFixed(4)),
  ]);
  if (data.remainder) rows.push([remainderLabel, data.remainder.count, Number(data.remainder.share.toFixed(4))]);
  return {
    caption: `${title}. ${t.subtitle}`,
    columns: [t.region, t.cases, t.share],
    rows,
  };
}

/**
 * Notes under the map: the part of the total not broken down, and what the no-data hatch means
 * (only where some unit is hatched).
 */
export function regionalShareNotes(data: RegionalShare, messages: RegionalShareMessages): string[] {
  const t = messages.regionalShare;
  const notes: string[] = [];
  if (data.remainder) notes.push(fill(t.remainderNote, { count: formatNumber(data.remainder.count, messages.locale) }));
  if (data.rows.some((row) => row.count === null)) notes.push(t.noDataNote);
  return notes;
}

/** A text description: the total, each unit with data, and the remainder. */
export function describeRegionalShare(data: RegionalShare, messages: RegionalShareMessages): string {
  const t = messages.regionalShare;
  const { locale } = messages;
  const parts = [fill(t.describeSummary, { total: plural(messages.plural.cases, data.total, locale) })];
  for (const row of data.rows) {
    if (row.count === null || row.share === null) continue;
    parts.push(
      fill(t.describeRegion, {
        region: row.region.names[locale],
        count: formatNumber(row.count, locale),
        share: formatPercent(row.share * 100, locale),
      }),
    );
  }
  if (data.remainder) parts.push(fill(t.describeRemainder, { count: formatNumber(data.remainder.count, locale) }));
  return parts.join(' ');
}

/** The credits of the dataset's counts mapped, and of the boundaries. */
function regionalShareCredits(facts: FactTable): SourceCredit[] {
  const { year } = defaultRegionalValues(facts);
  const counts = factCredits(facts, [`crimes.art135.almaty.${year}`, `crimes.art135.${year}`]);
  return [...counts, { source: 'geokz' }];
}

export interface RegionalShareFigureOptions extends RegionalShareOptions {
  /** The table's text for the part of the total not broken down by unit (its count and share are still given). */
  remainderLabel?: string;
}

/**
 * Everything the map's figure says for `options`, with its units. A caller's counts get a title
 * without the year they do not carry.
 */
export function regionalShareFigure(
  options: RegionalShareFigureOptions,
  messages: RegionalShareMessages,
): ChartFigure<RegionalShare> {
  const data = regionalShare(options);
  const fromDataset = options.values === undefined;
  const facts = figureFacts(options.dataset, bundledFacts);
  const title = regionalShareTitle(messages, fromDataset, facts);
  return {
    data,
    title,
    subtitle: messages.regionalShare.subtitle,
    notes: regionalShareNotes(data, messages),
    sources: sourceLines(fromDataset ? regionalShareCredits(facts) : mapSources, messages, options.dataset?.sources),
    description: describeRegionalShare(data, messages),
    table: regionalShareTable(data, messages, fromDataset, options.remainderLabel, title),
  };
}

export type { ChartFigure, FigureText } from './figure.js';
export { mapSources, type SourceCredit, type SourceLine, sourceLines } from './sources.js';

/**
 * The texts this chart uses, per locale, each loaded when first asked for: the common sections and its
 * own, without the other charts', the audit's or the other locales'.
 */
export const regionalShareTexts: ChartTexts<RegionalShareMessages> = /* @__PURE__ */ chartTexts<RegionalShareMessages>({
  ru: () => import('../i18n/ru/regional-share.js').then((module) => ({ regionalShare: module.ruRegionalShare })),
  kk: () => import('../i18n/kk/regional-share.js').then((module) => ({ regionalShare: module.kkRegionalShare })),
  en: () => import('../i18n/en/regional-share.js').then((module) => ({ regionalShare: module.enRegionalShare })),
});
export type { RegionalShareMessages } from '../i18n/messages.js';
