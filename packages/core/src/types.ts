/** A locale the charts are written in. Russian is the default. */
export type Locale = 'ru' | 'kk' | 'en';

/** Identifier of a source the bundled dataset carries (each has a short name in every locale). */
export type BundledSourceId =
  | 'ranking-kz-2026'
  | 'kpsisu'
  | 'gsi-2023'
  | 'stat-gov-kz'
  | 'interior-ministry'
  | 'labour-ministry'
  | 'us-tip-report'
  | 'geokz';

/**
 * Identifier of an entry in `dataset.sources`: a bundled source, or one a newsroom's update adds
 * (`applyUpdate`).
 */
export type SourceId = BundledSourceId | (string & {});

/** Where a figure comes from. */
export interface Source {
  id: SourceId;
  publisher: string;
  title: string;
  /** Publication date, ISO 8601 (`YYYY` or `YYYY-MM-DD`). */
  date: string;
  /** Public address, or `null` where none could be checked. */
  url: string | null;
  /** BCP 47 language of the source text. */
  language: string;
}

/** What a figure counts or measures. */
export type Unit =
  | 'per-1000'
  | 'per-100000'
  | 'people'
  | 'offences'
  | 'cases'
  | 'proceedings'
  | 'percent'
  | 'percentage-points'
  | 'ratio'
  | 'tenge'
  | 'years'
  | 'rank'
  | 'score-0-100'
  | 'tier'
  | 'unit-name'
  | 'edition'
  | 'country-order';

/**
 * How sure we are of a figure:
 * - `reported`: stated by its source (and, for the article, quoted verbatim);
 * - `derived`: computed from other facts by a named derivation;
 * - `corrected`: the article's figure conflicts with the primary source; both are kept;
 * - `unknown`: not published; the value is `null`, never guessed;
 * - `ambiguous`: the wording allows several readings; every reading that fits is kept.
 */
export type FactStatus = 'reported' | 'derived' | 'corrected' | 'unknown' | 'ambiguous';

/** What a reported figure says about other facts, so that `audit` can recompute it. */
export type Claim =
  | { kind: 'percent-change'; from: string; to: string; decimals: number }
  | { kind: 'share'; part: string; whole: string; decimals: number }
  | { kind: 'multiple'; from: string; to: string; tolerance: number }
  | { kind: 'conflict'; with: string };

/** Bounds that are known about an unknown value. */
export interface Constraint {
  /** The value is strictly greater than this. */
  greaterThan?: number;
  /** The value is at most this. */
  atMost?: number;
  /** The source names this period as the minimum of the years it shows. */
  minimumOfPeriod?: boolean;
  /** The source names this period as the maximum of the years it shows. */
  maximumOfPeriod?: boolean;
}

/** One reading of an ambiguous figure, with what it implies and whether it fits the other facts. */
export interface Reading {
  id: string;
  /** What this reading takes the wording to mean (English). */
  meaning: string;
  /** The earlier value the reading implies, or `null` when no value fits. */
  implied: number | null;
  unit: Unit;
  /** How `implied` was computed. */
  derivation: string;
  /** Whether a whole number of people fits this reading. */
  fits: boolean;
}

interface FactCommon {
  /** Stable identifier, e.g. `crimes.total.2025`. */
  id: string;
  unit: Unit;
  /** ISO 8601 year, date or interval (`2025`, `2025-01-01`, `2025-09-16/2025-12-31`). */
  period: string;
  source: SourceId;
  /** The publication the figure was taken from, when it relays `source`. */
  via?: SourceId;
  /** The figure is a rounded or "about" figure. */
  approximate?: boolean;
  /** A different measure from the main series: shown as context, never charted with them. */
  context?: boolean;
  /** A short note (English) for the methodology page. */
  note?: string;
  claim?: Claim;
}

export interface ReportedFact<T> extends FactCommon {
  status: 'reported';
  value: T;
  /** Verbatim (Russian) words of the article, present whenever the article is the source or `via`. */
  quote?: string;
}

export interface DerivedFact<T> extends FactCommon {
  status: 'derived';
  value: T;
  /** The derivation, written out. */
  formula: string;
  inputs: readonly string[];
}

export interface CorrectedFact<T> extends FactCommon {
  status: 'corrected';
  /** The corrected value, from the primary source. */
  value: T;
  /** The value and unit as the article gave them. */
  asReported: { value: T | number | string; unit: Unit };
  reason: string;
  quote: string;
}

export interface UnknownFact extends FactCommon {
  status: 'unknown';
  value: null;
  reason: string;
  constraint?: Constraint;
  quote?: string;
}

export interface AmbiguousFact<T> extends FactCommon {
  status: 'ambiguous';
  /** The figure as worded by the source. */
  value: T;
  quote: string;
  readings: readonly Reading[];
}

/** A figure with its unit, period, source and status. Unknown values are `null`. */
export type Fact<T = number> = ReportedFact<T> | DerivedFact<T> | CorrectedFact<T> | UnknownFact | AmbiguousFact<T>;

/** A first-level administrative unit of Kazakhstan (2022 layout). */
export interface Region {
  /** ISO 3166-2 code, e.g. `KZ-75`. */
  code: string;
  /** Letter code used by older lists, where one exists. */
  legacyCode: string | null;
  /** KATO code (9 digits). */
  kato: string;
  type: 'region' | 'city';
  names: Record<Locale, string>;
  /** Created by the 2022 reform. */
  created2022: boolean;
}
