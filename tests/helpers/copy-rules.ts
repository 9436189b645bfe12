// The rules of packages/core/src/i18n/STYLE.md as checks over reader-facing texts: each returns
// what it finds wrong, so that a failing test names the text and the rule it breaks.
import { catalogues } from '../../packages/core/src/i18n/catalogues.js';
import type { Locale, PluralForms } from '../../packages/core/src/index.js';

/** A text that breaks a rule, with the rule's name. */
export interface Violation {
  rule: string;
  text: string;
}

const breakingSpace = '[ \\t\\r\\n]';
const anySpace = '[\\s\\u00a0\\u202f]';

interface Rule {
  name: string;
  pattern: RegExp;
}

const everyLocale: readonly Rule[] = [
  // A hyphen-minus before a digit is a minus sign written wrong ("-16,5 %"); in "KZ-75", "125-1",
  // "61-е" it joins a word or a number and is left alone.
  { name: 'minus sign U+2212, not a hyphen, before a digit', pattern: /(?:^|[^\p{L}\p{N}])-(?=\d)/u },
  { name: 'an en dash in ranges of years, not a hyphen', pattern: /\b\d{4}-\d{2,4}\b/ },
  { name: 'a dash, not a hyphen between spaces', pattern: new RegExp(`${anySpace}-${anySpace}`) },
];

const byLocale: Readonly<Record<Locale, readonly Rule[]>> = {
  ru: [
    { name: 'a no-break space before % (ru)', pattern: new RegExp(`\\d(?:${breakingSpace})?%`) },
    { name: 'a no-break space in «ст. N» (ru)', pattern: new RegExp(`[сС]т\\.${breakingSpace}\\d`) },
    {
      name: 'a no-break space in «N тыс.», «N млн» (ru)',
      pattern: new RegExp(`\\d${breakingSpace}(?:тыс\\.|млн|млрд)`),
    },
    {
      name: 'no-break spaces in «п. п.» (ru)',
      pattern: new RegExp(`\\d${breakingSpace}п\\.|п\\.${breakingSpace}п\\.`),
    },
    { name: 'a no-break space between thousands (ru)', pattern: new RegExp(`\\d${breakingSpace}\\d{3}(?!\\d)`) },
    { name: '«ст.» in lower case inside a sentence (ru)', pattern: /[\p{Ll}\d,;:–—]\s+Ст\./u },
    { name: '«ёлочки», not "quotes" (ru)', pattern: /["“”„]/ },
  ],
  kk: [
    { name: 'no space before % (kk)', pattern: new RegExp(`\\d${anySpace}%`) },
    { name: 'a no-break space in «N мың», «N млн» (kk)', pattern: new RegExp(`\\d${breakingSpace}(?:мың|млн|млрд)`) },
    { name: 'a no-break space between thousands (kk)', pattern: new RegExp(`\\d${breakingSpace}\\d{3}(?!\\d)`) },
    // Kazakh keeps a noun after a numeral in the singular: «159 жәбірленуші», «2023 жылғы».
    {
      name: 'a singular noun after a numeral (kk)',
      pattern: new RegExp(`\\d${anySpace}+(?:жылдар|жәбірленушілер|жәбірленгендер|жағдайлар|елдер|адамдар|істер)`),
    },
    { name: '«ёлочки», not "quotes" (kk)', pattern: /["“”„]/ },
  ],
  en: [
    { name: 'no space before % (en)', pattern: new RegExp(`\\d${anySpace}%`) },
    { name: 'curly “quotes”, not straight ones (en)', pattern: /"/ },
    { name: 'quotes, not «guillemets» (en)', pattern: /[«»]/ },
  ],
};

/** The words of one set of plural forms (`{count} случаев` → `случаев`), by category. */
function nouns(forms: PluralForms): Map<Intl.LDMLPluralRule, string> {
  return new Map(
    Object.entries(forms).map(([category, form]) => [
      category as Intl.LDMLPluralRule,
      form.replace('{count}', '').trim(),
    ]),
  );
}

// The counted nouns: the catalogue's plural forms, and nouns that hard-coded sentences count.
// (Not years: «2024 год» names a year, it does not count them.)
const extraForms: Readonly<Record<Locale, readonly PluralForms[]>> = {
  ru: [{ one: '{count} дело', few: '{count} дела', many: '{count} дел', other: '{count} дела' }],
  kk: [],
  en: [],
};

function countedNouns(locale: Locale): Map<Intl.LDMLPluralRule, string>[] {
  return [...Object.values(catalogues[locale].plural), ...extraForms[locale]].map(nouns);
}

function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  // Kazakh's rules are CLDR's (one for 1, other otherwise), which Intl knows in Node.
  return new Intl.PluralRules(locale).select(count);
}

/**
 * Where a count meets one of the counted nouns, the noun in the form `Intl.PluralRules` gives the
 * count: «21 пострадавший», «22 пострадавших», "1 country".
 */
function pluralViolations(text: string, locale: Locale): Violation[] {
  const found: Violation[] = [];
  const sets = countedNouns(locale);
  for (const match of text.matchAll(/(?<![\p{L}\d.,])(\d[\d\u00a0\u202f]*(?:[.,]\d+)?)[ \u00a0]+(\p{L}+)/gu)) {
    const [, digits = '', word = ''] = match;
    const count = Number(digits.replace(/[\u00a0\u202f]/g, '').replace(',', '.'));
    for (const set of sets) {
      if (![...set.values()].includes(word)) continue;
      const expected = set.get(pluralCategory(count, locale)) ?? set.get('other');
      if (expected !== word) {
        found.push({ rule: `plural form for ${count}: «${expected}», not «${word}» (${locale})`, text });
      }
    }
  }
  return found;
}

/** Every rule that `text`, written in `locale`, breaks. */
export function copyViolations(text: string, locale: Locale): Violation[] {
  const rules = [...everyLocale, ...byLocale[locale]];
  return [
    ...rules.filter((rule) => rule.pattern.test(text)).map((rule) => ({ rule: rule.name, text })),
    ...pluralViolations(text, locale),
  ];
}

/** The violations of many texts, as lines to read in a failing test's diff. */
export function violationsOf(texts: Iterable<string>, locale: Locale): string[] {
  return [...texts].flatMap((text) => copyViolations(text, locale).map((v) => `${v.rule}: ${JSON.stringify(v.text)}`));
}

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };

function decode(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => entities[name] ?? '');
}

/**
 * The texts a reader gets from server-rendered HTML: each text node, and the attributes that are
 * read aloud or shown (aria-label, title, alt, placeholder). Tags, styles and scripts are left out.
 */
export function readerTexts(html: string): string[] {
  const withoutCode = html.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  const attributes = [...withoutCode.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map((m) =>
    decode(m[1] ?? ''),
  );
  const nodes = withoutCode
    .replace(/<!-- -->/g, '')
    .split(/<[^>]*>/)
    .map((text) => decode(text).trim());
  return [...attributes, ...nodes].filter((text) => text !== '');
}

/** Every string value inside `value` (the texts of a chart's model: labels, tooltips, notes…). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}
