import type { KztErrorCode } from '../errors.js';
import type { BundledSourceId, Locale, Unit } from '../types.js';

/**
 * Plural forms, chosen with `Intl.PluralRules`; `other` is the fallback.
 * Each form may hold `{count}`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Values of the dataset's `edition` facts: the edition checked, and the article's "last year's results". */
export type EditionValue = 'GSI 2023 (estimates for 2021)' | '2025';

/** Finding kinds of `audit`. */
export type FindingKind = 'consistent' | 'inconsistent' | 'ambiguous' | 'corrected';

/** Facts that `audit` reports on; each needs a label in every catalogue. */
export type AuditedFactId =
  | 'gsi.unit'
  | 'gsi.edition'
  | 'gsi.rank.KZ'
  | 'gsi.bestOrder'
  | 'gsi.prevalence.KZ'
  | 'gsi.prevalence.TM'
  | 'gsi.prevalence.RU'
  | 'gsi.prevalence.TJ'
  | 'gsi.prevalence.NO'
  | 'crimes.total.change'
  | 'crimes.art128.change'
  | 'crimes.art135.tripled'
  | 'crimes.forcedMarriage.2025'
  | 'victims.change'
  | 'victims.womenShare.2025'
  | 'victims.women.change';

/**
 * Every text a reader can see, for one locale. Placeholders in braces (`{value}`) are filled by
 * `fill`; a catalogue missing a key does not type-check.
 */
export interface Messages {
  locale: Locale;
  /** How a value in each unit is written; `{value}` is the formatted number. */
  units: Record<Unit, string>;
  /** Names of the two prevalence units, for the unit correction. */
  unitNames: Record<'per-1000' | 'per-100000', string>;
  plural: { cases: PluralForms; people: PluralForms; countries: PluralForms; victims: PluralForms };
  /** A rank (`{count}`) as an ordinal, the form chosen by `Intl.PluralRules` with `type: 'ordinal'`. */
  ordinal: PluralForms;
  /** Short name of each source, as the source line shows it. */
  sources: Record<BundledSourceId, string>;
  frame: {
    source: string;
    /** A source relayed by another publication: `{source}`, `{via}`. */
    via: string;
    notes: string;
    showTable: string;
    hideTable: string;
    downloadCsv: string;
    downloadPng: string;
    downloadSvg: string;
    embed: string;
    /** Labels of the embed snippets. */
    embedScript: string;
    embedIframe: string;
    embedStatic: string;
    embedPym: string;
    /** Says that the snippet's first line goes in the AMP page's `<head>`. */
    embedAmp: string;
    /** The button an AMP page shows when it keeps an embedded chart shorter than it is. */
    showWholeChart: string;
    /** Shown instead of the static snippet when no image is pre-rendered for the options. */
    embedNoStatic: string;
    copy: string;
    copied: string;
    noData: string;
    /** The word that marks a derived value (computed from reported figures): `15 (вычислено)`; see `markDerived`. */
    derived: string;
    errorTitle: string;
    /** `{what}` names the chart. */
    errorHint: string;
  };
  /** Error texts; placeholders: `{value}`, `{valid}`, `{what}`. */
  errors: Record<KztErrorCode, string>;
  slaveryIndex: {
    title: string;
    /** What is measured and its unit; `slaveryIndexSubtitle` adds the bundled data's `period`. */
    subtitle: string;
    /** The year and edition of the bundled estimates. */
    period: string;
    /** `{year}` and `{edition}` of estimates from another edition (a newsroom's update): "2025 (Global Slavery Index 2027)". */
    periodEdition: string;
    /** `{editions}`: the countries of each edition with its period, when the rows shown mix editions. */
    mixedEditionsNote: string;
    country: string;
    prevalence: string;
    people: string;
    /** `{asReported}`, `{value}`, `{rankAsReported}`, `{rank}` (ranks as ordinals). */
    correctionNote: string;
    unitNote: string;
    /** `{count}` countries (pluralised); names the bundled data's source. */
    describeSummary: string;
    /** `{count}` countries (pluralised): the summary of a caller's rows, whose source is not known. */
    describeCustomSummary: string;
    /** `{highest}`, `{highestValue}`, `{lowest}`, `{lowestValue}`. */
    describeExtremes: string;
    /** `{country}`, `{value}`, `{position}` (an ordinal), `{count}`. */
    describeHighlight: string;
  };
  crimeTrend: {
    title: string;
    /** `{years}`: the years shown, "2022–2025". */
    subtitle: string;
    year: string;
    series: { total: string; art128: string; art135: string };
    /** The names as written inside a sentence (the description's list). */
    seriesInText: { total: string; art128: string; art135: string };
    /** The names without their explanation, for the direct labels at the line ends. */
    seriesShort: { total: string; art128: string; art135: string };
    /** Label on a year with no published value. */
    gap: string;
    /** Label on the 2022 gap: the article's constraint. */
    gapMinimum: string;
    /** `{series}`, `{from}`, `{to}`, `{change}`. */
    change: string;
    /** `{series}`, `{from}`, `{to}`, `{multiple}`. */
    multiple: string;
    /** `{years}`: the gap years; said of any data with gaps. */
    gapNote: string;
    /** What is known of the bundled data's unpublished years; never said of a caller's data. */
    minimumNote: string;
    derivedNote: string;
    contextNote: string;
    /** `{series}` (list of series names), `{from}`, `{to}`. */
    describeSummary: string;
    /** `{series}`, `{values}`. */
    describeSeries: string;
    /** `{years}`. */
    describeGaps: string;
  };
  victimBreakdown: {
    /** The title by sex, without a year: `victimBreakdownTitle` adds the bundled data's. */
    titleSex: string;
    /** The title by citizenship, without a year: `victimBreakdownTitle` adds the bundled data's. */
    titleCitizenship: string;
    subtitle: string;
    group: string;
    count: string;
    share: string;
    total: string;
    slices: { women: string; men: string; citizens: string; foreigners: string };
    womenChangeNote: string;
    sexDerivedNote: string;
    citizenshipDerivedNote: string;
    /** `{groups}`: the groups (a list of slice names) whose counts are derived, for a year other than the bundled one. */
    derivedNote: string;
    /** `{total}` (pluralised victims), `{parts}`. */
    describe: string;
    /** `{label}`, `{count}`, `{share}`. */
    describePart: string;
  };
  regionalShare: {
    /** Without a year: `regionalShareTitle` adds the bundled counts'. */
    title: string;
    subtitle: string;
    region: string;
    cases: string;
    share: string;
    remainder: string;
    legend: string;
    inset: string;
    noDataNote: string;
    /** `{count}`. */
    remainderNote: string;
    /** `{total}`. */
    describeSummary: string;
    /** `{region}`, `{count}`, `{share}`. */
    describeRegion: string;
    /** `{count}`. */
    describeRemainder: string;
  };
  audit: {
    title: string;
    fact: string;
    reported: string;
    checked: string;
    finding: string;
    kinds: Record<FindingKind, string>;
    /** `{value}`: what the inputs give. */
    recomputed: string;
    /** `{value}`: the one earlier value the claim allows. */
    implies: string;
    /** `{value}`. */
    corrected: string;
    /** `{value}`: the figure the claim conflicts with. */
    conflict: string;
    /** `{reading}`, `{value}`. */
    readingFits: string;
    /** `{reading}`. */
    readingFails: string;
    readings: Record<'percentage-points' | 'relative-share' | 'relative-count', string>;
    /** The index editions the audit names, by the dataset's value. */
    editions: Record<EditionValue, string>;
    facts: Record<AuditedFactId, string>;
  };
}

/** The texts every chart uses: locale, plurals, source names, the frame's labels and error texts. */
export type CommonMessages = Pick<Messages, 'locale' | 'plural' | 'ordinal' | 'sources' | 'frame' | 'errors'>;

/** How values are written with their units (`formatWithUnit`). */
export type UnitMessages = Pick<Messages, 'locale' | 'units' | 'unitNames'>;

/** The texts of the slavery-index chart. */
export type SlaveryIndexMessages = CommonMessages & UnitMessages & Pick<Messages, 'slaveryIndex'>;
/** The texts of the crime-trend chart. */
export type CrimeTrendMessages = CommonMessages & Pick<Messages, 'crimeTrend'>;
/** The texts of the victim-breakdown chart. */
export type VictimBreakdownMessages = CommonMessages & Pick<Messages, 'victimBreakdown'>;
/** The texts of the regional-share map. */
export type RegionalShareMessages = CommonMessages & Pick<Messages, 'regionalShare'>;

/** One catalogue per locale, holding the sections `M`. */
export type Catalogues<M extends CommonMessages = Messages> = Readonly<Record<Locale, M>>;
