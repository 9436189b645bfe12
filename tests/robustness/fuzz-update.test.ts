// 1,000 update files per run through the command's reader and applyUpdate: valid updates, plausible
// mistakes, hostile texts and junk. Each ends in a new dataset or one KztError listing its problems,
// never another throw, and the bundled dataset (frozen here) is never changed. Every merged dataset
// is charted by the four figure functions, which draw it or say why not (a KztError).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crimeTrendFigure } from '../../packages/core/src/charts/crime-trend.js';
import { regionalShareFigure } from '../../packages/core/src/charts/regional-share.js';
import { slaveryIndexFigure } from '../../packages/core/src/charts/slavery-index.js';
import { victimBreakdownFigure } from '../../packages/core/src/charts/victim-breakdown.js';
import { type Dataset, dataset } from '../../packages/core/src/dataset.js';
import { isKztError } from '../../packages/core/src/errors.js';
import { en } from '../../packages/core/src/messages.js';
import { applyUpdate, csvColumns, parseUpdate, problemText } from '../../packages/core/src/update.js';
import { fuzzOptions, hostileTexts, text, weirdNumber } from './arbitraries.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const bundled = JSON.stringify(dataset);
deepFreeze(dataset);

const facts = Object.values(dataset.facts);
const ids = fc.oneof(fc.constantFrom(...facts.map((fact) => fact.id)), fc.constant('crimes.total.2026'), text);
const values = fc.oneof(weirdNumber, text, fc.constant(null), fc.array(text, { maxLength: 3 }), fc.anything());

/** A bundled fact with one field changed, removed or added: most are plausible mistakes, some valid. */
const mutatedFact = fc
  .tuple(
    fc.constantFrom(...facts),
    fc.constantFrom('id', 'status', 'value', 'unit', 'period', 'source', 'via', 'quote', 'inputs', 'claim', 'extra'),
    fc.oneof(values, ids, fc.constant(undefined)),
  )
  .map(([fact, field, value]) => ({ ...fact, [field]: value }));

/** A fact a data desk would write for next year, sometimes with a hostile text. */
const newYearFact = fc.record({
  id: fc.constantFrom('crimes.total.2026', 'crimes.art128.2026', 'victims.2026', 'gsi.prevalence.KZ'),
  status: fc.constant('reported'),
  value: fc.oneof(fc.integer({ min: 0, max: 10_000 }), weirdNumber),
  unit: fc.constantFrom('offences', 'people', 'per-1000'),
  period: fc.constantFrom('2026', '2026-01-01', '26'),
  source: fc.constantFrom('kpsisu', 'gsi-2023', 'nobody'),
  quote: fc.constantFrom(...hostileTexts),
});

/** A well-formed update of next year's counts, which applies and is then charted (no mutation in it). */
const nextYearCounts = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom(
        'crimes.total.2026',
        'crimes.art135.2026',
        'crimes.art135.almaty.2026',
        'victims.2026',
        'victims.women.2026',
        'victims.men.2026',
      ),
      value: fc.integer({ min: 0, max: 10_000 }),
    }),
    { selector: (fact) => fact.id, minLength: 1, maxLength: 6 },
  )
  .map((counts) => ({
    facts: counts.map(({ id, value }) => ({
      id,
      status: 'reported',
      value,
      unit: id.startsWith('crimes.') ? 'offences' : 'people',
      period: '2026',
      source: 'kpsisu',
    })),
  }));

const update = fc.oneof(
  nextYearCounts,
  fc.record({
    facts: fc.array(fc.oneof(mutatedFact, newYearFact, fc.constantFrom(...facts)), { minLength: 1, maxLength: 6 }),
  }),
  fc.record({ sources: fc.dictionary(text, fc.anything()), facts: fc.array(newYearFact, { maxLength: 3 }) }),
  fc.anything(),
);

/** The update as a file: JSON, CSV of its facts, or junk text. */
const file = fc.oneof(
  { weight: 3, arbitrary: update.map((value) => ({ name: 'update.json', content: JSON.stringify(value) ?? '' })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.array(fc.array(fc.oneof(text, weirdNumber.map(String)), { maxLength: csvColumns.length }), { maxLength: 5 }),
        fc.constantFrom(',', ';'),
        fc.boolean(),
      )
      .map(([rows, delimiter, bom]) => ({
        name: 'update.csv',
        content: `${bom ? '\uFEFF' : ''}${['id,status,value,unit,period,source,quote'.replaceAll(',', delimiter), ...rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(delimiter))].join('\n')}`,
      })),
  },
  { weight: 1, arbitrary: text.map((content) => ({ name: 'update.json', content })) },
);

/** Each chart's figure of `updated`: a figure, or a KztError saying why it cannot be charted; never another throw. */
function chartEach(updated: Dataset): void {
  const figures = [
    () => crimeTrendFigure({ dataset: updated }, en),
    () => slaveryIndexFigure({ dataset: updated }, en),
    () => victimBreakdownFigure({ dataset: updated }, en),
    () => regionalShareFigure({ dataset: updated }, en),
  ];
  for (const figure of figures) {
    try {
      expect(figure().title.length).toBeGreaterThan(0);
    } catch (error) {
      if (!isKztError(error)) throw error;
    }
  }
}

describe('update files', () => {
  it(`end in a dataset or a KztError with problems, for ${fuzzOptions.numRuns} files`, () => {
    const outcomes = { applied: 0, refused: 0 };
    fc.assert(
      fc.property(file, ({ name, content }) => {
        try {
          const updated = applyUpdate(dataset, parseUpdate(content, name));
          expect(updated).not.toBe(dataset);
          chartEach(updated);
          outcomes.applied++;
        } catch (error) {
          if (!isKztError(error)) throw error;
          expect(error.code).toBe('invalid-update');
          expect(error.problems.length).toBeGreaterThan(0);
          for (const problem of error.problems)
            for (const locale of ['ru', 'kk', 'en'] as const) problemText(problem, locale);
          outcomes.refused++;
        }
      }),
      fuzzOptions,
    );
    expect(JSON.stringify(dataset)).toBe(bundled);
    if (fuzzOptions.numRuns >= 200) {
      expect(outcomes.applied, JSON.stringify(outcomes)).toBeGreaterThan(fuzzOptions.numRuns * 0.02);
      expect(outcomes.refused, JSON.stringify(outcomes)).toBeGreaterThan(fuzzOptions.numRuns * 0.2);
    }
  });
});
