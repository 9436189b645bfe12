import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultSlaveryIndexCountries,
  describeSlaveryIndex,
  type SlaveryIndexRow,
  slaveryIndexCountryName,
  slaveryIndexNotes,
  slaveryIndexRows,
  slaveryIndexSources,
  slaveryIndexSubtitle,
  slaveryIndexTable,
  sourceLines,
} from '../../packages/core/src/charts/slavery-index.js';
import { type GsiRow, gsiRows } from '../../packages/core/src/data/gsi.js';
import { en, kk, ru } from '../../packages/core/src/i18n/catalogues.js';
import { toCsv } from '../../packages/core/src/index.js';
import { kztError, untyped } from '../helpers/errors.js';

/** Runs `run` and returns the KztError it throws; fails the test if it throws nothing or something else. */
function row(iso2: string, prevalencePer1000: number, estimatedPeople: number | null = null, name = iso2): GsiRow {
  return { iso2, name, prevalencePer1000, estimatedPeople, population: null };
}

const bundledCodes = gsiRows.map((gsiRow) => gsiRow.iso2);
const sortedBundledCodes = [...bundledCodes].sort().join(', ');

function expectSortedWithPositions(rows: readonly SlaveryIndexRow[]): void {
  rows.forEach((current, index) => {
    // Tied countries share a position, as in the GSI ranking.
    expect(current.position).toBe(
      1 + rows.filter((other) => other.prevalencePer1000 > current.prevalencePer1000).length,
    );
    const next = rows[index + 1];
    if (!next) return;
    expect(current.prevalencePer1000).toBeGreaterThanOrEqual(next.prevalencePer1000);
    if (current.prevalencePer1000 === next.prevalencePer1000) expect(current.iso2 < next.iso2).toBe(true);
  });
}

describe('slaveryIndexRows with the bundled data', () => {
  it('shows the 15 default countries, highest prevalence first', () => {
    const rows = slaveryIndexRows();
    expect(rows.map((r) => r.iso2)).toEqual([
      'TJ',
      'RU',
      'TM',
      'BY',
      'KZ',
      'AZ',
      'MD',
      'AM',
      'KG',
      'UZ',
      'PT',
      'FI',
      'DK',
      'NL',
      'NO',
    ]);
    expect(new Set(rows.map((r) => r.iso2))).toEqual(new Set(defaultSlaveryIndexCountries));
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 13, 15]);
  });

  it('highlights Kazakhstan by default, at position 5 with 11.1 per 1,000 and 208,000 people', () => {
    const rows = slaveryIndexRows();
    expect(rows.filter((r) => r.highlighted).map((r) => r.iso2)).toEqual(['KZ']);
    expect(rows.find((r) => r.iso2 === 'KZ')).toEqual({
      iso2: 'KZ',
      name: 'Kazakhstan',
      prevalencePer1000: 11.1,
      estimatedPeople: 208000,
      population: 18777000,
      highlighted: true,
      position: 5,
    });
  });

  it('breaks ties by country code (Denmark before the Netherlands at 0.6)', () => {
    const codes = slaveryIndexRows({ countries: ['NL', 'DK', 'SE', 'DE'] }).map((r) => r.iso2);
    expect(codes).toEqual(['DE', 'DK', 'NL', 'SE']);
  });

  it('shows only the countries asked for, sorted, each once', () => {
    const rows = slaveryIndexRows({ countries: ['NO', 'KZ', 'TR', 'KZ'] });
    expect(rows.map((r) => [r.iso2, r.prevalencePer1000, r.position])).toEqual([
      ['TR', 15.6, 1],
      ['KZ', 11.1, 2],
      ['NO', 0.5, 3],
    ]);
  });

  it('can show every one of the 23 bundled countries', () => {
    const rows = slaveryIndexRows({ countries: bundledCodes });
    expect(rows).toHaveLength(23);
    expect(rows[0]?.iso2).toBe('TR');
    expectSortedWithPositions(rows);
  });
});

describe('slaveryIndexRows highlight', () => {
  it('accepts a single code', () => {
    const rows = slaveryIndexRows({ highlight: 'RU' });
    expect(rows.filter((r) => r.highlighted).map((r) => r.iso2)).toEqual(['RU']);
  });

  it('accepts several codes', () => {
    const rows = slaveryIndexRows({ highlight: ['NO', 'KZ'] });
    expect(rows.filter((r) => r.highlighted).map((r) => r.iso2)).toEqual(['KZ', 'NO']);
  });

  it('highlights nothing with an empty list', () => {
    expect(slaveryIndexRows({ highlight: [] }).some((r) => r.highlighted)).toBe(false);
  });

  it('accepts a highlighted country that is in the data but not shown', () => {
    const rows = slaveryIndexRows({ countries: ['NO', 'FI'] });
    expect(rows.map((r) => r.highlighted)).toEqual([false, false]);
  });
});

describe('slaveryIndexRows with custom data', () => {
  const data = [row('KZ', 2, 100), row('AA', 5), row('BB', 2, 40)];

  it('shows every row of the custom data by default, ties by code', () => {
    const rows = slaveryIndexRows({ data });
    expect(rows.map((r) => [r.iso2, r.position, r.highlighted])).toEqual([
      ['AA', 1, false],
      ['BB', 2, false],
      ['KZ', 2, true],
    ]);
  });

  it('keeps the custom values, with null for unknown estimated people', () => {
    const rows = slaveryIndexRows({ data });
    expect(rows.map((r) => r.estimatedPeople)).toEqual([null, 40, 100]);
  });

  it('writes what an untyped row leaves out as unknown (null), in the rows and the table', () => {
    const rows = slaveryIndexRows(untyped({ data: [{ iso2: 'KZ', prevalencePer1000: 0 }] }));
    expect(rows.map((r) => [r.estimatedPeople, r.population])).toEqual([[null, null]]);
    expect(slaveryIndexTable(rows, ru).rows).toEqual([['Казахстан', 0, null]]);
  });

  it('picks countries from the custom data', () => {
    const rows = slaveryIndexRows({ data, countries: ['BB'], highlight: 'BB' });
    expect(rows).toEqual([{ ...row('BB', 2, 40), highlighted: true, position: 1 }]);
  });
});

describe('slaveryIndexRows refuses bad input', () => {
  it('names the valid codes for an unknown country', () => {
    const error = kztError(() => slaveryIndexRows({ countries: ['KZ', 'XX'] }));
    expect(error.code).toBe('unknown-country');
    expect(error.message).toBe(`Unknown country code "XX". Valid: ${sortedBundledCodes}.`);
    expect(error.details).toEqual({ value: '"XX"', valid: sortedBundledCodes });
  });

  it('names only the codes of custom data', () => {
    const error = kztError(() => slaveryIndexRows({ data: [row('KZ', 1), row('NO', 2)], countries: ['RU'] }));
    expect(error.code).toBe('unknown-country');
    expect(error.message).toContain('Valid: KZ, NO.');
  });

  it('refuses a lower-case or non-string country code', () => {
    expect(kztError(() => slaveryIndexRows({ countries: ['kz'] })).code).toBe('unknown-country');
    expect(kztError(() => slaveryIndexRows({ countries: untyped<string[]>([42]) })).code).toBe('unknown-country');
  });

  it('refuses an unknown highlighted code, alone or in a list', () => {
    expect(kztError(() => slaveryIndexRows({ highlight: 'ZZ' })).message).toContain('"ZZ"');
    expect(kztError(() => slaveryIndexRows({ highlight: ['KZ', 'ZZ'] })).code).toBe('unknown-country');
    expect(kztError(() => slaveryIndexRows({ highlight: untyped<string>(42) })).code).toBe('unknown-country');
  });

  it('refuses empty lists of countries and rows', () => {
    expect(kztError(() => slaveryIndexRows({ countries: [] })).code).toBe('empty-data');
    expect(kztError(() => slaveryIndexRows({ data: [] })).code).toBe('empty-data');
    expect(kztError(() => slaveryIndexRows({ data: untyped<GsiRow[]>({ KZ: 11.1 }) })).code).toBe('empty-data');
  });

  it('refuses rows that are not objects or have no ISO alpha-2 code', () => {
    for (const bad of [null, 'KZ', 7]) {
      expect(kztError(() => slaveryIndexRows({ data: untyped<GsiRow[]>([bad]) })).code).toBe('unknown-country');
    }
    const error = kztError(() => slaveryIndexRows({ data: [row('KAZ', 1)] }));
    expect(error.code).toBe('unknown-country');
    expect(error.message).toBe('Each row needs an ISO 3166-1 alpha-2 code, got "KAZ".');
  });

  it('refuses a country that appears twice', () => {
    const error = kztError(() => slaveryIndexRows({ data: [row('KZ', 1), row('NO', 2), row('KZ', 3)] }));
    expect(error.code).toBe('duplicate-key');
    expect(error.message).toBe('Country KZ appears twice.');
  });

  it.each([
    ['negative', -1],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['a string', '11.1'],
  ])('refuses a %s prevalence', (_, value) => {
    const error = kztError(() => slaveryIndexRows({ data: [row('KZ', untyped<number>(value))] }));
    expect(error.code).toBe('invalid-number');
    expect(error.details.what).toBe('prevalencePer1000 of KZ');
  });

  it('refuses a negative or non-finite number of people', () => {
    for (const people of [-5, Number.NaN, Number.NEGATIVE_INFINITY]) {
      const error = kztError(() => slaveryIndexRows({ data: [row('KZ', 1, people)] }));
      expect(error.code).toBe('invalid-number');
      expect(error.details.what).toBe('estimatedPeople of KZ');
    }
  });
});

describe('slaveryIndexRows properties', () => {
  it('any subset of bundled codes gives its rows once each, sorted, tied countries sharing a position, KZ highlighted', () => {
    fc.assert(
      fc.property(fc.subarray(bundledCodes, { minLength: 1 }), (codes) => {
        const rows = slaveryIndexRows({ countries: codes });
        expect(rows.map((r) => r.iso2).sort()).toEqual([...codes].sort());
        expectSortedWithPositions(rows);
        for (const r of rows) expect(r.highlighted).toBe(r.iso2 === 'KZ');
      }),
    );
  });

  it('any valid custom data is shown whole and sorted', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const gsiRow = fc.record({
      iso2: fc.tuple(letter, letter).map(([a, b]) => `${a}${b}`),
      name: fc.string(),
      prevalencePer1000: fc.double({ min: 0, max: 1000, noNaN: true }),
      estimatedPeople: fc.option(fc.nat(), { nil: null }),
      population: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.uniqueArray(gsiRow, { minLength: 1, maxLength: 30, selector: (r) => r.iso2 }), (data) => {
        const rows = slaveryIndexRows({ data, highlight: [] });
        expect(rows).toHaveLength(data.length);
        expect(rows.map((r) => r.iso2).sort()).toEqual(data.map((r) => r.iso2).sort());
        expectSortedWithPositions(rows);
      }),
    );
  });

  it('any code outside the data is refused as an unknown country', () => {
    fc.assert(
      fc.property(
        fc.string().filter((code) => !bundledCodes.includes(code)),
        (code) => {
          expect(kztError(() => slaveryIndexRows({ countries: [code] })).code).toBe('unknown-country');
        },
      ),
    );
  });
});

describe('slaveryIndexCountryName', () => {
  it('names a country in the catalogue’s locale', () => {
    const kazakhstan = row('KZ', 11.1, null, 'Kazakhstan');
    expect(slaveryIndexCountryName(kazakhstan, ru)).toBe('Казахстан');
    expect(slaveryIndexCountryName(kazakhstan, kk)).toBe('Қазақстан');
    expect(slaveryIndexCountryName(kazakhstan, en)).toBe('Kazakhstan');
  });

  it('falls back to the row’s own name for a code the runtime does not know', () => {
    expect(slaveryIndexCountryName(row('QQ', 1, null, 'Atlantis'), ru)).toBe('Atlantis');
  });
});

describe('slaveryIndexTable', () => {
  it('has the localized caption and columns and one row per bar', () => {
    const table = slaveryIndexTable(slaveryIndexRows(), ru);
    expect(table.caption).toBe(
      'Распространённость современного рабства. Оценка числа людей в условиях современного рабства на 1000 жителей, 2021 год (Глобальный индекс рабства 2023)',
    );
    expect(table.columns).toEqual(['Страна', 'На 1000 жителей', 'Оценка числа людей']);
    expect(table.rows).toHaveLength(15);
    expect(table.rows[0]).toEqual(['Таджикистан', 14, 133000]);
    expect(table.rows[4]).toEqual(['Казахстан', 11.1, 208000]);
  });

  it('gives exact CSV for a small custom input (en)', () => {
    const rows = slaveryIndexRows({ data: [row('NO', 0.5, null, 'Norway'), row('KZ', 11.1, 208000, 'Kazakhstan')] });
    expect(toCsv(slaveryIndexTable(rows, en))).toBe(
      'Country,"Per 1,000 population",Estimated people\r\nKazakhstan,11.1,208000\r\nNorway,0.5,\r\n',
    );
  });

  it('gives exact CSV for a small custom input (ru)', () => {
    const rows = slaveryIndexRows({ data: [row('NO', 0.5, null, 'Norway'), row('KZ', 11.1, 208000, 'Kazakhstan')] });
    expect(toCsv(slaveryIndexTable(rows, ru))).toBe(
      'Страна,На 1000 жителей,Оценка числа людей\r\nКазахстан,11.1,208000\r\nНорвегия,0.5,\r\n',
    );
  });
});

describe('slaveryIndexNotes', () => {
  const rows = slaveryIndexRows();

  it('gives the unit note and, with Kazakhstan shown, the article’s 1,9 and 61 beside 11,1 and 17 (ru)', () => {
    const notes = slaveryIndexNotes(rows, ru);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toBe(ru.slaveryIndex.unitNote);
    expect(notes[1]).toBe(
      'Исправлено: в статье у Казахстана 1,9 на 100\u00a0тыс. жителей. ' +
        'По данным Walk Free — 11,1 на 1000 жителей, это 17-е место из 160 стран, если считать от самой высокой распространённости; ' +
        '1,9 не совпадает со значением Казахстана ни в одной единице. ' +
        'Указанное в статье «61-е место из 157» проверить не удалось: такого места ни в одном выпуске индекса мы не нашли.',
    );
  });

  it('writes the correction in the style of each locale', () => {
    const english = slaveryIndexNotes(rows, en)[1];
    expect(english).toBe(
      'Corrected: the article gave Kazakhstan 1.9 per 100,000 population. ' +
        'Walk Free gives 11.1 per 1,000 population, 17th of 160 countries counted from the highest prevalence; ' +
        '1.9 is not Kazakhstan’s value in either unit. ' +
        'The article’s “61st of 157” could not be verified: we found no such rank in any edition of the index.',
    );
    const kazakh = slaveryIndexNotes(rows, kk)[1];
    expect(kazakh).toBe(
      'Түзетілді: мақалада Қазақстанның көрсеткіші 100\u00a0мың тұрғынға 1,9 деп берілген. ' +
        'Walk Free деректері бойынша ол — 1000 тұрғынға 11,1, бұл таралуы ең жоғары елден бастап санағанда 160 елдің ішінде 17-орын; ' +
        '1,9 Қазақстанның мәніне ешбір өлшем бірлігінде сәйкес келмейді. ' +
        'Мақаладағы «157 елдің ішінде 61-орын» деген орынды тексеру мүмкін болмады: индекстің ешбір шығарылымынан мұндай орын таппадық.',
    );
  });

  it('leaves out the correction when Kazakhstan is not shown or when asked', () => {
    const withoutKazakhstan = slaveryIndexRows({ countries: ['NO', 'RU'] });
    expect(slaveryIndexNotes(withoutKazakhstan, en)).toEqual([en.slaveryIndex.unitNote]);
    expect(slaveryIndexNotes(rows, en, false)).toEqual([en.slaveryIndex.unitNote]);
  });
});

describe('slaveryIndexSubtitle', () => {
  it('names the year and edition of the bundled estimates', () => {
    expect(slaveryIndexSubtitle(en)).toBe(
      'Estimated people in modern slavery per 1,000 population, 2021 (Global Slavery Index 2023)',
    );
    expect(slaveryIndexSubtitle(kk)).toBe(
      'Қазіргі заманғы құлдықтағы адамдардың 1000 тұрғынға шаққандағы бағалауы, 2021 жыл (Жаһандық құлдық индексі 2023)',
    );
  });

  it("names neither for a caller's rows, which carry neither", () => {
    expect(slaveryIndexSubtitle(en, false)).toBe('Estimated people in modern slavery per 1,000 population');
    const rows = slaveryIndexRows({ data: [row('KZ', 11.1, 208000, 'Kazakhstan')] });
    expect(slaveryIndexTable(rows, en, false).caption).toBe(
      'Prevalence of modern slavery. Estimated people in modern slavery per 1,000 population',
    );
  });
});

describe('describeSlaveryIndex', () => {
  it("does not name the Global Slavery Index as the source of a caller's rows", () => {
    const rows = slaveryIndexRows({ data: [row('NO', 0.5, null, 'Norway'), row('KZ', 11.1, 208000, 'Kazakhstan')] });
    for (const messages of [ru, kk, en]) {
      const bundledText = describeSlaveryIndex(rows, messages);
      const customText = describeSlaveryIndex(rows, messages, false);
      expect(customText).not.toContain('2023');
      expect(customText.slice(customText.indexOf('.'))).toBe(bundledText.slice(bundledText.indexOf('.')));
    }
    expect(describeSlaveryIndex(rows, en, false)).toMatch(
      /^Horizontal bar chart of the prevalence of modern slavery in 2 countries\. Highest: Kazakhstan/,
    );
  });

  const rows = slaveryIndexRows();

  it('describes the bundled chart in Russian', () => {
    expect(describeSlaveryIndex(rows, ru)).toBe(
      'Горизонтальная столбчатая диаграмма: распространённость современного рабства, 15 стран, ' +
        'по данным Глобального индекса рабства 2023. Выше всего — Таджикистан (14 на 1000 жителей), ' +
        'ниже всего — Норвегия (0,5). Казахстан: 11,1 на 1000 жителей, 5-е место из 15 по распространённости.',
    );
  });

  it('describes the bundled chart in Kazakh', () => {
    expect(describeSlaveryIndex(rows, kk)).toBe(
      'Көлденең бағанды диаграмма: Жаһандық құлдық индексі 2023 бойынша қазіргі заманғы құлдықтың таралуы, 15 ел. ' +
        'Ең жоғарысы — Тәжікстан (1000 тұрғынға 14), ең төмені — Норвегия (0,5). ' +
        'Қазақстан: 1000 тұрғынға 11,1, таралуы бойынша 15 елдің ішінде 5-орын.',
    );
  });

  it('describes the bundled chart in English', () => {
    expect(describeSlaveryIndex(rows, en)).toBe(
      'Horizontal bar chart of the prevalence of modern slavery in 15 countries, from the Global Slavery Index 2023. ' +
        'Highest: Tajikistan (14 per 1,000 population); lowest: Norway (0.5). ' +
        'Kazakhstan: 11.1 per 1,000 population, 5th of 15 by prevalence.',
    );
  });

  it('describes every highlighted country', () => {
    const text = describeSlaveryIndex(slaveryIndexRows({ countries: ['KZ', 'RU', 'NO'], highlight: ['NO', 'RU'] }), en);
    expect(text).toContain('Russia: 13 per 1,000 population, 1st of 3 by prevalence.');
    expect(text).toContain('Norway: 0.5 per 1,000 population, 3rd of 3 by prevalence.');
    expect(text).not.toContain('Kazakhstan: 11.1');
  });

  it('pluralizes the number of countries', () => {
    expect(describeSlaveryIndex(slaveryIndexRows({ countries: ['KZ'] }), ru)).toContain(', 1 страна,');
    expect(describeSlaveryIndex(slaveryIndexRows({ countries: ['KZ', 'NO'] }), ru)).toContain(', 2 страны,');
    expect(describeSlaveryIndex(slaveryIndexRows({ countries: ['KZ'] }), en)).toContain(' in 1 country,');
  });

  it('is empty without rows', () => {
    expect(describeSlaveryIndex([], ru)).toBe('');
  });
});

describe('slaveryIndexSources', () => {
  it('credits Walk Free with a link, in each locale', () => {
    const url = 'https://www.walkfree.org/global-slavery-index/';
    expect(sourceLines(slaveryIndexSources, en)).toEqual([{ text: 'Walk Free, Global Slavery Index 2023', url }]);
    expect(sourceLines(slaveryIndexSources, ru)).toEqual([{ text: 'Walk Free, Глобальный индекс рабства 2023', url }]);
    expect(sourceLines(slaveryIndexSources, kk)).toEqual([{ text: 'Walk Free, Жаһандық құлдық индексі 2023', url }]);
  });
});
