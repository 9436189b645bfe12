import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CrimeChange,
  type CrimeSeries,
  type CrimeTrend,
  type CrimeYearRow,
  crimeChangeLabel,
  crimeGapLabel,
  crimeSeries,
  crimeSources,
  crimeTrend,
  crimeTrendNotes,
  crimeTrendSubtitle,
  crimeTrendTable,
  crimeYearRows,
  describeCrimeTrend,
  sourceLines,
} from '../../packages/core/src/charts/crime-trend.js';
import { sources } from '../../packages/core/src/data/sources.js';
import { dataset } from '../../packages/core/src/dataset.js';
import { en, kk, ru } from '../../packages/core/src/i18n/catalogues.js';
import { customSourceLines, fill, type Source, toCsv } from '../../packages/core/src/index.js';
import { applyUpdate } from '../../packages/core/src/update.js';
import { kztError, untyped } from '../helpers/errors.js';

function year(
  y: number,
  total: number | null,
  art128: number | null = null,
  art135: number | null = null,
): CrimeYearRow {
  return { year: y, total, art128, art135 };
}

function change(from: number, to: number, percentChange: number, multiple: number): CrimeChange {
  return { series: 'total', from, to, percentChange, multiple };
}

describe('crimeYearRows', () => {
  it('reads the bundled 2022–2025 figures, null where unpublished', () => {
    expect(crimeYearRows()).toEqual([
      year(2022, null),
      year(2023, null),
      year(2024, 357, 15, 9),
      year(2025, 298, 12, 31),
    ]);
  });

  it('reads the same years from another dataset', () => {
    const total2023 = { id: 'crimes.total.2023', unit: 'offences', period: '2023', source: 'kpsisu' } as const;
    const facts = { ...dataset.facts, [total2023.id]: { ...total2023, status: 'reported', value: 200 } as const };
    expect(crimeYearRows({ ...dataset, facts })[1]).toEqual(year(2023, 200));
  });

  it('takes the years an update brings, with a gap for a year it skips', () => {
    const updated = applyUpdate(dataset, {
      facts: [
        { id: 'crimes.total.2027', status: 'reported', value: 280, unit: 'offences', period: '2027', source: 'kpsisu' },
      ],
    });
    const rows = crimeYearRows(updated);
    expect(rows.map((row) => row.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
    expect(rows.at(-2)).toEqual(year(2026, null));
    expect(rows.at(-1)).toEqual(year(2027, 280));
    const trend = crimeTrend({ series: ['total'], data: rows });
    expect(trend.gaps).toEqual([2022, 2023, 2026]);
    expect(crimeYearRows({ facts: {} })).toEqual([]);
  });
});

describe('crimeTrend with the bundled data', () => {
  const trend = crimeTrend();

  it('draws all three series over 2022–2025 with gaps in 2022 and 2023', () => {
    expect(trend.series).toEqual(['total', 'art128', 'art135']);
    expect(trend.rows.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(trend.gaps).toEqual([2022, 2023]);
  });

  it('computes the 2024→2025 changes of each series', () => {
    const [total, art128, art135] = trend.changes;
    expect(trend.changes).toHaveLength(3);
    expect(total).toMatchObject({ series: 'total', from: 2024, to: 2025 });
    expect(total?.percentChange).toBeCloseTo(-16.5266, 4);
    expect(total?.multiple).toBeCloseTo(298 / 357, 10);
    expect(art128).toEqual({ series: 'art128', from: 2024, to: 2025, percentChange: -20, multiple: 0.8 });
    expect(art135?.percentChange).toBeCloseTo(244.444, 3);
    expect(art135?.multiple).toBeCloseTo(31 / 9, 10);
  });

  it('draws only the series asked for, each once', () => {
    const only135 = crimeTrend({ series: ['art135', 'art135'] });
    expect(only135.series).toEqual(['art135']);
    expect(only135.changes.map((c) => c.series)).toEqual(['art135']);
    expect(only135.gaps).toEqual([2022, 2023]);
  });
});

describe('crimeTrend with custom data', () => {
  it('sorts rows by year', () => {
    const trend = crimeTrend({ data: [year(2021, 3), year(2019, 1), year(2020, 2)] });
    expect(trend.rows.map((r) => r.year)).toEqual([2019, 2020, 2021]);
  });

  it('reads a missing count as unknown', () => {
    const trend = crimeTrend({ data: [untyped<CrimeYearRow>({ year: 2020, total: 5 })] });
    expect(trend.rows).toEqual([year(2020, 5)]);
    expect(trend.gaps).toEqual([2020]);
  });

  it('counts a gap only for the series drawn', () => {
    const data = [year(2020, 1, null, 4), year(2021, 2, 3, null)];
    expect(crimeTrend({ data, series: ['total'] }).gaps).toEqual([]);
    expect(crimeTrend({ data, series: ['art128'] }).gaps).toEqual([2020]);
    expect(crimeTrend({ data, series: ['total', 'art135'] }).gaps).toEqual([2021]);
  });

  it('never computes a change across an unknown year: it falls back to the last adjacent pair', () => {
    const data = [year(2019, 10), year(2020, 20), year(2021, null), year(2022, 30)];
    expect(crimeTrend({ data, series: ['total'] }).changes).toEqual([
      { series: 'total', from: 2019, to: 2020, percentChange: 100, multiple: 2 },
    ]);
  });

  it('gives no change from zero and none without two adjacent values', () => {
    expect(crimeTrend({ data: [year(2020, 0), year(2021, 5)] }).changes).toEqual([]);
    expect(crimeTrend({ data: [year(2020, 5), year(2021, null), year(2022, 6)] }).changes).toEqual([]);
    expect(crimeTrend({ data: [year(2020, 5)] }).changes).toEqual([]);
  });

  it('allows a fall to zero', () => {
    expect(crimeTrend({ data: [year(2020, 4), year(2021, 0)], series: ['total'] }).changes).toEqual([
      { series: 'total', from: 2020, to: 2021, percentChange: -100, multiple: 0 },
    ]);
  });
});

describe('crimeTrend refuses bad input', () => {
  it('names the valid series for an unknown one', () => {
    const error = kztError(() => crimeTrend({ series: untyped<CrimeSeries[]>(['total', 'art999']) }));
    expect(error.code).toBe('unknown-series');
    expect(error.message).toBe('Unknown series "art999". Valid: total, art128, art135.');
  });

  it('refuses an empty or non-array list of series', () => {
    expect(kztError(() => crimeTrend({ series: [] })).code).toBe('empty-data');
    expect(kztError(() => crimeTrend({ series: untyped<CrimeSeries[]>('total') })).code).toBe('empty-data');
  });

  it('refuses empty data, data that is not an array, and rows that are not objects', () => {
    expect(kztError(() => crimeTrend({ data: [] })).code).toBe('empty-data');
    expect(kztError(() => crimeTrend({ data: untyped<CrimeYearRow[]>({ 2024: 357 }) })).code).toBe('empty-data');
    expect(kztError(() => crimeTrend({ data: untyped<CrimeYearRow[]>([null]) })).code).toBe('empty-data');
    expect(kztError(() => crimeTrend({ data: untyped<CrimeYearRow[]>([2024]) })).code).toBe('empty-data');
  });

  it('refuses a year that appears twice', () => {
    const error = kztError(() => crimeTrend({ data: [year(2024, 1), year(2025, 2), year(2024, 3)] }));
    expect(error.code).toBe('duplicate-key');
    expect(error.message).toBe('Year 2024 appears twice.');
  });

  it.each([
    ['NaN', Number.NaN],
    ['negative', -2024],
    ['a string', '2024'],
  ])('refuses a year that is %s', (_, bad) => {
    expect(kztError(() => crimeTrend({ data: [year(untyped<number>(bad), 1)] })).code).toBe('invalid-number');
  });

  it.each([
    ['negative', -1],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['a string', '357'],
  ])('refuses a count that is %s, naming the series and year', (_, bad) => {
    const error = kztError(() => crimeTrend({ data: [year(2024, 1, untyped<number>(bad))] }));
    expect(error.code).toBe('invalid-number');
    expect(error.details.what).toBe('art128 in 2024');
  });
});

describe('crimeTrend properties', () => {
  const yearlyData = fc.uniqueArray(
    fc.record({
      year: fc.integer({ min: 1990, max: 2040 }),
      total: fc.option(fc.nat(1000), { nil: null }),
      art128: fc.option(fc.nat(1000), { nil: null }),
      art135: fc.option(fc.nat(1000), { nil: null }),
    }),
    { minLength: 1, maxLength: 8, selector: (row) => row.year },
  );
  const someSeries = fc.subarray([...crimeSeries], { minLength: 1 });

  it('sorts the rows, lists exactly the years with an unknown drawn value, and never bridges a null year', () => {
    fc.assert(
      fc.property(yearlyData, someSeries, (data, series) => {
        const trend = crimeTrend({ data, series });
        const rows = trend.rows;
        expect(rows.map((r) => r.year)).toEqual(data.map((r) => r.year).sort((a, b) => a - b));
        expect(trend.gaps).toEqual(rows.filter((r) => series.some((key) => r[key] === null)).map((r) => r.year));
        for (const key of series) {
          const pairs = rows
            .slice(1)
            .map((after, index) => ({ before: rows[index], after }))
            .filter(({ before, after }) => before && before[key] !== null && after[key] !== null);
          const valid = pairs.filter(({ before }) => (before?.[key] ?? 0) > 0);
          const found = trend.changes.find((c) => c.series === key);
          const last = valid[valid.length - 1];
          if (!last) {
            expect(found).toBeUndefined();
            continue;
          }
          const from = last.before?.[key] ?? Number.NaN;
          const to = last.after[key] ?? Number.NaN;
          expect(found).toEqual({
            series: key,
            from: last.before?.year,
            to: last.after.year,
            percentChange: ((to - from) / from) * 100,
            multiple: to / from,
          });
        }
      }),
    );
  });
});

describe('crimeChangeLabel', () => {
  it('labels the bundled changes in each locale', () => {
    const { changes } = crimeTrend();
    expect(changes.map((c) => crimeChangeLabel(c, ru))).toEqual([
      'Все связанные с торговлей людьми (9 статей УК): \u221216,5\u00a0% (2024→2025)',
      'Ст.\u00a0128 «Торговля людьми»: \u221220\u00a0% (2024→2025)',
      'Ст.\u00a0135 «Торговля несовершеннолетними»: ×3,4 (2024→2025)',
    ]);
    expect(changes.map((c) => crimeChangeLabel(c, en))).toEqual([
      'All related to trafficking (9 articles of the Criminal Code): \u221216.5% (2024→2025)',
      'Art. 128 “Trafficking in persons”: \u221220% (2024→2025)',
      'Art. 135 “Trafficking in minors”: ×3.4 (2024→2025)',
    ]);
    expect(crimeChangeLabel(changes[2] as CrimeChange, kk)).toBe(
      '135-бап «Кәмелетке толмағандар саудасы»: ×3,4 (2024→2025)',
    );
  });

  it('uses a multiple from ×2 up and a signed percentage below', () => {
    expect(crimeChangeLabel(change(2020, 2021, 100, 2), en)).toBe(`${en.crimeTrend.series.total}: ×2 (2020→2021)`);
    expect(crimeChangeLabel(change(2020, 2021, 99, 1.99), en)).toBe(`${en.crimeTrend.series.total}: +99% (2020→2021)`);
    expect(crimeChangeLabel(change(2020, 2021, 0, 1), ru)).toBe(`${ru.crimeTrend.series.total}: 0\u00a0% (2020→2021)`);
  });
});

describe('crimeTrendSubtitle', () => {
  it('names the years shown', () => {
    expect(crimeTrendSubtitle(crimeTrend(), ru)).toBe(
      'Зарегистрированные уголовные правонарушения по годам, 2022–2025',
    );
    const custom = crimeTrend({ data: [year(2019, 4), year(2010, 1), year(2015, null)] });
    expect(crimeTrendSubtitle(custom, en)).toBe('Registered criminal offences by year, 2010–2019');
    expect(crimeTrendSubtitle(crimeTrend({ data: [year(2025, 3)] }), kk)).toBe(
      'Жылдар бойынша тіркелген қылмыстық құқық бұзушылықтар, 2025',
    );
  });
});

describe('crimeGapLabel', () => {
  it('gives the article’s constraint for 2022 and "not published" otherwise', () => {
    expect(crimeGapLabel(2022, ru)).toBe('не опубликовано; минимум периода, более 150');
    expect(crimeGapLabel(2023, ru)).toBe('не опубликовано');
    expect(crimeGapLabel(2022, en)).toBe(en.crimeTrend.gapMinimum);
    expect(crimeGapLabel(2023, kk)).toBe(kk.crimeTrend.gap);
    expect(crimeGapLabel(1999, en)).toBe('not published');
  });

  it('keeps the 2022 constraint to the bundled data: a caller’s 2022 is only "not published"', () => {
    expect(crimeGapLabel(2022, en, false)).toBe('not published');
  });
});

describe('crimeTrendTable', () => {
  it('gives the bundled figures as CSV with empty cells for unknown years', () => {
    const table = crimeTrendTable(crimeTrend(), en);
    expect(table.caption).toBe('Crimes related to human trafficking. Registered criminal offences by year, 2022–2025');
    expect(toCsv(table)).toBe(
      'Year,All related to trafficking (9 articles of the Criminal Code),Art. 128 “Trafficking in persons”,' +
        'Art. 135 “Trafficking in minors”\r\n2022,,,\r\n2023,,,\r\n2024,357,15,9\r\n2025,298,12,31\r\n',
    );
    // The derived Art. 128 figure of 2024 (row 2, column 2) is marked for the table to say so.
    expect(table.derived).toEqual([[2, 2]]);
  });

  it('gives exact CSV for a small custom input, columns in the order of the series asked for', () => {
    const trend = crimeTrend({ data: [year(2021, 5, null, 1), year(2020, null, 2, 0)], series: ['art135', 'total'] });
    expect(toCsv(crimeTrendTable(trend, en))).toBe(
      'Year,Art. 135 “Trafficking in minors”,All related to trafficking (9 articles of the Criminal Code)\r\n' +
        '2020,0,\r\n2021,1,5\r\n',
    );
    expect(toCsv(crimeTrendTable(trend, ru))).toBe(
      'Год,Ст.\u00a0135 «Торговля несовершеннолетними»,Все связанные с торговлей людьми (9 статей УК)\r\n2020,0,\r\n2021,1,5\r\n',
    );
    // A caller's figures carry no status: none is marked derived.
    expect(crimeTrendTable(trend, en).derived).toEqual([]);
  });
});

describe('crimeTrendNotes', () => {
  const trend = crimeTrend();

  it('lists the gap years 2022 and 2023, the derived Art. 128 figure and the other count (ru)', () => {
    const notes = crimeTrendNotes(trend, ru, true);
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatch(/^Данные за 2022 и 2023 не опубликованы/);
    expect(notes[1]).toBe(ru.crimeTrend.derivedNote);
    expect(notes[2]).toBe(ru.crimeTrend.contextNote);
  });

  it('lists the gap years in the style of each locale', () => {
    expect(crimeTrendNotes(trend, en, true)[0]).toMatch(/^Figures for 2022 and 2023 were not published/);
    expect(crimeTrendNotes(trend, kk, true)[0]).toMatch(/^2022 және 2023 жылғы деректер жарияланбаған/);
    // One year takes the same words: «жылғы» does not count the years.
    expect(crimeTrendNotes(crimeTrend({ data: [year(2024, null), year(2025, 3, 2, 1)] }), kk, false)).toEqual([
      '2024 жылғы деректер жарияланбаған: графикте бұл сызық емес, үзіліс.',
    ]);
  });

  it('leaves out the Art. 128 note when that series is not drawn', () => {
    expect(crimeTrendNotes(crimeTrend({ series: ['total'] }), en, true)).toEqual([
      expect.stringContaining('2022 and 2023'),
      en.crimeTrend.contextNote,
    ]);
  });

  it('says what is known of the unpublished years of the bundled data only', () => {
    expect(crimeTrendNotes(trend, en, true)[0]).toBe(
      'Figures for 2022 and 2023 were not published: the chart shows a gap, not a line. ' +
        'We only know that more than 150 cases are registered each year and that 2022 was the minimum.',
    );
  });

  it('gives only the list of gaps for custom data, and nothing without gaps', () => {
    const withGap = crimeTrend({ data: [year(2020, 1), year(2021, null)], series: ['total'] });
    expect(crimeTrendNotes(withGap, en, false)).toEqual([
      'Figures for 2021 were not published: the chart shows a gap, not a line.',
    ]);
    expect(crimeTrendNotes(withGap, kk, false)[0]).toBe(fill(kk.crimeTrend.gapNote, { years: '2021' }));
    const complete = crimeTrend({ data: [year(2020, 1, 1, 1)] });
    expect(crimeTrendNotes(complete, en, false)).toEqual([]);
  });
});

describe('describeCrimeTrend', () => {
  const trend = crimeTrend();

  it('describes the bundled chart in English: series, values by year, changes, gaps', () => {
    expect(describeCrimeTrend(trend, en)).toBe(
      [
        'Line chart of all offences related to trafficking (9 articles of the Criminal Code), Art. 128 “Trafficking in persons”, and Art. 135 “Trafficking in minors”, 2022–2025.',
        'All related to trafficking (9 articles of the Criminal Code): 2022: no data, 2023: no data, 2024: 357, and 2025: 298.',
        'Art. 128 “Trafficking in persons”: 2022: no data, 2023: no data, 2024: 15 (derived), and 2025: 12.',
        'Art. 135 “Trafficking in minors”: 2022: no data, 2023: no data, 2024: 9, and 2025: 31.',
        'All related to trafficking (9 articles of the Criminal Code): \u221216.5% (2024→2025).',
        'Art. 128 “Trafficking in persons”: \u221220% (2024→2025).',
        'Art. 135 “Trafficking in minors”: ×3.4 (2024→2025).',
        'No data for 2022 and 2023.',
      ].join(' '),
    );
  });

  it('describes the bundled chart in Russian', () => {
    const text = describeCrimeTrend(trend, ru);
    expect(text).toMatch(/^Линейный график: все связанные с торговлей людьми \(9 статей УК\), ст\.\u00a0128/);
    expect(text).toContain(
      'Ст.\u00a0135 «Торговля несовершеннолетними»: 2022: нет данных, 2023: нет данных, 2024: 9 и 2025: 31.',
    );
    expect(text).toContain('2024: 15 (вычислено) и 2025: 12.');
    expect(text).toContain('(9 статей УК): \u221216,5\u00a0% (2024→2025).');
    expect(text).toContain('×3,4 (2024→2025).');
    expect(text).toMatch(/Нет данных за 2022 и 2023\.$/);
  });

  it('describes the bundled chart in Kazakh', () => {
    const text = describeCrimeTrend(trend, kk);
    expect(text).toMatch(/^Сызықтық график: /);
    expect(text).toContain('2022: деректер жоқ, 2023: деректер жоқ, 2024: 357, 2025: 298.');
    expect(text).toContain('2024: 15 (есептелген), 2025: 12.');
    expect(text).toMatch(/2022 және 2023 жылғы деректер жоқ\.$/);
  });

  it('formats large values in the locale’s style and names no gaps where there are none', () => {
    const big = crimeTrend({ data: [year(2020, 1500), year(2021, 1200)], series: ['total'] });
    expect(describeCrimeTrend(big, ru)).toContain('2020: 1\u00a0500 и 2021: 1\u00a0200.');
    expect(describeCrimeTrend(big, en)).toContain('2020: 1,500 and 2021: 1,200.');
    expect(describeCrimeTrend(big, en)).toContain(': \u221220% (2020→2021).');
    expect(describeCrimeTrend(big, en)).not.toContain('No data');
  });

  it('is empty without rows', () => {
    const empty: CrimeTrend = { series: ['total'], rows: [], gaps: [], changes: [], derived: [] };
    expect(describeCrimeTrend(empty, en)).toBe('');
  });
});

describe('customSourceLines', () => {
  it('keeps a caller’s texts and links only http(s) addresses', () => {
    expect(
      customSourceLines([
        { text: 'A', url: 'https://example.org/a' },
        { text: 'B', url: 'HTTP://example.org/b' },
        { text: 'C', url: 'javascript:alert(1)' },
        { text: 'D', url: null },
        { text: 'E' },
      ]),
    ).toEqual([
      { text: 'A', url: 'https://example.org/a' },
      { text: 'B', url: 'HTTP://example.org/b' },
      { text: 'C', url: null },
      { text: 'D', url: null },
      { text: 'E', url: null },
    ]);
  });
});

describe('crimeSources and sourceLines', () => {
  it('credits the prosecutor’s statistics as relayed by ranking.kz, without a link (none was checked)', () => {
    expect(sourceLines(crimeSources, ru)).toEqual([
      {
        text: 'Комитет по правовой статистике и специальным учётам Генеральной прокуратуры Республики Казахстан (цит. по ranking.kz, 15.01.2026)',
        url: null,
      },
    ]);
    expect(sourceLines(crimeSources, en)[0]?.text).toBe(
      'Committee on Legal Statistics and Special Accounts of the Prosecutor General’s Office of Kazakhstan, via ranking.kz, 15 January 2026',
    );
    // The committee is the source; ranking.kz only relays its counts.
    expect(sourceLines(crimeSources, kk)[0]?.text).toBe(
      'Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі комитеті (ranking.kz, 15.01.2026 арқылы)',
    );
  });

  it('gives the source alone, unlinked, without a relaying publication', () => {
    expect(sourceLines([{ source: 'kpsisu' }], ru)).toEqual([{ text: ru.sources.kpsisu, url: null }]);
  });

  it('links the source, or else the publication that relayed it', () => {
    expect(sourceLines([{ source: 'stat-gov-kz' }], en)).toEqual([
      { text: 'Bureau of National Statistics of Kazakhstan', url: 'https://stat.gov.kz' },
    ]);
    expect(sourceLines([{ source: 'kpsisu', via: 'gsi-2023' }], en)[0]?.url).toBe(
      'https://www.walkfree.org/global-slavery-index/',
    );
  });

  it('never links an address that is not http(s)', () => {
    const entry = untyped<{ url: string | null }>(sources['stat-gov-kz']);
    const original: Source['url'] = entry.url;
    try {
      for (const unsafe of ['javascript:alert(1)', 'data:text/html,x', '//stat.gov.kz', 'ftp://stat.gov.kz']) {
        entry.url = unsafe;
        expect(sourceLines([{ source: 'stat-gov-kz' }], en)[0]?.url).toBeNull();
      }
      entry.url = 'HTTPS://STAT.GOV.KZ';
      expect(sourceLines([{ source: 'stat-gov-kz' }], en)[0]?.url).toBe('HTTPS://STAT.GOV.KZ');
    } finally {
      entry.url = original;
    }
  });
});
