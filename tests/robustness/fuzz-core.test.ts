import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  crimeChangeLabel,
  crimeGapLabel,
  crimeTrend,
  crimeTrendNotes,
  crimeTrendTable,
  describeCrimeTrend,
} from '../../packages/core/src/charts/crime-trend.js';
import {
  describeRegionalShare,
  regionalShare,
  regionalShareNotes,
  regionalShareTable,
} from '../../packages/core/src/charts/regional-share.js';
import {
  describeSlaveryIndex,
  slaveryIndexNotes,
  slaveryIndexRows,
  slaveryIndexTable,
} from '../../packages/core/src/charts/slavery-index.js';
import {
  describeVictimBreakdown,
  victimBreakdown,
  victimBreakdownNotes,
  victimBreakdownTable,
  victimBreakdownTitle,
} from '../../packages/core/src/charts/victim-breakdown.js';
import { factNumber } from '../../packages/core/src/dataset.js';
import { catalogues } from '../../packages/core/src/i18n/catalogues.js';
import {
  assertFiniteNumber,
  assertOneOf,
  countryName,
  countsMatchingShare,
  type DataTable,
  fill,
  formatCompact,
  formatList,
  formatNumber,
  formatPercent,
  formatTenge,
  formatWithUnit,
  isKztError,
  isLocale,
  type Locale,
  locales,
  multiple,
  peopleFromPrevalence,
  per1000ToPer100000,
  per100000ToPer1000,
  percentChange,
  plural,
  roundTo,
  share,
  toCsv,
  valuesBeforePercentChange,
} from '../../packages/core/src/index.js';
import { messagesFor } from '../../packages/core/src/messages.js';
import {
  crimeProps,
  fuzzOptions,
  junk,
  regionalProps,
  slaveryProps,
  text,
  victimProps,
  weirdNumber,
} from './arbitraries.js';

// Issue #9, "bad input, generated", for core: every public function either returns a valid result
// or throws its typed error (KztError) — never a TypeError, a RangeError, NaN, Infinity or
// "undefined" in a text. FUZZ_RUNS raises the number of cases (1,000 by default).

const locale = fc.constantFrom(...locales);

/** Runs `run`: a KztError is an accepted answer (returns undefined); any other error fails the test. */
function typed<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (isKztError(error)) {
      expect(error.message.length).toBeGreaterThan(0);
      expect(Object.values(error.details).every((value) => typeof value === 'string')).toBe(true);
      return undefined;
    }
    throw error;
  }
}

/** A text for a reader: no sign of a value that went wrong. */
function expectCleanText(value: unknown, what: string): void {
  expect(typeof value, what).toBe('string');
  expect(value as string, what).not.toMatch(/\bNaN\b|undefined|\[object Object\]|Infinity|∞/);
}

/** A table whose rows are as wide as its header, with finite numbers, and that writes as CSV. */
function expectValidTable(table: DataTable, what: string): void {
  expectCleanText(table.caption, what);
  for (const column of table.columns) expectCleanText(column, what);
  for (const row of table.rows) {
    expect(row.length, what).toBe(table.columns.length);
    for (const cell of row) {
      if (typeof cell === 'number') expect(Number.isFinite(cell), `${what}: ${cell}`).toBe(true);
      else if (cell !== null) expect(typeof cell, what).toBe('string');
    }
  }
  const csv = toCsv(table, { bom: true });
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
}

describe('core chart functions with generated input', () => {
  it(`slaveryIndexRows: valid rows or a KztError, for ${fuzzOptions.numRuns} cases`, () => {
    fc.assert(
      fc.property(slaveryProps, locale, (props, loc) => {
        const rows = typed(() => slaveryIndexRows(props as never));
        if (!rows) return;
        expect(rows.length).toBeGreaterThan(0);
        for (const [index, row] of rows.entries()) {
          expect(Number.isFinite(row.prevalencePer1000) && row.prevalencePer1000 >= 0).toBe(true);
          expect(row.position).toBeGreaterThanOrEqual(1);
          expect(typeof row.highlighted).toBe('boolean');
          const next = rows[index + 1];
          if (next) expect(row.prevalencePer1000).toBeGreaterThanOrEqual(next.prevalencePer1000);
        }
        const messages = catalogues[loc];
        expectValidTable(slaveryIndexTable(rows, messages), 'slaveryIndexTable');
        expect(typeof describeSlaveryIndex(rows, messages)).toBe('string');
        // The caller's names are written as given (a country may be called "∞" or "NaN"): the texts
        // are checked for signs of a broken value with neutral names in their place.
        const named = rows.map((row, index) => ({ ...row, name: `Country ${index + 1}` }));
        expectCleanText(describeSlaveryIndex(named, messages), 'describeSlaveryIndex');
        for (const note of slaveryIndexNotes(named, messages, true)) expectCleanText(note, 'slaveryIndexNotes');
      }),
      fuzzOptions,
    );
  });

  it(`crimeTrend: valid trend or a KztError, for ${fuzzOptions.numRuns} cases`, () => {
    fc.assert(
      fc.property(crimeProps, locale, (props, loc) => {
        const trend = typed(() => crimeTrend(props as never));
        if (!trend) return;
        expect(trend.series.length).toBeGreaterThan(0);
        for (const [index, row] of trend.rows.entries()) {
          expect(Number.isFinite(row.year)).toBe(true);
          const next = trend.rows[index + 1];
          if (next) expect(next.year).toBeGreaterThan(row.year);
          for (const key of ['total', 'art128', 'art135'] as const) {
            const value = row[key];
            if (value !== null) expect(Number.isFinite(value) && value >= 0, `${key} ${value}`).toBe(true);
          }
        }
        for (const change of trend.changes) {
          expect(Number.isFinite(change.percentChange), `percentChange ${change.percentChange}`).toBe(true);
          expect(Number.isFinite(change.multiple), `multiple ${change.multiple}`).toBe(true);
        }
        const messages = catalogues[loc];
        expectValidTable(crimeTrendTable(trend, messages), 'crimeTrendTable');
        expectCleanText(describeCrimeTrend(trend, messages), 'describeCrimeTrend');
        for (const note of crimeTrendNotes(trend, messages, false)) expectCleanText(note, 'crimeTrendNotes');
        for (const change of trend.changes) expectCleanText(crimeChangeLabel(change, messages), 'crimeChangeLabel');
        for (const year of trend.gaps) expectCleanText(crimeGapLabel(year, messages), 'crimeGapLabel');
      }),
      fuzzOptions,
    );
  });

  it(`victimBreakdown: valid slices or a KztError, for ${fuzzOptions.numRuns} cases`, () => {
    fc.assert(
      fc.property(victimProps, locale, (props, loc) => {
        const data = typed(() => victimBreakdown(props as never));
        if (!data) return;
        expect(data.total).toBeGreaterThan(0);
        expect(data.slices).toHaveLength(2);
        const shares = data.slices.map((slice) => slice.share);
        for (const value of shares) expect(value >= 0 && value <= 1).toBe(true);
        expect(shares.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9);
        const messages = catalogues[loc];
        expectValidTable(victimBreakdownTable(data, messages), 'victimBreakdownTable');
        expectCleanText(describeVictimBreakdown(data, messages), 'describeVictimBreakdown');
        expectCleanText(victimBreakdownTitle(data, messages), 'victimBreakdownTitle');
        for (const note of victimBreakdownNotes(data, messages, true)) expectCleanText(note, 'victimBreakdownNotes');
      }),
      fuzzOptions,
    );
  });

  it(`regionalShare: valid units or a KztError, for ${fuzzOptions.numRuns} cases`, () => {
    fc.assert(
      fc.property(regionalProps, locale, (props, loc) => {
        const data = typed(() => regionalShare(props as never));
        if (!data) return;
        expect(data.rows).toHaveLength(20);
        expect(Number.isFinite(data.total) && data.total > 0).toBe(true);
        for (const row of data.rows) {
          if (row.share !== null) expect(row.share >= 0 && row.share <= 1, `share ${row.share}`).toBe(true);
          expect(row.count === null || Number.isFinite(row.count)).toBe(true);
        }
        if (data.remainder) expect(data.remainder.count).toBeGreaterThan(0);
        const messages = catalogues[loc];
        expectValidTable(regionalShareTable(data, messages), 'regionalShareTable');
        expectCleanText(describeRegionalShare(data, messages), 'describeRegionalShare');
        for (const note of regionalShareNotes(data, messages)) expectCleanText(note, 'regionalShareNotes');
      }),
      fuzzOptions,
    );
  });
});

const anyNumber = fc.oneof(weirdNumber, fc.double({ min: -1e6, max: 1e6 }));
const decimals = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(-1, 0.5, Number.NaN, 20));

describe('core helpers with generated input', () => {
  it('derive: a finite number (or list of whole numbers) or a KztError', () => {
    const finite = (value: number | undefined) => {
      if (value !== undefined) expect(Number.isFinite(value), String(value)).toBe(true);
    };
    fc.assert(
      fc.property(anyNumber, anyNumber, (a, b) => {
        finite(typed(() => share(a, b)));
        finite(typed(() => percentChange(a, b)));
        finite(typed(() => multiple(a, b)));
        finite(typed(() => per1000ToPer100000(a)));
        finite(typed(() => per100000ToPer1000(a)));
        finite(typed(() => peopleFromPrevalence(a, b)));
      }),
      fuzzOptions,
    );
    // The searches loop over candidate counts: kept to realistic magnitudes (see the report on huge ones).
    const count = fc.oneof(
      fc.integer({ min: -10, max: 20_000 }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
    );
    const percent = fc.oneof(fc.double({ min: -120, max: 1000, noNaN: true }), fc.constantFrom(Number.NaN, -100, 0));
    fc.assert(
      fc.property(count, percent, decimals, (whole, reported, places) => {
        for (const list of [
          typed(() => countsMatchingShare(whole, reported, Math.max(0, Math.min(4, places)) || 0)),
          typed(() => valuesBeforePercentChange(whole, reported, places)),
        ]) {
          if (list) for (const value of list) expect(Number.isInteger(value) && value >= 0, String(value)).toBe(true);
        }
      }),
      { ...fuzzOptions, numRuns: Math.min(fuzzOptions.numRuns, 300) },
    );
  });

  it('roundTo: finite for finite input and whole decimals', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 10 }),
        (value, places) => {
          const rounded = roundTo(value, places);
          expect(Number.isFinite(rounded), `roundTo(${value}, ${places}) = ${rounded}`).toBe(true);
          expect(Object.is(rounded, -0)).toBe(false);
        },
      ),
      fuzzOptions,
    );
  });

  it('validation and lookups: a value or a KztError, never another error', () => {
    fc.assert(
      fc.property(junk, fc.oneof(text, junk), (value, what) => {
        typed(() => assertFiniteNumber(value, typeof what === 'string' ? what : 'value'));
        typed(() => assertOneOf(value, locales, 'unknown-locale', 'locale'));
        typed(() => messagesFor(value));
        typed(() => factNumber(typeof what === 'string' ? what : 'gsi.rank.KZ'));
        expect(typeof isLocale(value)).toBe('boolean');
      }),
      fuzzOptions,
    );
  });

  it('formatting: a clean text for any finite number, locale and text', () => {
    const messages = { en: messagesFor('en'), ru: messagesFor('ru'), kk: messagesFor('kk') };
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        locale,
        text,
        fc.array(text, { maxLength: 4 }),
        (value, loc: Locale, words, items) => {
          for (const formatted of [
            formatNumber(value, loc),
            formatPercent(value, loc, { signed: true }),
            formatTenge(value, loc),
            formatCompact(value, loc),
            plural(messages[loc].plural.cases, value, loc),
            formatWithUnit(value, 'per-1000', messages[loc]),
            formatWithUnit(value, 'tenge', messages[loc]),
          ]) {
            expectCleanText(formatted, `${value} in ${loc}`);
            expect(formatted, 'a placeholder left unfilled').not.toMatch(/\{\w+\}/);
          }
          expect(typeof countryName(words, loc, 'fallback')).toBe('string');
          expect(typeof formatList(items, loc)).toBe('string');
          // fill() writes parameters once: a parameter's own {braces} are never filled again.
          expect(fill('{a}-{b}', { a: words, b: '{a}' })).toBe(`${words}-{a}`);
        },
      ),
      fuzzOptions,
    );
  });
});
