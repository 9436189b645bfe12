import type { Locale, Unit } from '../types.js';
import { kazakhCompact, kazakhCountryNames, kazakhList, kazakhPercent, kazakhPluralCategory } from './kazakh.js';
import type { CommonMessages, PluralForms, UnitMessages } from './messages.js';

/** The locales the charts support, default first. */
export const locales: readonly Locale[] = ['ru', 'kk', 'en'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

const intlFallback: Record<Locale, 'ru' | 'en'> = { ru: 'ru', kk: 'ru', en: 'en' };

// Intl objects are costly to make, and a chart formats dozens of values per render: each is made
// once per settings. They are kept per constructor, so that a replaced Intl (as in tests) starts afresh.
const made = new WeakMap<object, Map<string, unknown>>();

function once<T>(maker: object, key: string, make: () => T): T {
  let byKey = made.get(maker);
  if (!byKey) {
    byKey = new Map();
    made.set(maker, byKey);
  }
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key) as T;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = intlLocale(locale);
  return once(Intl.NumberFormat, `${tag} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options));
}

function regionNames(tag: string): Intl.DisplayNames {
  return once(Intl.DisplayNames, tag, () => new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' }));
}

// Some runtimes claim a locale without carrying its data (Chromium's ICU "supports" kk but formats
// 1234.5 and names countries as in English): a locale counts only when its output differs from English.
function hasData(locale: Locale, probe: (tag: string) => string): boolean {
  if (locale === 'en') return true;
  try {
    return probe(locale) !== probe('en');
  } catch {
    return false;
  }
}

/**
 * The Intl locale numbers are written with: Kazakh ones with Russian data, adjusted (see kazakh.ts),
 * so that they read the same in every runtime.
 */
export function intlLocale(locale: Locale): 'ru' | 'en' {
  return intlFallback[locale];
}

/** Replaces each `{name}` in `template` with `params[name]`; unknown names are left as written. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** The minus sign U+2212, which Intl writes as a hyphen-minus in ru and en. */
export const minusSign = '\u2212';

function withMinusSign(text: string): string {
  return text.replace(/-(?=\d)/g, minusSign);
}

/** A number in the locale's style (`11,1` in ru, `−3` with the minus sign), at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return withMinusSign(numberFormat(locale, { maximumFractionDigits }).format(value));
}

/**
 * A percentage given in percent units (46.5 → `46,5 %` in ru, with a no-break space; `46,5%` in kk
 * and `46.5%` in en); `signed` shows + and the minus sign −.
 */
export function formatPercent(
  percent: number,
  locale: Locale,
  { signed = false, maximumFractionDigits = 1 } = {},
): string {
  const text = numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(percent / 100);
  return withMinusSign(locale === 'kk' ? kazakhPercent(text) : text);
}

/** An amount of tenge in compact form (`5 млн ₸` in ru). */
export function formatTenge(amount: number, locale: Locale): string {
  const text = numberFormat(locale, {
    style: 'currency',
    currency: 'KZT',
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(amount);
  return withMinusSign(locale === 'kk' ? kazakhCompact(text) : text);
}

/** A number in compact form (`208 тыс.` in ru). */
export function formatCompact(value: number, locale: Locale): string {
  const text = numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  return withMinusSign(locale === 'kk' ? kazakhCompact(text) : text);
}

/** The plural form for `count`, with `{count}` filled in (`5 случаев`). */
export function plural(forms: PluralForms, count: number, locale: Locale): string {
  const category =
    locale === 'kk'
      ? kazakhPluralCategory(count)
      : once(Intl.PluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  return fill(forms[category] ?? forms.other, { count: formatNumber(count, locale) });
}

/**
 * A rank written as an ordinal (`17th` in en, `17-е место` in ru), the form chosen by
 * `Intl.PluralRules` with `type: 'ordinal'`; Kazakh writes every rank alike (`17-орын`).
 */
export function ordinal(forms: PluralForms, rank: number, locale: Locale): string {
  const category =
    locale === 'kk'
      ? 'other'
      : once(Intl.PluralRules, `${locale} ordinal`, () => new Intl.PluralRules(locale, { type: 'ordinal' })).select(
          rank,
        );
  return fill(forms[category] ?? forms.other, { count: formatNumber(rank, locale) });
}

/** A value marked as derived, not published: `15 (вычислено)`, `15 (derived)`. */
export function markDerived(text: string, messages: Pick<CommonMessages, 'frame'>): string {
  return `${text} (${messages.frame.derived})`;
}

/** A value written with its unit (`11,1 на 1000 человек`). */
export function formatWithUnit(value: number | string, unit: Unit, messages: UnitMessages): string {
  if (unit === 'unit-name' && (value === 'per-1000' || value === 'per-100000')) return messages.unitNames[value];
  if (typeof value === 'string') return fill(messages.units[unit], { value });
  const { locale } = messages;
  const formatted =
    unit === 'percent' || unit === 'percentage-points'
      ? formatNumber(value, locale, 1)
      : unit === 'tenge'
        ? formatTenge(value, locale)
        : formatNumber(value, locale, unit === 'ratio' ? 2 : 1);
  return fill(messages.units[unit], { value: formatted });
}

/**
 * The country's name in `locale` through `Intl.DisplayNames`, or `fallback` where the runtime
 * has no names for that locale. Kazakh names of the dataset's countries are kept in core (see
 * kazakh.ts); other countries' Kazakh names come from Intl, else Russian ones.
 */
export function countryName(iso2: string, locale: Locale, fallback: string): string {
  // Own keys only: a code such as `constructor` names no country.
  const kazakh = locale === 'kk' && Object.hasOwn(kazakhCountryNames, iso2) ? kazakhCountryNames[iso2] : undefined;
  if (kazakh) return kazakh;
  try {
    if (typeof Intl.DisplayNames !== 'function') return fallback;
    const regionName = (tag: string) => regionNames(tag).of('KZ') ?? '';
    // Without Kazakh names, Russian ones (also Cyrillic, read by the same readers) come before English.
    const tag = [locale, intlFallback[locale]].find(
      (candidate) => Intl.DisplayNames.supportedLocalesOf(candidate).length > 0 && hasData(candidate, regionName),
    );
    if (!tag) return fallback;
    const name = regionNames(tag).of(iso2);
    return name && name !== iso2 ? name : fallback;
  } catch {
    return fallback;
  }
}

/** Items joined as a list in the locale's style (`a, b и c`). */
export function formatList(items: readonly string[], locale: Locale): string {
  if (locale === 'kk') return kazakhList(items);
  return once(Intl.ListFormat, locale, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}
