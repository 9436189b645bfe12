import { type GsiRow, gsiFacts, gsiPrevalenceFacts, gsiRows } from '../data/gsi.js';
import type { Dataset } from '../dataset.js';
import { KztError } from '../errors.js';
import { type FactTable, factsById } from '../facts.js';
import { type ChartTexts, chartTexts } from '../i18n/chart-texts.js';
import { countryName, fill, formatNumber, formatWithUnit, ordinal, plural } from '../i18n/format.js';
import type { SlaveryIndexMessages } from '../i18n/messages.js';
import type { DataTable } from '../table.js';
import { assertFiniteNumber, assertNonEmptyArray, describeValue } from '../validate.js';
import type { ChartFigure } from './figure.js';
import { checkFigureDataset, factCredits, sameAsBundled } from './figure-dataset.js';
import {
  editionLabel,
  isBundledEditionOnly,
  mixedEditionsNote,
  type SlaveryIndexEdition,
  type SourceCatalogue,
  slaveryIndexEditions,
} from './slavery-index-edition.js';
import { slaveryIndexSources, sourceLines } from './sources.js';

// Only the index's facts: the chart does not pull in the rest of the dataset.
const bundled = { facts: factsById([...gsiPrevalenceFacts, ...gsiFacts]) };

/** Kazakhstan, its Central Asian and CIS neighbours, and the countries the article calls best. */
export const defaultSlaveryIndexCountries: readonly string[] = [
  'KZ',
  'KG',
  'TJ',
  'TM',
  'UZ',
  'RU',
  'BY',
  'AM',
  'AZ',
  'MD',
  'NO',
  'FI',
  'NL',
  'PT',
  'DK',
];

export interface SlaveryIndexOptions {
  /** ISO 3166-1 alpha-2 codes to show; default `defaultSlaveryIndexCountries` (every row of custom `data`). */
  countries?: readonly string[];
  /** Codes to highlight; default `KZ` where it is shown. */
  highlight?: string | readonly string[];
  /** Rows to plot; default the rows of `dataset`. */
  data?: readonly GsiRow[];
  /**
   * The dataset to read the rows, their edition, notes and sources from: a newsroom's update merged
   * by `applyUpdate` (new `gsi.prevalence.<code>` facts of a new edition replace the estimates and
   * the edition the subtitle names). Default the bundled GSI 2023 table.
   */
  dataset?: Pick<Dataset, 'facts' | 'sources' | 'gsi'>;
}

/** The rows of `dataset`, checked enough to chart (an untyped caller's prop). */
function datasetRows(dataset: unknown): readonly GsiRow[] {
  const { gsi } = checkFigureDataset(dataset) as Partial<Dataset>;
  if (Array.isArray(gsi)) return gsi;
  throw new KztError('empty-data', 'dataset must carry its GSI rows (gsi).', { what: 'dataset' });
}

/** One bar: a country's prevalence, sorted highest first. */
export interface SlaveryIndexRow extends GsiRow {
  highlighted: boolean;
  /** Position by prevalence among the rows shown, 1 = highest; tied countries share a position. */
  position: number;
}

const iso2Pattern = /^[A-Z]{2}$/;

function validateRows(data: unknown): readonly GsiRow[] {
  const rows = assertNonEmptyArray<GsiRow>(data, 'data');
  const seen = new Set<string>();
  for (const row of rows) {
    if (typeof row !== 'object' || row === null || typeof row.iso2 !== 'string' || !iso2Pattern.test(row.iso2)) {
      const code = typeof row === 'object' && row !== null ? row.iso2 : row;
      throw new KztError('unknown-country', `Each row needs an ISO 3166-1 alpha-2 code, got ${describeValue(code)}.`, {
        value: describeValue(code),
        valid: 'two capital letters, e.g. KZ',
      });
    }
    if (seen.has(row.iso2))
      throw new KztError('duplicate-key', `Country ${row.iso2} appears twice.`, { value: row.iso2 });
    seen.add(row.iso2);
    assertFiniteNumber(row.prevalencePer1000, `prevalencePer1000 of ${row.iso2}`);
    if (row.estimatedPeople != null) assertFiniteNumber(row.estimatedPeople, `estimatedPeople of ${row.iso2}`);
  }
  return rows;
}

function checkCodes(codes: readonly unknown[], available: ReadonlySet<string>): undefined {
  for (const code of codes) {
    if (typeof code !== 'string' || !available.has(code)) {
      const valid = [...available].sort().join(', ');
      throw new KztError('unknown-country', `Unknown country code ${describeValue(code)}. Valid: ${valid}.`, {
        value: describeValue(code),
        valid,
      });
    }
  }
}

function highlightCodes(highlight: unknown, available: ReadonlySet<string>): readonly string[] {
  // By default Kazakhstan is highlighted, where it is among the rows.
  if (highlight === undefined) return available.has('KZ') ? ['KZ'] : [];
  const codes = typeof highlight === 'string' ? [highlight] : highlight;
  if (!Array.isArray(codes)) return checkCodes([highlight], available) ?? [];
  checkCodes(codes, available);
  return codes;
}

/**
 * The bars of the slavery-index chart, highest prevalence first (ties by code). Tied countries
 * share a position, as in the GSI ranking.
 */
export function slaveryIndexRows({ countries, highlight, data, dataset }: SlaveryIndexOptions = {}): SlaveryIndexRow[] {
  const rows = validateRows(data ?? (dataset === undefined ? gsiRows : datasetRows(dataset)));
  const byCode = new Map(rows.map((row) => [row.iso2, row]));
  const available = new Set(byCode.keys());
  const chosen = countries ?? (data ? [...available] : defaultSlaveryIndexCountries);
  assertNonEmptyArray<string>(chosen, 'countries');
  checkCodes(chosen, available);
  const highlighted = highlightCodes(highlight, available);
  const sorted = [...new Set(chosen)]
    .map((code) => byCode.get(code) as GsiRow)
    .sort((a, b) => b.prevalencePer1000 - a.prevalencePer1000 || a.iso2.localeCompare(b.iso2));
  return sorted.map((row) => ({
    ...row,
    // An untyped caller's row may leave these out: what is not given is unknown, `null`.
    estimatedPeople: row.estimatedPeople ?? null,
    population: row.population ?? null,
    highlighted: highlighted.includes(row.iso2),
    position: 1 + sorted.filter((other) => other.prevalencePer1000 > row.prevalencePer1000).length,
  }));
}

/** A country's name in the catalogue's locale. */
export function slaveryIndexCountryName(row: GsiRow, messages: SlaveryIndexMessages): string {
  // An untyped caller's row may lack its name: the code stands in for it.
  return countryName(row.iso2, messages.locale, typeof row.name === 'string' ? row.name : row.iso2);
}

/**
 * The chart's subtitle: what is measured, with the year and edition of the dataset's estimates
 * ("…, 2021 (Global Slavery Index 2023)"; `editions`, by default the bundled one). A caller's rows
 * carry neither, so theirs names none (`bundled` false), nor does a mix of editions, which a note
 * spells out.
 */
export function slaveryIndexSubtitle(
  messages: SlaveryIndexMessages,
  bundled = true,
  editions: readonly SlaveryIndexEdition[] = [],
  sources: SourceCatalogue = {},
): string {
  const t = messages.slaveryIndex;
  if (!bundled || editions.length > 1) return t.subtitle;
  const [edition] = editions;
  return `${t.subtitle}, ${edition ? editionLabel(edition, messages, sources) : t.period}`;
}

/** The rows as a table (country, prevalence per 1,000, estimated people); `bundled` as for the subtitle. */
export function slaveryIndexTable(
  rows: readonly SlaveryIndexRow[],
  messages: SlaveryIndexMessages,
  bundled = true,
  subtitle = slaveryIndexSubtitle(messages, bundled),
): DataTable {
  const t = messages.slaveryIndex;
  return {
    caption: `${t.title}. ${subtitle}`,
    columns: [t.country, t.prevalence, t.people],
    rows: rows.map((row) => [slaveryIndexCountryName(row, messages), row.prevalencePer1000, row.estimatedPeople]),
  };
}

/**
 * Notes under the chart: the unit, and (when Kazakhstan is shown with the bundled figure, which
 * `facts` still hold) the article's value and rank beside the corrected ones.
 */
export function slaveryIndexNotes(
  rows: readonly SlaveryIndexRow[],
  messages: SlaveryIndexMessages,
  showCorrection = true,
  facts: FactTable = bundled.facts,
): string[] {
  const t = messages.slaveryIndex;
  const notes = [t.unitNote];
  const kazakhstan = rows.find((row) => row.iso2 === 'KZ');
  const prevalence = facts['gsi.prevalence.KZ'];
  const rank = facts['gsi.rank.KZ'];
  const bundledFigure =
    kazakhstan !== undefined &&
    kazakhstan.prevalencePer1000 === prevalence?.value &&
    sameAsBundled(facts, bundled.facts, ['gsi.prevalence.KZ', 'gsi.rank.KZ']);
  if (showCorrection && bundledFigure && prevalence?.status === 'corrected' && rank?.status === 'corrected') {
    notes.push(
      fill(t.correctionNote, {
        asReported: formatWithUnit(prevalence.asReported.value as number, prevalence.asReported.unit, messages),
        value: formatWithUnit(kazakhstan.prevalencePer1000, 'per-1000', messages),
        rankAsReported: ordinal(messages.ordinal, rank.asReported.value as number, messages.locale),
        rank: ordinal(messages.ordinal, rank.value as number, messages.locale),
      }),
    );
  }
  return notes;
}

/**
 * A text description of what the chart shows: how many countries, the extremes, the highlighted
 * ones; the bundled rows' source is named, a caller's (`bundled` false) is not known.
 */
export function describeSlaveryIndex(
  rows: readonly SlaveryIndexRow[],
  messages: SlaveryIndexMessages,
  bundled = true,
): string {
  const t = messages.slaveryIndex;
  const { locale } = messages;
  const highest = rows[0];
  const lowest = rows[rows.length - 1];
  if (!highest || !lowest) return '';
  const name = (row: GsiRow) => slaveryIndexCountryName(row, messages);
  const parts = [
    fill(bundled ? t.describeSummary : t.describeCustomSummary, {
      count: plural(messages.plural.countries, rows.length, locale),
    }),
    fill(t.describeExtremes, {
      highest: name(highest),
      highestValue: formatNumber(highest.prevalencePer1000, locale),
      lowest: name(lowest),
      lowestValue: formatNumber(lowest.prevalencePer1000, locale),
    }),
    ...rows
      .filter((row) => row.highlighted)
      .map((row) =>
        fill(t.describeHighlight, {
          country: name(row),
          value: formatNumber(row.prevalencePer1000, locale),
          position: ordinal(messages.ordinal, row.position, locale),
          count: rows.length,
        }),
      ),
  ];
  return parts.join(' ');
}

export interface SlaveryIndexFigureOptions extends SlaveryIndexOptions {
  /** Add the note that corrects the article's figure for Kazakhstan (bundled rows only). Default `true`. */
  showCorrection?: boolean;
}

/**
 * Everything the slavery-index figure says for `options`, with its bars: the dataset's rows name
 * the year and edition of their estimates (and a note where they mix editions); rows from a
 * caller's `data` name no edition or year, which they do not carry.
 */
export function slaveryIndexFigure(
  options: SlaveryIndexFigureOptions,
  messages: SlaveryIndexMessages,
): ChartFigure<SlaveryIndexRow[]> {
  const rows = slaveryIndexRows(options);
  const fromDataset = options.data === undefined;
  const dataset = options.dataset ?? bundled;
  const catalogue = options.dataset?.sources;
  const editions = fromDataset
    ? slaveryIndexEditions(
        rows.map((row) => row.iso2),
        dataset.facts,
      )
    : [];
  const subtitle = slaveryIndexSubtitle(messages, fromDataset, editions, catalogue);
  const notes = slaveryIndexNotes(rows, messages, options.showCorrection ?? true, dataset.facts);
  const mixed = mixedEditionsNote(editions, messages, catalogue ?? {}, (code) => {
    const row = rows.find((item) => item.iso2 === code);
    return row ? slaveryIndexCountryName(row, messages) : code;
  });
  const credits = factCredits(
    dataset.facts,
    rows.map((row) => `gsi.prevalence.${row.iso2}`),
  );
  return {
    data: rows,
    title: messages.slaveryIndex.title,
    subtitle,
    notes: mixed ? [...notes, mixed] : notes,
    sources: sourceLines(fromDataset && credits.length > 0 ? credits : slaveryIndexSources, messages, catalogue),
    // Only the bundled edition's estimates are the ones the summary names.
    description: describeSlaveryIndex(rows, messages, fromDataset && isBundledEditionOnly(editions)),
    table: slaveryIndexTable(rows, messages, fromDataset, subtitle),
  };
}

export type { ChartFigure, FigureText } from './figure.js';
export { type SourceCredit, type SourceLine, slaveryIndexSources, sourceLines } from './sources.js';

/**
 * The texts this chart uses, per locale, each loaded when first asked for: the common sections and its
 * own, without the other charts', the audit's or the other locales'.
 */
export const slaveryIndexTexts: ChartTexts<SlaveryIndexMessages> = /* @__PURE__ */ chartTexts<SlaveryIndexMessages>({
  ru: () =>
    import('../i18n/ru/slavery-index.js').then((module) => ({
      ...module.ruUnits,
      slaveryIndex: module.ruSlaveryIndex,
    })),
  kk: () =>
    import('../i18n/kk/slavery-index.js').then((module) => ({
      ...module.kkUnits,
      slaveryIndex: module.kkSlaveryIndex,
    })),
  en: () =>
    import('../i18n/en/slavery-index.js').then((module) => ({
      ...module.enUnits,
      slaveryIndex: module.enSlaveryIndex,
    })),
});
export type { SlaveryIndexMessages } from '../i18n/messages.js';
