import { victimFacts } from '../data/victims.js';
import { share } from '../derive.js';
import { KztError } from '../errors.js';
import { type FactTable, factsById } from '../facts.js';
import { type ChartTexts, chartTexts } from '../i18n/chart-texts.js';
import { fill, formatList, formatNumber, formatPercent, plural } from '../i18n/format.js';
import type { VictimBreakdownMessages } from '../i18n/messages.js';
import type { DataTable } from '../table.js';
import { assertFiniteNumber, assertOneOf } from '../validate.js';
import type { ChartFigure } from './figure.js';
import { type FigureDataset, factCredits, figureFacts, sameAsBundled } from './figure-dataset.js';
import { crimeSources, sourceLines } from './sources.js';

// Only the victims' facts: the chart does not pull in the rest of the dataset.
const bundledFacts = factsById(victimFacts);
/** The year of the bundled counts, which the bundled notes speak of. */
const bundledYear = 2025;

/** How the victims are split: by sex or by citizenship. */
export type VictimBreakdown = 'sex' | 'citizenship';
export const victimBreakdowns: readonly VictimBreakdown[] = ['sex', 'citizenship'];

/** Victims in one year and the counts of each group. */
export interface VictimCounts {
  total: number;
  women: number;
  men: number;
  /** Citizens of Kazakhstan. */
  citizens: number;
  /** Foreign citizens and stateless people. */
  foreigners: number;
}

export type VictimGroup = 'women' | 'men' | 'citizens' | 'foreigners';

/** The id of the count of `group` (or of all victims) in `year`: `victims.women.2025`, `victims.2025`. */
const victimsId = (year: number, group?: VictimGroup) => (group ? `victims.${group}.${year}` : `victims.${year}`);

/**
 * The counts of `year` in `data` (by default the bundled 2025 counts: 159 victims; 74 women and 85
 * men; 143 citizens and 16 foreigners); a count the facts do not hold, or hold as unknown, is `NaN`.
 */
export function victimCounts(data: { facts: FactTable } = { facts: bundledFacts }, year = bundledYear): VictimCounts {
  const count = (group?: VictimGroup) => {
    const value = data.facts[victimsId(year, group)]?.value;
    return typeof value === 'number' ? value : Number.NaN;
  };
  return {
    total: count(),
    women: count('women'),
    men: count('men'),
    citizens: count('citizens'),
    foreigners: count('foreigners'),
  };
}

export interface VictimSlice {
  key: VictimGroup;
  count: number;
  /** Fraction of the total, 0–1. */
  share: number;
}

export interface VictimBreakdownData {
  breakdown: VictimBreakdown;
  /** The year of the dataset's counts shown, or `null` for a caller's counts, which carry none. */
  year: number | null;
  total: number;
  slices: readonly VictimSlice[];
  /** Groups whose count was derived from reported figures, not published (bundled data only). */
  derived: readonly VictimGroup[];
}

const groups: Record<VictimBreakdown, readonly [VictimGroup, VictimGroup]> = {
  sex: ['women', 'men'],
  citizenship: ['citizens', 'foreigners'],
};

export interface VictimBreakdownOptions {
  /** Default `sex`. */
  breakdown?: VictimBreakdown;
  /** Counts of one year; default the counts of `dataset`. */
  data?: VictimCounts;
  /**
   * The dataset to read the counts from: its latest year with the total and both groups of the
   * breakdown (`victims.<year>`, `victims.women.<year>`…), e.g. a newsroom's update merged by
   * `applyUpdate`. Default the bundled 2025 counts.
   */
  dataset?: FigureDataset;
}

const yearOfTotal = /^victims\.(\d{4})$/;

/** The latest year whose total and both groups of `breakdown` `facts` hold as numbers, or `null`. */
export function victimBreakdownYear(facts: FactTable, breakdown: VictimBreakdown = 'sex'): number | null {
  const known = (id: string) => typeof facts[id]?.value === 'number';
  const years = Object.keys(facts)
    .map((id) => Number(yearOfTotal.exec(id)?.[1]))
    .filter((year) => known(victimsId(year)) && groups[breakdown].every((group) => known(victimsId(year, group))));
  return years.length === 0 ? null : Math.max(...years);
}

/** The counts to chart and their year: the caller's, or the dataset's latest year for `breakdown`. */
function countsToChart(
  breakdown: VictimBreakdown,
  data: VictimCounts | undefined,
  facts: FactTable,
): { counts: VictimCounts; year: number | null } {
  if (data) return { counts: data, year: null };
  const year = victimBreakdownYear(facts, breakdown);
  if (year === null)
    throw new KztError('empty-data', `The dataset has no year with victims counted by ${breakdown}.`, {
      what: 'dataset',
    });
  return { counts: victimCounts({ facts }, year), year };
}

/** The slices of the victims donut, validated: the groups must add up to the total. */
export function victimBreakdown({
  breakdown = 'sex',
  data,
  dataset,
}: VictimBreakdownOptions = {}): VictimBreakdownData {
  const kind = assertOneOf(breakdown, victimBreakdowns, 'unknown-breakdown', 'breakdown');
  const facts = figureFacts(dataset, bundledFacts);
  const { counts, year } = countsToChart(kind, data, facts);
  if (typeof counts !== 'object' || counts === null)
    throw new KztError('empty-data', 'data must be an object of counts.', { what: 'data' });
  const total = assertFiniteNumber(counts.total, 'total');
  if (total === 0) throw new KztError('empty-data', 'The total is 0: there is nothing to show.', { what: 'total' });
  const slices = groups[kind].map((key) => {
    const count = assertFiniteNumber(counts[key], key);
    return { key, count, share: share(count, total) };
  });
  const sum = slices.reduce((acc, slice) => acc + slice.count, 0);
  if (sum !== total) {
    throw new KztError('above-total', `The groups add up to ${sum}, not to the total ${total}.`, {
      value: String(sum),
      valid: String(total),
    });
  }
  // A caller's counts carry no status: only the dataset's are known to be derived.
  const derived = year === null ? [] : groups[kind].filter((key) => facts[victimsId(year, key)]?.status === 'derived');
  return { breakdown: kind, year, total, slices, derived };
}

/**
 * The donut's title, naming the year of the dataset's counts ("…, 2025"); a caller's counts carry
 * no year, so their title names none (`bundled` false, or no `data.year`).
 */
export function victimBreakdownTitle(
  data: VictimBreakdownData,
  messages: VictimBreakdownMessages,
  bundled = true,
): string {
  const title =
    data.breakdown === 'sex' ? messages.victimBreakdown.titleSex : messages.victimBreakdown.titleCitizenship;
  return bundled && data.year !== null ? `${title}, ${data.year}` : title;
}

/** The slices as a table: group, count, share (0–1); `bundled` as for `victimBreakdownTitle`. */
export function victimBreakdownTable(
  data: VictimBreakdownData,
  messages: VictimBreakdownMessages,
  bundled = true,
): DataTable {
  const t = messages.victimBreakdown;
  return {
    caption: `${victimBreakdownTitle(data, messages, bundled)}. ${t.subtitle}`,
    columns: [t.group, t.count, t.share],
    rows: data.slices.map((slice) => [t.slices[slice.key], slice.count, Number(slice.share.toFixed(4))]),
    derived: data.slices.flatMap((slice, row) => (data.derived.includes(slice.key) ? [[row, 1] as const] : [])),
  };
}

/** The facts the bundled notes of `breakdown` speak of, with their figures. */
const bundledNoteFacts: Record<VictimBreakdown, readonly string[]> = {
  sex: ['victims.2025', 'victims.womenShare.2025', 'victims.women.2025', 'victims.men.2025', 'victims.women.change'],
  citizenship: ['victims.2025', 'victims.citizens.2025', 'victims.foreigners.2025'],
};

/**
 * Notes under the donut. For the bundled 2025 counts: how the derived counts were derived and, for
 * the split by sex, the ambiguous "+21.3 %". For another year of the dataset: which counts are
 * derived rather than published. A caller's counts get none.
 */
export function victimBreakdownNotes(
  data: VictimBreakdownData,
  messages: VictimBreakdownMessages,
  bundled: boolean,
  facts: FactTable = bundledFacts,
): string[] {
  const t = messages.victimBreakdown;
  if (!bundled || data.year === null) return [];
  if (data.year === bundledYear && sameAsBundled(facts, bundledFacts, bundledNoteFacts[data.breakdown]))
    return data.breakdown === 'sex' ? [t.sexDerivedNote, t.womenChangeNote] : [t.citizenshipDerivedNote];
  if (data.derived.length === 0) return [];
  const names = data.derived.map((group) => t.slices[group]);
  return [fill(t.derivedNote, { groups: formatList(names, messages.locale) })];
}

/** A text description: the total and each group with count and share. */
export function describeVictimBreakdown(data: VictimBreakdownData, messages: VictimBreakdownMessages): string {
  const t = messages.victimBreakdown;
  const { locale } = messages;
  const parts = data.slices.map((slice) => {
    const share = formatPercent(slice.share * 100, locale);
    return fill(t.describePart, {
      label: t.slices[slice.key],
      count: formatNumber(slice.count, locale),
      // A derived count says so beside its share: "74 (46,5 %; вычислено)".
      share: data.derived.includes(slice.key) ? `${share}; ${messages.frame.derived}` : share,
    });
  });
  return fill(t.describe, { total: plural(messages.plural.victims, data.total, locale), parts: parts.join('; ') });
}

/**
 * Everything the victims figure says for `options`, with its slices. A caller's counts get no
 * bundled notes, and a title without the year they do not carry.
 */
export function victimBreakdownFigure(
  options: VictimBreakdownOptions,
  messages: VictimBreakdownMessages,
): ChartFigure<VictimBreakdownData> {
  const data = victimBreakdown(options);
  const bundled = options.data === undefined;
  const facts = figureFacts(options.dataset, bundledFacts);
  const year = data.year;
  const credits =
    year === null
      ? []
      : factCredits(facts, [victimsId(year), ...data.slices.map((slice) => victimsId(year, slice.key))]);
  return {
    data,
    title: victimBreakdownTitle(data, messages, bundled),
    subtitle: messages.victimBreakdown.subtitle,
    notes: victimBreakdownNotes(data, messages, bundled, facts),
    sources: sourceLines(credits.length > 0 ? credits : crimeSources, messages, options.dataset?.sources),
    description: describeVictimBreakdown(data, messages),
    table: victimBreakdownTable(data, messages, bundled),
  };
}

export type { ChartFigure, FigureText } from './figure.js';
export { crimeSources, type SourceCredit, type SourceLine, sourceLines } from './sources.js';

/**
 * The texts this chart uses, per locale, each loaded when first asked for: the common sections and its
 * own, without the other charts', the audit's or the other locales'.
 */
export const victimBreakdownTexts: ChartTexts<VictimBreakdownMessages> =
  /* @__PURE__ */ chartTexts<VictimBreakdownMessages>({
    ru: () =>
      import('../i18n/ru/victim-breakdown.js').then((module) => ({ victimBreakdown: module.ruVictimBreakdown })),
    kk: () =>
      import('../i18n/kk/victim-breakdown.js').then((module) => ({ victimBreakdown: module.kkVictimBreakdown })),
    en: () =>
      import('../i18n/en/victim-breakdown.js').then((module) => ({ victimBreakdown: module.enVictimBreakdown })),
  });
export type { VictimBreakdownMessages } from '../i18n/messages.js';
