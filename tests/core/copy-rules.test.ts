import { describe, expect, it } from 'vitest';
import { crimeTrend, crimeTrendNotes, crimeTrendTable } from '../../packages/core/src/charts/crime-trend.js';
import {
  regionalShare,
  regionalShareNotes,
  regionalShareTable,
} from '../../packages/core/src/charts/regional-share.js';
import {
  slaveryIndexNotes,
  slaveryIndexRows,
  slaveryIndexTable,
} from '../../packages/core/src/charts/slavery-index.js';
import {
  victimBreakdown,
  victimBreakdownNotes,
  victimBreakdownTable,
} from '../../packages/core/src/charts/victim-breakdown.js';
import { dataset } from '../../packages/core/src/dataset.js';
import { chartIds, figureTexts } from '../../packages/core/src/embed.js';
import { catalogues } from '../../packages/core/src/i18n/catalogues.js';
import { glossary } from '../../packages/core/src/i18n/glossary.js';
import { glossaryChecks } from '../../packages/core/src/i18n/glossary-checks.js';
import {
  audit,
  errorText,
  findingTexts,
  formatAuditTable,
  formatWithUnit,
  KztError,
  type KztErrorCode,
  type Locale,
  ordinal,
  plural,
  type Unit,
} from '../../packages/core/src/index.js';
import { copyViolations, stringsIn, violationsOf } from '../helpers/copy-rules.js';

const locales: readonly Locale[] = ['ru', 'kk', 'en'];

describe('the copy rules catch what they name', () => {
  const caught: readonly [Locale, string, string][] = [
    ['ru', '-16,5\u00a0%', 'minus sign'],
    ['en', 'fell by -20%', 'minus sign'],
    ['ru', '2022-2025', 'en dash'],
    ['en', 'the index - and more', 'a dash'],
    ['ru', '20 %', 'no-break space before %'],
    ['ru', '20%', 'no-break space before %'],
    ['kk', '20\u00a0%', 'no space before % (kk)'],
    ['en', '20 %', 'no space before % (en)'],
    ['ru', 'Значение ст. 128', '«ст. N»'],
    ['ru', 'на 100 тыс. человек', '«N тыс.»'],
    ['ru', '5 млн тенге', '«N тыс.», «N млн»'],
    ['ru', '21,3 п. п.', '«п. п.»'],
    ['ru', '1 500 дел', 'thousands'],
    ['ru', 'Линейный график: все, Ст.\u00a0128', 'lower case'],
    ['ru', 'Статья "Торговля людьми"', 'ёлочки'],
    ['kk', '100 мың адамға', '«N мың»'],
    ['kk', '2022 және 2023 жылдардың деректері', 'singular noun'],
    ['kk', 'барлығы 159 жәбірленушілер', 'singular noun'],
    ['en', 'Art. 128 "Trafficking in persons"', 'curly'],
    ['en', '«Trafficking»', 'guillemets'],
    ['ru', 'всего 21 пострадавших', 'plural form for 21'],
    ['ru', 'всего 159 пострадавший', 'plural form for 159'],
    ['ru', '22 случаев', 'plural form for 22'],
    ['ru', '5 дела', 'plural form for 5'],
    ['en', '1 countries', 'plural form for 1'],
    ['en', '2 victim', 'plural form for 2'],
  ];

  it.each(caught)('%s: %j breaks the rule on %s', (locale, text, rule) => {
    expect(copyViolations(text, locale).map((violation) => violation.rule)).toEqual(
      expect.arrayContaining([expect.stringContaining(rule)]),
    );
  });

  const passed: readonly [Locale, string][] = [
    ['ru', '\u221216,5\u00a0% (2024→2025), ст.\u00a0128, 100\u00a0тыс., 21,3\u00a0п.\u00a0п., 1\u00a0500, 2022–2025'],
    ['ru', 'всего 21 пострадавший, 22 пострадавших, 31 случай, 15 стран, 1 страна, 5 дел'],
    ['ru', 'Ст.\u00a0128 «Торговля людьми»: 2024 — 15 (вычислено). KZ-75, 61-е место, ст.\u00a0125-1'],
    ['kk', '\u221216,5%, 100\u00a0мың тұрғынға, 159 жәбірленуші, 2022 және 2023 жылғы деректер'],
    ['en', '\u221216.5%, 1 country, 15 countries, 159 victims, Art. 128 “Trafficking in persons”'],
  ];

  it.each(passed)('%s: %j breaks none', (locale, text) => {
    expect(copyViolations(text, locale)).toEqual([]);
  });
});

/** The texts core writes for a reader: the charts' notes and tables, embeds, the audit, units, errors. */
function coreTexts(locale: Locale): string[] {
  const messages = catalogues[locale];
  const units: readonly Unit[] = [
    'per-1000',
    'per-100000',
    'percent',
    'percentage-points',
    'ratio',
    'tenge',
    'rank',
    'score-0-100',
    'people',
  ];
  const codes = Object.keys(messages.errors) as KztErrorCode[];
  const details = { value: '"XX"', valid: 'KZ, RU', what: 'data' };
  const rows = slaveryIndexRows();
  const trend = crimeTrend();
  const victims = [victimBreakdown(), victimBreakdown({ breakdown: 'citizenship' })];
  const regions = regionalShare();
  return [
    ...chartIds.flatMap((chart) => stringsIn(figureTexts(chart, { locale }))),
    ...slaveryIndexNotes(rows, catalogues[locale]),
    ...stringsIn(slaveryIndexTable(rows, catalogues[locale])),
    ...crimeTrendNotes(trend, catalogues[locale], true),
    ...stringsIn(crimeTrendTable(trend, catalogues[locale])),
    ...victims.flatMap((data) => [
      ...victimBreakdownNotes(data, catalogues[locale], true),
      ...stringsIn(victimBreakdownTable(data, catalogues[locale])),
    ]),
    ...regionalShareNotes(regions, catalogues[locale]),
    ...stringsIn(regionalShareTable(regions, catalogues[locale])),
    ...stringsIn(findingTexts(audit(dataset), messages)),
    ...formatAuditTable(audit(dataset), messages).split('\n'),
    ...units.flatMap((unit) =>
      [-16.53, 0, 21.3, 1500, 5_000_000].map((value) => formatWithUnit(value, unit, messages)),
    ),
    ...codes.map((code) => errorText(new KztError(code, code, details), messages, messages.frame.embed)),
    errorText(new KztError('invalid-number', 'negative', { what: 'total', value: '-1' }), messages, 'total'),
    ...[1, 2, 3, 4, 11, 17, 21, 22, 61, 101, 112].flatMap((count) => [
      ...Object.values(messages.plural).map((forms) => plural(forms, count, locale)),
      ordinal(messages.ordinal, count, locale),
    ]),
  ];
}

describe('copy rules over core’s texts', () => {
  it.each(locales)(
    'hold for the charts’ notes and tables, embeds, the audit, values with units and errors in %s',
    (locale) => {
      const texts = coreTexts(locale);
      expect(texts.length).toBeGreaterThan(150);
      expect(violationsOf(texts, locale)).toEqual([]);
    },
  );

  it('writes ranks as ordinals', () => {
    const ranks = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 61, 101, 111, 112];
    expect(ranks.map((rank) => ordinal(catalogues.en.ordinal, rank, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '61st',
      '101st',
      '111th',
      '112th',
    ]);
    expect(ordinal(catalogues.ru.ordinal, 61, 'ru')).toBe('61-е место');
    expect(ordinal(catalogues.kk.ordinal, 61, 'kk')).toBe('61-орын');
  });

  it('quotes the value an error names in the locale’s marks, with the minus sign', () => {
    const unknown = new KztError('unknown-country', 'x', { value: '"XX"', valid: 'KZ' });
    expect(errorText(unknown, catalogues.ru, 'x')).toBe('Неизвестный код страны «XX». Допустимые коды: KZ.');
    expect(errorText(unknown, catalogues.en, 'x')).toBe('Unknown country code “XX”. Valid codes: KZ.');
    const negative = new KztError('invalid-number', 'x', { what: 'total', value: '-1' });
    expect(errorText(negative, catalogues.kk, 'x')).toContain('алынған мән: \u22121.');
  });
});

/** Every text of a locale: its catalogue's strings and everything core writes with them. */
function corpus(locale: Locale): string {
  return [...stringsIn(catalogues[locale]), ...coreTexts(locale)].join('\n');
}

describe('the glossary', () => {
  const ids = Object.keys(glossary) as (keyof typeof glossary)[];

  it.each(ids)('%s: each name is used exactly as written, and no variant to avoid', (id) => {
    for (const locale of locales) {
      const texts = corpus(locale);
      const name = glossary[id][locale];
      const check = glossaryChecks[id];
      expect(texts, `${locale}: ${name}`).toContain(name);
      expect(check[locale].checked.length, `${locale}: where ${name} was checked`).toBeGreaterThan(20);
      for (const variant of check.avoid?.[locale] ?? []) expect(texts, `${locale}: ${variant}`).not.toContain(variant);
    }
  });

  it('records how far each name was checked, for every name', () => {
    expect(Object.keys(glossaryChecks).sort()).toEqual([...ids].sort());
  });

  it('gives the names of the sources the charts credit', () => {
    for (const locale of locales) {
      const { sources } = catalogues[locale];
      expect(sources.kpsisu).toBe(glossary.committee[locale]);
      expect(sources['interior-ministry']).toBe(glossary.interiorMinistry[locale]);
      expect(sources['labour-ministry']).toBe(glossary.labourMinistry[locale]);
      expect(sources['stat-gov-kz']).toBe(glossary.statisticsBureau[locale]);
      expect(sources['gsi-2023']).toContain(glossary.slaveryIndex[locale]);
    }
  });

  it('names the two articles by their titles in the series labels', () => {
    expect(catalogues.ru.crimeTrend.series.art128).toBe('Ст.\u00a0128 «Торговля людьми»');
    expect(catalogues.ru.crimeTrend.series.art135).toBe('Ст.\u00a0135 «Торговля несовершеннолетними»');
    expect(catalogues.kk.crimeTrend.series.art128).toBe('128-бап «Адам саудасы»');
    expect(catalogues.kk.crimeTrend.series.art135).toBe('135-бап «Кәмелетке толмағандар саудасы»');
    expect(catalogues.en.crimeTrend.series.art135).toBe('Art. 135 “Trafficking in minors”');
  });
});
