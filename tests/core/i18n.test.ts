import { describe, expect, it, vi } from 'vitest';
import { gsiRows } from '../../packages/core/src/data/gsi.js';
import { sources } from '../../packages/core/src/data/sources.js';
import { catalogues, en, kk, messagesFor, ru } from '../../packages/core/src/i18n/catalogues.js';
import {
  countryName,
  fill,
  formatCompact,
  formatList,
  formatNumber,
  formatPercent,
  formatTenge,
  formatWithUnit,
  intlLocale,
  isLocale,
  KztError,
  type Locale,
  locales,
  type Messages,
  plural,
} from '../../packages/core/src/index.js';

const all: readonly [Locale, Messages][] = [
  ['ru', ru],
  ['kk', kk],
  ['en', en],
];

/** Every string of a catalogue by its dotted path (`slaveryIndex.title`). */
function strings(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') {
    found.set(path, value);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [childPath, text] of strings(child, path ? `${path}.${key}` : key)) found.set(childPath, text);
    }
  } else {
    throw new Error(`${path} holds a ${typeof value}, not a string or an object`);
  }
  return found;
}

/**
 * Plural forms differ by language (ru: one/few/many/other, en: one/other), and so do ordinal ones
 * (en: one/two/few/other): compare down to the form sets only.
 */
function comparablePath(path: string): string {
  if (path.startsWith('ordinal.')) return 'ordinal';
  return path.startsWith('plural.') ? path.split('.').slice(0, 2).join('.') : path;
}

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''));
}

/** Placeholders of each comparable key (plural forms merged). */
function placeholdersByKey(messages: Messages): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  for (const [path, text] of strings(messages)) {
    const key = comparablePath(path);
    byKey.set(key, new Set([...(byKey.get(key) ?? []), ...placeholders(text)]));
  }
  return byKey;
}

/** The params `messages.ts` documents for each template, by path prefix; every other string takes none. */
function documentedParams(path: string): Record<string, string | number> {
  const documented: [RegExp, string[]][] = [
    [/^units\./, ['value']],
    [/^plural\./, ['count']],
    [/^ordinal\./, ['count']],
    [/^frame\.errorHint$/, ['what']],
    [/^frame\.via$/, ['source', 'via']],
    [/^errors\./, ['value', 'valid', 'what']],
    [/^slaveryIndex\.correctionNote$/, ['asReported', 'value', 'rankAsReported', 'rank']],
    [/^slaveryIndex\.(describeSummary|describeCustomSummary)$/, ['count']],
    [/^slaveryIndex\.describeExtremes$/, ['highest', 'highestValue', 'lowest', 'lowestValue']],
    [/^slaveryIndex\.describeHighlight$/, ['country', 'value', 'position', 'count']],
    [/^slaveryIndex\.periodEdition$/, ['year', 'edition']],
    [/^slaveryIndex\.mixedEditionsNote$/, ['editions']],
    [/^victimBreakdown\.derivedNote$/, ['groups']],
    [/^crimeTrend\.change$/, ['series', 'from', 'to', 'change']],
    [/^crimeTrend\.multiple$/, ['series', 'from', 'to', 'multiple']],
    [/^crimeTrend\.(subtitle|gapNote|describeGaps)$/, ['years']],
    [/^crimeTrend\.describeSummary$/, ['series', 'from', 'to']],
    [/^crimeTrend\.describeSeries$/, ['series', 'values']],
    [/^victimBreakdown\.describe$/, ['total', 'parts']],
    [/^victimBreakdown\.describePart$/, ['label', 'count', 'share']],
    [/^regionalShare\.(remainderNote|describeRemainder)$/, ['count']],
    [/^regionalShare\.describeSummary$/, ['total']],
    [/^regionalShare\.describeRegion$/, ['region', 'count', 'share']],
    [/^audit\.(recomputed|implies|corrected|conflict)$/, ['value']],
    [/^audit\.readingFits$/, ['reading', 'value']],
    [/^audit\.readingFails$/, ['reading']],
  ];
  const names = documented.find(([pattern]) => pattern.test(path))?.[1] ?? [];
  return Object.fromEntries(names.map((name) => [name, `<${name}>`]));
}

describe('catalogues', () => {
  it('holds one catalogue per locale, each naming its own locale', () => {
    expect(Object.keys(catalogues)).toEqual(['ru', 'kk', 'en']);
    for (const [locale, messages] of all) {
      expect(catalogues[locale]).toBe(messages);
      expect(messages.locale).toBe(locale);
    }
  });

  it.each(all)('has no empty or blank string in %s', (_, messages) => {
    const texts = strings(messages);
    expect(texts.size).toBeGreaterThan(100);
    for (const [path, text] of texts) expect(text.trim(), path).not.toBe('');
  });

  it('has exactly the same keys in every locale (plural forms compared per language below)', () => {
    const keys = (messages: Messages) => [...new Set([...strings(messages).keys()].map(comparablePath))].sort();
    expect(keys(kk)).toEqual(keys(ru));
    expect(keys(en)).toEqual(keys(ru));
  });

  it.each(all)('gives %s plural forms that its language uses, always with `other`', (locale, messages) => {
    const categories = new Intl.PluralRules(intlLocale(locale)).resolvedOptions().pluralCategories;
    expect(Object.keys(messages.plural).sort()).toEqual(['cases', 'countries', 'people', 'victims']);
    for (const forms of Object.values(messages.plural)) {
      expect(forms.other).toContain('{count}');
      for (const category of Object.keys(forms)) expect(categories).toContain(category);
    }
  });

  it('uses the same placeholders for the same key in every locale', () => {
    const reference = placeholdersByKey(ru);
    for (const messages of [kk, en]) {
      const other = placeholdersByKey(messages);
      for (const [key, names] of reference) expect(other.get(key), `${messages.locale}: ${key}`).toEqual(names);
    }
  });

  it.each(all)('leaves no placeholder in %s when each template gets its documented params', (_, messages) => {
    for (const [path, template] of strings(messages)) {
      expect(fill(template, documentedParams(path)), path).not.toMatch(/\{[^}]*\}/);
    }
  });

  it('names every source of the dataset in every locale', () => {
    for (const [, messages] of all) expect(Object.keys(messages.sources).sort()).toEqual(Object.keys(sources).sort());
  });

  it('has a label for every error code and every audited fact', () => {
    for (const [, messages] of all) {
      expect(Object.keys(messages.errors).sort()).toEqual(Object.keys(en.errors).sort());
      expect(Object.keys(messages.errors)).toHaveLength(11);
      expect(Object.keys(messages.audit.facts)).toHaveLength(16);
    }
  });
});

describe('messagesFor', () => {
  it('returns the catalogue of each locale', () => {
    expect(messagesFor('ru')).toBe(ru);
    expect(messagesFor('kk')).toBe(kk);
    expect(messagesFor('en')).toBe(en);
  });

  it('refuses an unknown locale, naming ru, kk and en', () => {
    for (const bad of ['xx', 'RU', 'en-US', '', undefined, 7]) {
      let error: unknown;
      try {
        messagesFor(bad);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(KztError);
      expect(error).toMatchObject({ code: 'unknown-locale', details: { valid: 'ru, kk, en' } });
    }
    expect(() => messagesFor('xx')).toThrow('Unknown locale "xx". Valid: ru, kk, en.');
  });
});

describe('locales, isLocale and intlLocale', () => {
  it('lists ru first, then kk and en', () => {
    expect(locales).toEqual(['ru', 'kk', 'en']);
  });

  it('accepts exactly the three locales', () => {
    for (const locale of ['ru', 'kk', 'en']) expect(isLocale(locale)).toBe(true);
    for (const other of ['RU', 'kz', 'de', 'ru-RU', '', null, undefined, 1, ['ru']])
      expect(isLocale(other)).toBe(false);
  });

  it('writes Kazakh numbers with Russian Intl data, which every runtime has', () => {
    expect(intlLocale('ru')).toBe('ru');
    expect(intlLocale('en')).toBe('en');
    expect(intlLocale('kk')).toBe('ru');
  });
});

describe('fill', () => {
  it('replaces each placeholder, as often as it appears', () => {
    expect(fill('{a} and {b}, then {a}', { a: 'x', b: 2 })).toBe('x and 2, then x');
  });

  it('writes zero and leaves unknown names as written', () => {
    expect(fill('{count} of {total}', { count: 0 })).toBe('0 of {total}');
  });
});

describe('number formatting', () => {
  it('writes decimals in the locale’s style', () => {
    expect(formatNumber(11.1, 'ru')).toBe('11,1');
    expect(formatNumber(11.1, 'kk')).toBe('11,1');
    expect(formatNumber(11.1, 'en')).toBe('11.1');
  });

  it('groups thousands in the locale’s style', () => {
    expect(formatNumber(1_899_000, 'ru')).toBe('1\u00a0899\u00a0000');
    expect(formatNumber(1_899_000, 'en')).toBe('1,899,000');
  });

  it('rounds to at most the decimals asked for', () => {
    expect(formatNumber(3.4444, 'en')).toBe('3.4');
    expect(formatNumber(3.4444, 'en', 2)).toBe('3.44');
    expect(formatNumber(14, 'ru')).toBe('14');
  });

  it('writes percentages in the locale’s style, signed on request', () => {
    expect(formatPercent(46.5, 'ru')).toBe('46,5\u00a0%');
    expect(formatPercent(46.5, 'en')).toBe('46.5%');
    expect(formatPercent(46.5, 'kk')).toBe('46,5%');
    expect(formatPercent(-16.53, 'en', { signed: true })).toBe('\u221216.5%');
    expect(formatPercent(-16.53, 'ru', { signed: true })).toBe('\u221216,5\u00a0%');
    expect(formatNumber(-3, 'ru')).toBe('\u22123');
    expect(formatPercent(50, 'en', { signed: true })).toBe('+50%');
    expect(formatPercent(0, 'en', { signed: true })).toBe('0%');
    expect(formatPercent(33.333, 'en', { maximumFractionDigits: 2 })).toBe('33.33%');
  });

  it('writes tenge in compact form', () => {
    const ruTenge = formatTenge(5_000_000, 'ru');
    expect(ruTenge).toContain('млн');
    expect(ruTenge).toContain('₸');
    expect(ruTenge).toMatch(/^5(,0)?\sмлн\s₸$/u);
    expect(formatTenge(5_000_000, 'en')).toMatch(/^₸5(\.0)?M$/);
    expect(formatTenge(500_000, 'ru')).toContain('тыс.');
  });

  it('writes other numbers in compact form', () => {
    expect(formatCompact(208_000, 'ru')).toBe('208\u00a0тыс.');
    expect(formatCompact(208_000, 'en')).toBe('208K');
  });

  it('joins lists in the locale’s style', () => {
    expect(formatList(['2022', '2023'], 'ru')).toBe('2022 и 2023');
    expect(formatList(['2022', '2023'], 'kk')).toBe('2022 және 2023');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(formatList(['a', 'b', 'c'], 'ru')).toBe('a, b и c');
  });
});

describe('plural', () => {
  it('chooses the Russian form by count', () => {
    expect(plural(ru.plural.cases, 1, 'ru')).toBe('1 случай');
    expect(plural(ru.plural.cases, 2, 'ru')).toBe('2 случая');
    expect(plural(ru.plural.cases, 5, 'ru')).toBe('5 случаев');
    expect(plural(ru.plural.cases, 11, 'ru')).toBe('11 случаев');
    expect(plural(ru.plural.cases, 21, 'ru')).toBe('21 случай');
    expect(plural(ru.plural.cases, 1.5, 'ru')).toBe('1,5 случая');
    expect(plural(ru.plural.people, 10_000, 'ru')).toBe('10\u00a0000 человек');
    expect(plural(ru.plural.countries, 23, 'ru')).toBe('23 страны');
  });

  it('chooses the English form by count', () => {
    expect(plural(en.plural.cases, 1, 'en')).toBe('1 case');
    expect(plural(en.plural.cases, 2, 'en')).toBe('2 cases');
    expect(plural(en.plural.people, 1, 'en')).toBe('1 person');
    expect(plural(en.plural.people, 1_500, 'en')).toBe('1,500 people');
  });

  it('uses the one Kazakh form, falling back to `other` for every count', () => {
    expect(plural(kk.plural.cases, 5, 'kk')).toBe('5 жағдай');
    expect(plural(kk.plural.cases, 1, 'kk')).toBe('1 жағдай');
    expect(plural(kk.plural.countries, 15, 'kk')).toBe('15 ел');
  });
});

describe('formatWithUnit', () => {
  const cases: [Locale, Messages, string[]][] = [
    ['ru', ru, ['11,1 на 1000 жителей', '1,9 на 100\u00a0тыс. жителей', '46,5\u00a0%', '×3,44', 'на 1000 жителей']],
    ['kk', kk, ['1000 тұрғынға 11,1', '100\u00a0мың тұрғынға 1,9', '46,5%', '×3,44', '1000 тұрғынға шаққанда']],
    ['en', en, ['11.1 per 1,000 population', '1.9 per 100,000 population', '46.5%', '×3.44', 'per 1,000 population']],
  ];

  it.each(cases)(
    'writes values with their unit in %s',
    (_, messages, [per1000, per100000, percent, ratio, unitName]) => {
      expect(formatWithUnit(11.1, 'per-1000', messages)).toBe(per1000);
      expect(formatWithUnit(1.9, 'per-100000', messages)).toBe(per100000);
      expect(formatWithUnit(46.5, 'percent', messages)).toBe(percent);
      expect(formatWithUnit(31 / 9, 'ratio', messages)).toBe(ratio);
      expect(formatWithUnit('per-1000', 'unit-name', messages)).toBe(unitName);
      expect(formatWithUnit('per-100000', 'unit-name', messages)).toBe(messages.unitNames['per-100000']);
    },
  );

  it.each(all)('writes tenge in compact form in %s', (locale, messages) => {
    expect(formatWithUnit(5_000_000, 'tenge', messages)).toBe(formatTenge(5_000_000, locale));
    expect(formatWithUnit(5_000_000, 'tenge', messages)).toContain('₸');
  });

  it('writes other names and text values as given', () => {
    expect(formatWithUnit('GSI 2023', 'unit-name', en)).toBe('GSI 2023');
    expect(formatWithUnit('2025', 'edition', ru)).toBe('2025');
    expect(formatWithUnit('NO, FI, NL, PT, DK', 'country-order', kk)).toBe('NO, FI, NL, PT, DK');
  });

  it('writes ranks, scores and percentage points in each locale', () => {
    expect(formatWithUnit(17, 'rank', ru)).toBe('17-е место');
    expect(formatWithUnit(17, 'rank', kk)).toBe('17-орын');
    expect(formatWithUnit(17, 'rank', en)).toBe('rank 17');
    expect(formatWithUnit(43, 'score-0-100', en)).toBe('43 of 100');
    expect(formatWithUnit(21.3, 'percentage-points', ru)).toBe('21,3\u00a0п.\u00a0п.');
    expect(formatWithUnit(21.3, 'percentage-points', kk)).toBe('21,3\u00a0пайыздық тармақ');
    expect(formatWithUnit(21.3, 'percentage-points', en)).toBe('21.3 pp');
    expect(formatWithUnit(208_000, 'people', en)).toBe('208,000');
  });
});

describe('countryName', () => {
  it('names Kazakhstan in each locale', () => {
    expect(countryName('KZ', 'ru', 'Kazakhstan')).toBe('Казахстан');
    expect(countryName('KZ', 'kk', 'Kazakhstan')).toBe('Қазақстан');
    expect(countryName('KZ', 'en', 'Kazakhstan')).toBe('Kazakhstan');
    expect(countryName('TR', 'en', 'Turkey')).toBe('Türkiye');
  });

  it('returns the fallback for a code the runtime does not know or cannot read', () => {
    expect(countryName('XX', 'ru', 'Fallback')).toBe('Fallback');
    expect(countryName('K', 'en', 'Fallback')).toBe('Fallback');
  });

  it('returns the fallback where the runtime has no names for the locale', () => {
    vi.spyOn(Intl.DisplayNames, 'supportedLocalesOf').mockReturnValue([]);
    expect(countryName('FR', 'kk', 'France')).toBe('France');
    expect(countryName('KZ', 'ru', 'Kazakhstan')).toBe('Kazakhstan');
  });

  it('names no country after a property every object has', () => {
    for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(countryName(code, 'kk', 'fallback'), code).toBe('fallback');
  });
});

describe('a runtime that claims Kazakh without its data (as Debian’s Chromium does)', () => {
  const Original = { NumberFormat: Intl.NumberFormat, DisplayNames: Intl.DisplayNames };
  const asEnglish = (tag: string | string[] | undefined) =>
    tag === 'kk' || (Array.isArray(tag) && tag[0] === 'kk') ? 'en' : tag;
  class EnglishNumberFormat extends Original.NumberFormat {
    constructor(tag?: string | string[], options?: Intl.NumberFormatOptions) {
      super(asEnglish(tag), options);
    }
  }
  class EnglishDisplayNames extends Original.DisplayNames {
    constructor(tag: string | string[], options: Intl.DisplayNamesOptions) {
      super(asEnglish(tag), options);
    }
  }

  /** Runs `check` in a runtime whose Intl claims Kazakh but writes it as English. */
  function withoutKazakhData(check: () => void): void {
    vi.stubGlobal(
      'Intl',
      Object.create(Intl, {
        NumberFormat: { value: EnglishNumberFormat },
        DisplayNames: { value: EnglishDisplayNames },
      }),
    );
    try {
      check();
    } finally {
      vi.unstubAllGlobals();
    }
  }

  it('formats Kazakh numbers and country names as Russian ones, not English', () => {
    withoutKazakhData(() => {
      expect(Intl.NumberFormat.supportedLocalesOf('kk')).toEqual(['kk']);
      expect(formatNumber(11.1, 'kk')).toBe('11,1');
      // A country outside the dataset: Russian names rather than English ones.
      expect(countryName('FR', 'kk', 'France')).toBe('Франция');
      expect(countryName('KZ', 'en', 'Kazakhstan')).toBe('Kazakhstan');
    });
  });

  it('writes Kazakh exactly as a runtime with Kazakh data does: a server-rendered chart hydrates unchanged', () => {
    const write = () => [
      formatNumber(1234567.5, 'kk'),
      formatPercent(-16.5, 'kk', { signed: true }),
      formatPercent(46.5, 'kk'),
      formatCompact(72000, 'kk'),
      formatTenge(5_000_000, 'kk'),
      formatList(['2022', '2023'], 'kk'),
      formatList(['a', 'b', 'c'], 'kk'),
      plural(kk.plural.cases, 21, 'kk'),
      ...gsiRows.map((row) => countryName(row.iso2, 'kk', row.name)),
    ];
    const withData = write();
    withoutKazakhData(() => expect(write()).toEqual(withData));
    // And as CLDR's Kazakh data (here, Node's) writes it.
    const kazakh = (options: Intl.NumberFormatOptions, value: number) =>
      new Intl.NumberFormat('kk', options).format(value);
    // CLDR's, except the minus sign U+2212 where CLDR writes a hyphen-minus (STYLE.md).
    expect(withData.slice(0, 5)).toEqual([
      kazakh({ maximumFractionDigits: 1 }, 1234567.5),
      kazakh({ style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }, -0.165).replace('-', '\u2212'),
      kazakh({ style: 'percent', maximumFractionDigits: 1 }, 0.465),
      kazakh({ notation: 'compact', maximumFractionDigits: 1 }, 72000),
      kazakh(
        {
          style: 'currency',
          currency: 'KZT',
          currencyDisplay: 'narrowSymbol',
          notation: 'compact',
          minimumFractionDigits: 0,
          maximumFractionDigits: 1,
        },
        5_000_000,
      ),
    ]);
    // Where CLDR abbreviates hundreds of thousands to "м." (as for a million), the word stays.
    expect(formatCompact(208000, 'kk')).toBe('208\u00a0мың');
    expect(withData.slice(5, 7)).toEqual([
      new Intl.ListFormat('kk', { type: 'conjunction' }).format(['2022', '2023']),
      new Intl.ListFormat('kk', { type: 'conjunction' }).format(['a', 'b', 'c']),
    ]);
    expect(withData.slice(8)).toEqual(
      gsiRows.map((row) => new Intl.DisplayNames(['kk'], { type: 'region' }).of(row.iso2)),
    );
  });
});
