import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeVictimBreakdown,
  type VictimBreakdown,
  type VictimCounts,
  victimBreakdown,
  victimBreakdownNotes,
  victimBreakdowns,
  victimBreakdownTable,
  victimBreakdownTitle,
  victimCounts,
} from '../../packages/core/src/charts/victim-breakdown.js';
import { dataset } from '../../packages/core/src/dataset.js';
import { en, kk, ru } from '../../packages/core/src/i18n/catalogues.js';
import { type Dataset, toCsv, type UnknownFact } from '../../packages/core/src/index.js';
import { kztError, untyped } from '../helpers/errors.js';

function counts(overrides: Partial<VictimCounts>): VictimCounts {
  return { total: 10, women: 4, men: 6, citizens: 7, foreigners: 3, ...overrides };
}

describe('victimCounts', () => {
  it('reads the bundled 2025 counts', () => {
    expect(victimCounts()).toEqual({ total: 159, women: 74, men: 85, citizens: 143, foreigners: 16 });
  });

  it('reads an unknown count of another dataset as NaN, which the chart then refuses rather than guessing', () => {
    const unknownWomen: UnknownFact = {
      id: 'victims.women.2025',
      unit: 'people',
      period: '2025',
      source: 'kpsisu',
      status: 'unknown',
      value: null,
      reason: 'not published',
    };
    const data: Dataset = { ...dataset, facts: { ...dataset.facts, [unknownWomen.id]: unknownWomen } };
    const read = victimCounts(data);
    expect(read.women).toBeNaN();
    expect(read.citizens).toBe(143);
    const error = kztError(() => victimBreakdown({ data: read }));
    expect([error.code, error.details.what]).toEqual(['invalid-number', 'women']);
    expect(victimBreakdown({ data: read, breakdown: 'citizenship' }).total).toBe(159);
  });
});

describe('victimBreakdown with the bundled data', () => {
  it('splits the 159 victims by sex by default', () => {
    const data = victimBreakdown();
    expect(data.breakdown).toBe('sex');
    expect(data.total).toBe(159);
    expect(data.slices).toEqual([
      { key: 'women', count: 74, share: 74 / 159 },
      { key: 'men', count: 85, share: 85 / 159 },
    ]);
  });

  it('splits them by citizenship on request', () => {
    const data = victimBreakdown({ breakdown: 'citizenship' });
    expect(data.slices.map((s) => [s.key, s.count])).toEqual([
      ['citizens', 143],
      ['foreigners', 16],
    ]);
    expect(data.slices[1]?.share).toBeCloseTo(0.1006, 4);
  });
});

describe('victimBreakdown with custom data', () => {
  it('uses the custom counts', () => {
    expect(victimBreakdown({ data: counts({}) }).slices).toEqual([
      { key: 'women', count: 4, share: 0.4 },
      { key: 'men', count: 6, share: 0.6 },
    ]);
  });

  it('allows an empty group', () => {
    expect(victimBreakdown({ data: counts({ women: 0, men: 10 }) }).slices.map((s) => s.share)).toEqual([0, 1]);
  });

  it('checks only the groups of the breakdown drawn', () => {
    const data = counts({ citizens: 1, foreigners: 1 });
    expect(victimBreakdown({ data, breakdown: 'sex' }).total).toBe(10);
    expect(kztError(() => victimBreakdown({ data, breakdown: 'citizenship' })).code).toBe('above-total');
  });
});

describe('victimBreakdown refuses bad input', () => {
  it('names the valid breakdowns for an unknown one', () => {
    const error = kztError(() => victimBreakdown({ breakdown: untyped<VictimBreakdown>('age') }));
    expect(error.code).toBe('unknown-breakdown');
    expect(error.message).toBe('Unknown breakdown "age". Valid: sex, citizenship.');
  });

  it('refuses data that is not an object', () => {
    for (const bad of ['159', 159, true]) {
      expect(kztError(() => victimBreakdown({ data: untyped<VictimCounts>(bad) })).code).toBe('empty-data');
    }
  });

  it('refuses a total of zero', () => {
    const error = kztError(() => victimBreakdown({ data: counts({ total: 0, women: 0, men: 0 }) }));
    expect(error.code).toBe('empty-data');
    expect(error.details.what).toBe('total');
  });

  it.each([
    ['negative', -10],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['missing', undefined],
  ])('refuses a total that is %s', (_, bad) => {
    const error = kztError(() => victimBreakdown({ data: counts({ total: untyped<number>(bad) }) }));
    expect(error.code).toBe('invalid-number');
    expect(error.details.what).toBe('total');
  });

  it.each([
    ['negative', -4],
    ['NaN', Number.NaN],
    ['infinite', Number.NEGATIVE_INFINITY],
    ['a string', '4'],
  ])('refuses a group count that is %s, naming the group', (_, bad) => {
    const error = kztError(() => victimBreakdown({ data: counts({ women: untyped<number>(bad) }) }));
    expect(error.code).toBe('invalid-number');
    expect(error.details.what).toBe('women');
  });

  it('refuses groups that add up to less than the total', () => {
    const error = kztError(() => victimBreakdown({ data: counts({ total: 159, women: 70, men: 85 }) }));
    expect(error.code).toBe('above-total');
    expect(error.message).toBe('The groups add up to 155, not to the total 159.');
    expect(error.details).toEqual({ value: '155', valid: '159' });
  });

  it('refuses groups that add up to more than the total, or a group above it', () => {
    expect(kztError(() => victimBreakdown({ data: counts({ total: 159, women: 80, men: 85 }) })).code).toBe(
      'above-total',
    );
    expect(kztError(() => victimBreakdown({ data: counts({ total: 159, women: 200, men: 0 }) })).code).toBe(
      'above-total',
    );
  });
});

describe('victimBreakdown properties', () => {
  const split = fc
    .integer({ min: 1, max: 100_000 })
    .chain((total) => fc.tuple(fc.constant(total), fc.integer({ min: 0, max: total })));

  it('any two whole groups that add up to the total give shares that sum to 1', () => {
    fc.assert(
      fc.property(split, fc.constantFrom(...victimBreakdowns), ([total, first], breakdown) => {
        const data = { total, women: first, men: total - first, citizens: first, foreigners: total - first };
        const result = victimBreakdown({ breakdown, data });
        expect(result.slices.map((s) => s.count)).toEqual([first, total - first]);
        expect(result.slices.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 12);
        for (const slice of result.slices) expect(slice.share).toBe(slice.count / total);
      }),
    );
  });

  it('any groups that miss the total by a whole number are refused', () => {
    fc.assert(
      fc.property(split, fc.integer({ min: 1, max: 1000 }), fc.boolean(), ([total, women], miss, above) => {
        const men = total - women + (above ? miss : 0);
        const data = counts({ total: above ? total : total + miss, women, men });
        expect(kztError(() => victimBreakdown({ data })).code).toBe('above-total');
      }),
    );
  });
});

describe('victimBreakdownTitle', () => {
  it('names the breakdown and the year of the bundled counts', () => {
    expect(victimBreakdownTitle(victimBreakdown(), ru)).toBe('Пострадавшие от торговли людьми по полу, 2025');
    expect(victimBreakdownTitle(victimBreakdown(), kk)).toBe('Адам саудасынан жәбірленушілер жынысы бойынша, 2025');
    expect(victimBreakdownTitle(victimBreakdown({ breakdown: 'citizenship' }), en)).toBe(
      'Victims of human trafficking by citizenship, 2025',
    );
  });

  it("names no year for a caller's counts, which carry none", () => {
    const data = victimBreakdown({ breakdown: 'citizenship', data: counts({ total: 3, citizens: 2, foreigners: 1 }) });
    expect(victimBreakdownTitle(data, en, false)).toBe('Victims of human trafficking by citizenship');
  });
});

describe('victimBreakdownTable', () => {
  it('gives the bundled split by sex as CSV, shares rounded to 4 places', () => {
    const table = victimBreakdownTable(victimBreakdown(), ru);
    expect(table.caption).toBe(`${ru.victimBreakdown.titleSex}, 2025. ${ru.victimBreakdown.subtitle}`);
    expect(toCsv(table)).toBe('Группа,Человек,Доля\r\nЖенщины,74,0.4654\r\nМужчины,85,0.5346\r\n');
    // Both counts are derived (74 from the 46.5 % share, 85 as the difference): the table marks them.
    expect(table.derived).toEqual([
      [0, 1],
      [1, 1],
    ]);
    // Of the split by citizenship only the foreigners (16 = 159 − 143) are derived.
    expect(victimBreakdownTable(victimBreakdown({ breakdown: 'citizenship' }), ru).derived).toEqual([[1, 1]]);
  });

  it('gives exact CSV for small custom inputs', () => {
    const bySex = victimBreakdown({ data: counts({ total: 4, women: 1, men: 3 }) });
    expect(toCsv(victimBreakdownTable(bySex, en))).toBe('Group,People,Share\r\nWomen,1,0.25\r\nMen,3,0.75\r\n');
    const byCitizenship = victimBreakdown({
      breakdown: 'citizenship',
      data: counts({ total: 3, citizens: 2, foreigners: 1 }),
    });
    const table = victimBreakdownTable(byCitizenship, en, false);
    expect(table.caption).toBe(`${en.victimBreakdown.titleCitizenship}. ${en.victimBreakdown.subtitle}`);
    expect(toCsv(table)).toBe(
      'Group,People,Share\r\nCitizens of Kazakhstan,2,0.6667\r\nForeign and stateless people,1,0.3333\r\n',
    );
    expect(toCsv(victimBreakdownTable(byCitizenship, kk))).toBe(
      'Топ,Адам,Үлес\r\nҚазақстан азаматтары,2,0.6667\r\nШетелдіктер және азаматтығы жоқ адамдар,1,0.3333\r\n',
    );
  });
});

describe('victimBreakdownNotes', () => {
  it('explains the derived counts and the ambiguous +21.3 % for the bundled split by sex', () => {
    const notes = victimBreakdownNotes(victimBreakdown(), ru, true);
    expect(notes).toEqual([ru.victimBreakdown.sexDerivedNote, ru.victimBreakdown.womenChangeNote]);
    expect(notes[0]).toContain('(74)');
    expect(notes[0]).toContain('46,5\u00a0%');
    expect(notes[1]).toContain('21,3\u00a0%');
    // The 61 women is a 2024 reading, derived: the note says both.
    expect(notes[1]).toContain('(61 в 2024 году); оба значения вычислены, а не опубликованы');
  });

  it('explains the derived foreigners for the bundled split by citizenship', () => {
    expect(victimBreakdownNotes(victimBreakdown({ breakdown: 'citizenship' }), en, true)).toEqual([
      'Foreign and stateless victims (16) are derived as the difference: 159 − 143.',
    ]);
  });

  it('gives no notes for custom data', () => {
    expect(victimBreakdownNotes(victimBreakdown({ data: counts({}) }), en, false)).toEqual([]);
  });
});

describe('describeVictimBreakdown', () => {
  const bySex = victimBreakdown();
  const byCitizenship = victimBreakdown({ breakdown: 'citizenship' });

  it('describes the bundled split in Russian', () => {
    expect(describeVictimBreakdown(bySex, ru)).toBe(
      'Кольцевая диаграмма: всего 159 пострадавших. Женщины — 74 (46,5\u00a0%; вычислено); Мужчины — 85 (53,5\u00a0%; вычислено).',
    );
    expect(describeVictimBreakdown(byCitizenship, ru)).toBe(
      'Кольцевая диаграмма: всего 159 пострадавших. Граждане Казахстана — 143 (89,9\u00a0%); ' +
        'Иностранцы и лица без гражданства — 16 (10,1\u00a0%; вычислено).',
    );
  });

  it('describes the bundled split in Kazakh', () => {
    expect(describeVictimBreakdown(bySex, kk)).toBe(
      'Сақиналы диаграмма: барлығы 159 жәбірленуші. Әйелдер — 74 (46,5%; есептелген); Ерлер — 85 (53,5%; есептелген).',
    );
  });

  it('describes the bundled split in English', () => {
    expect(describeVictimBreakdown(bySex, en)).toBe(
      'Donut chart of 159 victims in all. Women: 74 (46.5%; derived); Men: 85 (53.5%; derived).',
    );
    expect(describeVictimBreakdown(byCitizenship, en)).toBe(
      'Donut chart of 159 victims in all. Citizens of Kazakhstan: 143 (89.9%); Foreign and stateless people: 16 (10.1%; derived).',
    );
  });

  it('formats large counts in the locale’s style', () => {
    const big = victimBreakdown({ data: counts({ total: 12_000, women: 3_000, men: 9_000 }) });
    expect(describeVictimBreakdown(big, ru)).toContain('всего 12\u00a0000 пострадавших');
    // A caller's counts carry no status: none is said to be derived.
    expect(describeVictimBreakdown(big, ru)).not.toContain('вычислено');
    expect(describeVictimBreakdown(big, en)).toContain('Women: 3,000 (25%); Men: 9,000 (75%)');
  });
});
