import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  almatyCluster,
  defaultRegionalValues,
  describeRegionalShare,
  mapSources,
  regionalShare,
  regionalShareNotes,
  regionalShareTable,
  regionalShareTitle,
  sourceLines,
} from '../../packages/core/src/charts/regional-share.js';
import { regionCodes, regions } from '../../packages/core/src/data/regions.js';
import { en, kk, ru } from '../../packages/core/src/i18n/catalogues.js';
import { toCsv } from '../../packages/core/src/index.js';
import { kztError, untyped } from '../helpers/errors.js';

const validCodes =
  'KZ-10, KZ-11, KZ-15, KZ-19, KZ-23, KZ-27, KZ-31, KZ-33, KZ-35, KZ-39, ' +
  'KZ-43, KZ-47, KZ-55, KZ-59, KZ-61, KZ-62, KZ-63, KZ-71, KZ-75, KZ-79';

describe('regionalShare with the bundled data', () => {
  const data = regionalShare();

  it('defaults to 26 of 31 Art. 135 cases in Almaty city', () => {
    expect(defaultRegionalValues()).toEqual({ values: { 'KZ-75': 26 }, total: 31, year: 2025 });
    expect(data.total).toBe(31);
  });

  it('has a row for each of the 20 units, in code order, with data only for Almaty', () => {
    expect(data.rows.map((r) => r.region.code)).toEqual(regionCodes);
    const almaty = data.rows.find((r) => r.region.code === 'KZ-75');
    expect(almaty?.count).toBe(26);
    expect(almaty?.share).toBe(26 / 31);
    const others = data.rows.filter((r) => r.region.code !== 'KZ-75');
    expect(others).toHaveLength(19);
    for (const r of others) expect([r.count, r.share]).toEqual([null, null]);
  });

  it('highlights the Almaty cluster (city and region) by default', () => {
    expect(almatyCluster).toEqual(['KZ-75', 'KZ-19']);
    expect(data.rows.filter((r) => r.highlighted).map((r) => r.region.code)).toEqual(['KZ-19', 'KZ-75']);
  });

  it('keeps the 5 cases not broken down as the remainder', () => {
    expect(data.remainder).toEqual({ count: 5, share: 5 / 31 });
  });
});

describe('regionalShare with custom values', () => {
  it('leaves no remainder when every case is assigned', () => {
    const data = regionalShare({ values: { 'KZ-71': 3, 'KZ-79': 1 }, total: 4 });
    expect(data.remainder).toBeNull();
    expect(data.rows.filter((r) => r.count !== null).map((r) => [r.region.code, r.count, r.share])).toEqual([
      ['KZ-71', 3, 0.75],
      ['KZ-79', 1, 0.25],
    ]);
  });

  it('keeps a zero count as zero, not as missing', () => {
    const astana = regionalShare({ values: { 'KZ-71': 0 }, total: 2 }).rows.find((r) => r.region.code === 'KZ-71');
    expect([astana?.count, astana?.share]).toEqual([0, 0]);
  });

  it('highlights the codes asked for, or none', () => {
    const values = { 'KZ-71': 1 };
    const chosen = regionalShare({ values, total: 1, highlight: ['KZ-71', 'KZ-79'] });
    expect(chosen.rows.filter((r) => r.highlighted).map((r) => r.region.code)).toEqual(['KZ-71', 'KZ-79']);
    expect(regionalShare({ values, total: 1, highlight: [] }).rows.some((r) => r.highlighted)).toBe(false);
  });
});

describe('regionalShare refuses bad input', () => {
  it('names the 20 valid codes for an unknown region', () => {
    const error = kztError(() => regionalShare({ values: { 'KZ-75': 1, 'KZ-99': 1 }, total: 5 }));
    expect(error.code).toBe('unknown-region');
    expect(error.message).toBe(`Unknown region code "KZ-99". Valid: ${validCodes}.`);
    expect(error.details).toEqual({ value: '"KZ-99"', valid: validCodes });
  });

  it('refuses a legacy letter code and an unknown highlighted code', () => {
    expect(kztError(() => regionalShare({ values: { 'KZ-ALA': 1 }, total: 5 })).code).toBe('unknown-region');
    expect(kztError(() => regionalShare({ highlight: ['KZ-75', 'KZ-00'] })).code).toBe('unknown-region');
    expect(kztError(() => regionalShare({ highlight: untyped<string[]>('KZ-00') })).code).toBe('unknown-region');
  });

  it.each([
    ['negative', -1],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['a string', '3'],
  ])('refuses a count that is %s, naming the region', (_, bad) => {
    const error = kztError(() => regionalShare({ values: { 'KZ-71': untyped<number>(bad) }, total: 5 }));
    expect(error.code).toBe('invalid-number');
    expect(error.details.what).toBe('KZ-71');
  });

  it('needs a total with custom values', () => {
    const error = kztError(() => regionalShare({ values: { 'KZ-71': 1 } }));
    expect(error.code).toBe('invalid-number');
    expect(error.details.what).toBe('total');
  });

  it('refuses a total that is zero, negative or not finite', () => {
    expect(kztError(() => regionalShare({ values: {}, total: 0 })).code).toBe('empty-data');
    expect(kztError(() => regionalShare({ values: {}, total: -3 })).code).toBe('invalid-number');
    expect(kztError(() => regionalShare({ values: {}, total: Number.NaN })).code).toBe('invalid-number');
    expect(kztError(() => regionalShare({ values: {}, total: Number.POSITIVE_INFINITY })).code).toBe('invalid-number');
  });

  it('refuses values that are not an object', () => {
    for (const bad of [5, 'KZ-75']) {
      const error = kztError(() => regionalShare({ values: untyped<Record<string, number>>(bad), total: 5 }));
      expect(error.code).toBe('empty-data');
      expect(error.details.what).toBe('values');
    }
  });

  it('refuses counts that add up to more than the total', () => {
    const error = kztError(() => regionalShare({ values: { 'KZ-75': 26, 'KZ-19': 6 }, total: 31 }));
    expect(error.code).toBe('above-total');
    expect(error.message).toBe('The counts add up to 32, more than the total 31.');
    expect(error.details).toEqual({ value: '32', valid: '31' });
  });
});

describe('regionalShare properties', () => {
  const input = fc
    .subarray([...regionCodes])
    .chain((codes) =>
      fc.tuple(fc.tuple(...codes.map((code) => fc.tuple(fc.constant(code), fc.nat(1000)))), fc.nat(1000)),
    );

  it('any counts whose sum is at most the total give shares that, with the remainder, sum to 1', () => {
    fc.assert(
      fc.property(input, ([pairs, extra]) => {
        const values = Object.fromEntries(pairs);
        const assigned = pairs.reduce((sum, [, count]) => sum + count, 0);
        fc.pre(assigned + extra > 0);
        const data = regionalShare({ values, total: assigned + extra });
        expect(data.rows).toHaveLength(20);
        for (const r of data.rows) expect(r.count).toBe(values[r.region.code] ?? null);
        const shares = data.rows.reduce((sum, r) => sum + (r.share ?? 0), 0);
        expect(shares + (data.remainder?.share ?? 0)).toBeCloseTo(1, 12);
        expect(data.remainder).toEqual(extra > 0 ? { count: extra, share: extra / (assigned + extra) } : null);
      }),
    );
  });

  it('any counts whose sum is above the total are refused', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 100 }), ([pairs], over) => {
        const assigned = pairs.reduce((sum, [, count]) => sum + count, 0);
        fc.pre(assigned - over > 0);
        const values = Object.fromEntries(pairs);
        expect(kztError(() => regionalShare({ values, total: assigned - over })).code).toBe('above-total');
      }),
    );
  });
});

describe('regionalShareTitle', () => {
  it('names the year of the bundled counts', () => {
    expect(regionalShareTitle(ru)).toBe('Дела о торговле несовершеннолетними по регионам, 2025');
    expect(regionalShareTitle(kk)).toBe(`${kk.regionalShare.title}, 2025`);
  });

  it("names no year for a caller's counts, which carry none", () => {
    expect(regionalShareTitle(en, false)).toBe('Trafficking-in-minors cases by region');
    const data = regionalShare({ values: { 'KZ-71': 1 }, total: 3 });
    expect(regionalShareTable(data, en, false).caption).toBe(
      `Trafficking-in-minors cases by region. ${en.regionalShare.subtitle}`,
    );
  });
});

describe('regionalShareTable', () => {
  it('lists every unit, empty where there is no data, then the remainder (en CSV)', () => {
    const table = regionalShareTable(regionalShare(), en);
    expect(table.caption).toBe(`Trafficking-in-minors cases by region, 2025. ${en.regionalShare.subtitle}`);
    const lines = regions.map((region) => (region.code === 'KZ-75' ? 'Almaty,26,0.8387' : `${region.names.en},,`));
    expect(toCsv(table)).toBe(
      ['Region,Cases,Share', ...lines, '"Rest of the country, not broken down",5,0.1613', ''].join('\r\n'),
    );
    expect(lines[0]).toBe('Abai Region,,');
  });

  it('gives exact CSV for a small custom input without remainder (ru)', () => {
    const data = regionalShare({ values: { 'KZ-71': 1, 'KZ-79': 2 }, total: 3 });
    const csv = toCsv(regionalShareTable(data, ru));
    const lines = regions.map((region) =>
      region.code === 'KZ-71'
        ? 'Астана,1,0.3333'
        : region.code === 'KZ-79'
          ? 'Шымкент,2,0.6667'
          : `${region.names.ru},,`,
    );
    expect(csv).toBe(['Регион,Дел,Доля', ...lines, ''].join('\r\n'));
    expect(csv).toContain('\r\nАстана,1,0.3333\r\nАлматы,,\r\nШымкент,2,0.6667\r\n');
    expect(csv).not.toContain(ru.regionalShare.remainder);
  });

  it('names the units in Kazakh', () => {
    const table = regionalShareTable(regionalShare(), kk);
    expect(table.columns).toEqual(['Өңір', 'Істер', 'Үлес']);
    expect(table.rows[0]).toEqual(['Абай облысы', null, null]);
    expect(table.rows[20]).toEqual(['Елдің қалған бөлігі, бөлінбеген', 5, 0.1613]);
  });
});

describe('regionalShareNotes', () => {
  it('puts the remainder note first, then the no-data note', () => {
    expect(regionalShareNotes(regionalShare(), ru)).toEqual([
      'Остальные дела (5) зарегистрированы вне Алматы; разбивка по регионам не опубликована, поэтому они не распределены по карте.',
      ru.regionalShare.noDataNote,
    ]);
    expect(regionalShareNotes(regionalShare(), en)[0]).toMatch(/^The other 5 cases were registered outside Almaty/);
    expect(regionalShareNotes(regionalShare(), kk)[0]).toMatch(/^Қалған 5 іс Алматыдан тыс тіркелген/);
  });

  it('gives only the no-data note without a remainder', () => {
    expect(regionalShareNotes(regionalShare({ values: { 'KZ-75': 2 }, total: 2 }), en)).toEqual([
      en.regionalShare.noDataNote,
    ]);
  });
});

describe('describeRegionalShare', () => {
  const data = regionalShare();

  it('describes the bundled map in each locale: total, Almaty with its share, the remainder', () => {
    expect(describeRegionalShare(data, ru)).toBe(
      'Карта Казахстана: всего 31 случай. Алматы: 26 (83,9\u00a0%). Остальные 5 — без разбивки по регионам.',
    );
    expect(describeRegionalShare(data, kk)).toBe(
      'Қазақстан картасы: барлығы 31 жағдай. Алматы: 26 (83,9%). Қалған 5 іс өңірлерге бөлінбеген.',
    );
    expect(describeRegionalShare(data, en)).toBe(
      'Map of Kazakhstan: 31 cases in all. Almaty: 26 (83.9%). The other 5 are not broken down by region.',
    );
  });

  it('lists the units with data in code order and no remainder when all is assigned', () => {
    const custom = regionalShare({ values: { 'KZ-79': 1_500, 'KZ-71': 500 }, total: 2_000 });
    expect(describeRegionalShare(custom, en)).toBe(
      'Map of Kazakhstan: 2,000 cases in all. Astana: 500 (25%). Shymkent: 1,500 (75%).',
    );
    expect(describeRegionalShare(custom, ru)).toContain('Шымкент: 1\u00a0500 (75\u00a0%).');
  });
});

describe('mapSources', () => {
  it('credits the case counts and the boundaries, linking only the boundaries', () => {
    const lines = sourceLines(mapSources, en);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ text: expect.stringMatching(/, via ranking\.kz, 15 January 2026$/), url: null });
    expect(lines[1]).toEqual({
      text: 'Boundaries: geokz (CC BY 4.0), OCHA/UNHCR, © OpenStreetMap contributors',
      url: 'https://github.com/arodionoff/geokz',
    });
    expect(sourceLines(mapSources, ru)[1]?.text).toBe(
      'Границы: geokz (CC BY 4.0), OCHA/UNHCR, © участники OpenStreetMap',
    );
  });
});
