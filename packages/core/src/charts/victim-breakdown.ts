import { victimFacts } from '../data/victims.js';
import { share } from '../derive.js';
import { KztError } from '../errors.js';
import { type FactTable, factsById, numberOf, periodOf } from '../facts.js';
import { type ChartTexts, chartTexts } from '../i18n/chart-texts.js';
import { fill, formatNumber, formatPercent, plural } from '../i18n/format.js';
import type { VictimBreakdownMessages } from '../i18n/messages.js';
import type { DataTable } from '../table.js';
import { assertFiniteNumber, assertOneOf } from '../validate.js';
import type { ChartFigure } from './figure.js';
import { crimeSources, sourceLines } from './sources.js';

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

/** The bundled 2025 counts (159 victims; 74 women and 85 men; 143 citizens and 16 foreigners). */
export function victimCounts(data: { facts: FactTable } = { facts: factsById(victimFacts) }): VictimCounts {
  const count = (id: string) => numberOf(data.facts, id) ?? Number.NaN;
  return {
    total: count('victims.2025'),
    women: count('victims.women.2025'),
    men: count('victims.men.2025'),
    citizens: count('victims.citizens.2025'),
    foreigners: count('victims.foreigners.2025'),
  };
}

export type VictimGroup = 'women' | 'men' | 'citizens' | 'foreigners';

export interface VictimSlice {
  key: VictimGroup;
  count: number;
  /** Fraction of the total, 0–1. */
  share: number;
}

export interface VictimBreakdownData {
  breakdown: VictimBreakdown;
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
  /** Default the bundled 2025 counts. */
  data?: VictimCounts;
}

/** The slices of the victims donut, validated: the groups must add up to the total. */
export function victimBreakdown({ breakdown = 'sex', data }: VictimBreakdownOptions = {}): VictimBreakdownData {
  const kind = assertOneOf(breakdown, victimBreakdowns, 'unknown-breakdown', 'breakdown');
  const counts = data ?? victimCounts();
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
  // A caller's counts carry no status: only the bundled ones are known to be derived.
  const facts = factsById(victimFacts);
  const derived = data ? [] : groups[kind].filter((key) => facts[`victims.${key}.2025`]?.status === 'derived');
  return { breakdown: kind, total, slices, derived };
}

/**
 * The donut's title, naming the year of the bundled counts ("…, 2025"); a caller's counts carry no
 * year, so their title names none (`bundled` false).
 */
export function victimBreakdownTitle(
  data: VictimBreakdownData,
  messages: VictimBreakdownMessages,
  bundled = true,
): string {
  const title =
    data.breakdown === 'sex' ? messages.victimBreakdown.titleSex : messages.victimBreakdown.titleCitizenship;
  return bundled ? `${title}, ${periodOf(factsById(victimFacts), 'victims.2025')}` : title;
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

/** Notes under the donut: the derived counts and, for the split by sex, the ambiguous "+21.3 %". */
export function victimBreakdownNotes(
  data: VictimBreakdownData,
  messages: VictimBreakdownMessages,
  bundled: boolean,
): string[] {
  const t = messages.victimBreakdown;
  if (!bundled) return [];
  return data.breakdown === 'sex' ? [t.sexDerivedNote, t.womenChangeNote] : [t.citizenshipDerivedNote];
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
  return {
    data,
    title: victimBreakdownTitle(data, messages, bundled),
    subtitle: messages.victimBreakdown.subtitle,
    notes: victimBreakdownNotes(data, messages, bundled),
    sources: sourceLines(crimeSources, messages),
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
