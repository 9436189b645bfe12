// The check of each kind of fact and source an update may bring, field by field.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../packages/core/src/dataset.js';
import { applyUpdate, parseUpdate, problemText } from '../../packages/core/src/update.js';
import { kztError } from '../helpers/errors.js';

const base = { unit: 'offences', period: '2026', source: 'kpsisu' };

/** The problems `applyUpdate` names for `update`, in English. */
const problems = (update: unknown): string[] =>
  kztError(() => applyUpdate(dataset, update)).problems.map((problem) => problemText(problem, 'en'));

describe('the facts of an update', () => {
  it('takes each status with what it needs', () => {
    const updated = applyUpdate(dataset, {
      facts: [
        { id: 'crimes.total.2026', status: 'reported', value: 310, ...base, approximate: true, quote: 'около 310' },
        {
          id: 'crimes.total.2027',
          status: 'unknown',
          value: null,
          ...base,
          period: '2027',
          reason: 'Not yet published.',
          constraint: { greaterThan: 150 },
        },
        {
          id: 'crimes.art135.2026',
          status: 'corrected',
          value: 27,
          ...base,
          asReported: { value: 72, unit: 'offences' },
          reason: 'The digits were swapped in the article.',
          quote: '72 случая',
        },
        {
          id: 'victims.women.2026',
          status: 'ambiguous',
          value: 21.3,
          unit: 'percent',
          period: '2026',
          source: 'kpsisu',
          quote: 'на 21,3% больше',
          readings: [
            {
              id: 'relative',
              meaning: 'relative change',
              implied: null,
              unit: 'people',
              derivation: 'none',
              fits: false,
            },
          ],
        },
        {
          id: 'crimes.total.change2026',
          status: 'reported',
          value: 4,
          unit: 'percent',
          period: '2025/2026',
          source: 'kpsisu',
          claim: { kind: 'percent-change', from: 'crimes.total.2025', to: 'crimes.total.2026', decimals: 0 },
        },
      ],
    });
    expect(updated.facts['crimes.total.2027']).toMatchObject({ status: 'unknown', constraint: { greaterThan: 150 } });
    expect(updated.facts['crimes.art135.2026']).toMatchObject({ status: 'corrected', asReported: { value: 72 } });
  });

  it('names each field that is missing, of the wrong type or not allowed', () => {
    expect(
      problems({
        facts: [
          {
            id: 'a.b',
            status: 'corrected',
            value: 1,
            ...base,
            asReported: { value: 2, unit: 'apples' },
            reason: 3,
            quote: 'q',
          },
          { id: 'a.c', status: 'corrected', value: 1, ...base, asReported: 'x', reason: 'r', quote: 'q' },
          { id: 'a.d', status: 'ambiguous', value: 1, ...base, quote: 'q', readings: [] },
          {
            id: 'a.e',
            status: 'ambiguous',
            value: 1,
            ...base,
            quote: 'q',
            readings: [{ id: 1, meaning: 'm', fits: 'yes', x: 0 }],
          },
          { id: 'a.f', status: 'unknown', value: null, ...base, reason: 'r', constraint: { atMost: 'ten', below: 3 } },
          { id: 'a.g', status: 'derived', value: 1, ...base, formula: 'f', inputs: 'a.b' },
          { id: 'a.h', status: 'derived', value: 1, ...base, formula: 'f', inputs: ['Not an id'] },
          { id: 'a.i', status: 'reported', value: 1, ...base, claim: { kind: 'share', part: 'a.b' } },
          { id: 'a.j', status: 'reported', value: 1, ...base, claim: 'share' },
          { id: 'a.k', status: 'reported', value: ['KZ', 3], unit: 'country-order', period: '2026', source: 'kpsisu' },
          { id: 'a.l', status: 'reported', value: { x: 1 }, unit: 'unit-name', period: '2026', source: 'kpsisu' },
          { id: 'a.m', status: 'reported', value: Number.NaN, ...base, approximate: 'yes', note: 'x'.repeat(2001) },
          { id: 'a.n', value: 1, ...base },
          'not a fact',
        ],
      }),
    ).toEqual([
      'a.b reason: should be text, got 3',
      'a.b asReported.unit: not allowed, got “apples”; expected per-1000, per-100000, people, offences, cases, proceedings, percent, percentage-points, ratio, tenge, years, rank, score-0-100, tier, unit-name, edition, country-order',
      'a.c asReported: should be an object, got “x”',
      'a.d readings: empty',
      'a.e readings.0.id: should be text, got 1',
      'a.e readings.0.fits: should be true or false, got “yes”',
      'a.e readings.0.x: not a field of this kind of fact',
      'a.f constraint.atMost: should be a finite number, got “ten”',
      'a.f constraint.below: not a field of this kind of fact',
      'a.g inputs: should be a list of fact ids, got “a.b”',
      'a.h inputs: not allowed; expected crimes.total.2026, gsi.prevalence.KZ',
      'a.i claim.whole: missing',
      'a.i claim.decimals: missing',
      'a.j claim: should be an object, got “share”',
      'a.k value: should be a list of texts',
      'a.l value: should be a number, a text or a list (null only for an unknown fact)',
      'a.m approximate: should be true or false, got “yes”',
      'a.m note: too large (limit: 2000)',
      'a.m value: should be a finite number, got NaN',
      'a.n status: missing',
      'facts.13: should be an object, got “not a fact”',
    ]);
  });
});

describe('the sources of an update', () => {
  const source = { publisher: 'P', title: 'T', date: '2027-01-20', url: 'https://example.org/', language: 'ru' };

  it('are checked field by field', () => {
    const fact = { id: 'crimes.total.2026', status: 'reported', value: 1, ...base };
    expect(applyUpdate(dataset, { sources: { 'new-source': source }, facts: [fact] }).sources['new-source']).toEqual({
      ...source,
      id: 'new-source',
    });
    expect(
      problems({
        sources: {
          'Bad Id': source,
          a: { ...source, id: 'b', url: 'javascript:alert(1)', date: 'January', colour: 'red' },
          c: { ...source, url: undefined, language: 'Russian', publisher: undefined },
          d: 'x',
        },
        facts: [fact],
      }),
    ).toEqual([
      'source:Bad Id id: not allowed, got “Bad Id”; expected kpsisu, gsi-2027',
      'source:a colour: not a field of this kind of fact',
      'source:a id: not allowed, got “b”; expected "a"',
      'source:a date: not allowed, got “January”; expected 2027, 2027-01-15',
      'source:a url: not allowed, got “javascript:alert(1)”; expected https://…, null',
      'source:c publisher: missing',
      'source:c language: not allowed, got “Russian”; expected ru, kk, en',
      'source:c url: missing',
      'source:d: should be an object, got “x”',
    ]);
  });
});

describe('CSV fields', () => {
  it('reads flags, lists, the article’s value and JSON cells', () => {
    const csv = [
      'id,status,value,unit,period,source,approximate,context,formula,inputs,asReported.value,asReported.unit,reason,quote,constraint,claim',
      'a.b,reported,1,offences,2026,kpsisu,TRUE,0,,,,,,,,"{""kind"":""conflict"",""with"":""crimes.total.2025""}"',
      'a.c,corrected,27,offences,2026,kpsisu,,,,,72,offences,Swapped.,72,,',
      'a.d,derived,2,ratio,2026,kpsisu,,,a / b,"[""crimes.total.2024"",""crimes.total.2025""]",,,,,,',
      'a.e,unknown,,offences,2026,kpsisu,maybe,,,,,,Not published.,,{not json},',
      'a.f,reported,[1,unit-name,2026,kpsisu,,,,,,,,,,',
    ].join('\n');
    expect(parseUpdate(csv, 'u.csv')).toEqual({
      facts: [
        {
          id: 'a.b',
          status: 'reported',
          value: 1,
          unit: 'offences',
          period: '2026',
          source: 'kpsisu',
          approximate: true,
          context: false,
          claim: { kind: 'conflict', with: 'crimes.total.2025' },
        },
        {
          id: 'a.c',
          status: 'corrected',
          value: 27,
          unit: 'offences',
          period: '2026',
          source: 'kpsisu',
          asReported: { value: 72, unit: 'offences' },
          reason: 'Swapped.',
          quote: '72',
        },
        {
          id: 'a.d',
          status: 'derived',
          value: 2,
          unit: 'ratio',
          period: '2026',
          source: 'kpsisu',
          formula: 'a / b',
          inputs: ['crimes.total.2024', 'crimes.total.2025'],
        },
        {
          id: 'a.e',
          status: 'unknown',
          value: null,
          unit: 'offences',
          period: '2026',
          source: 'kpsisu',
          approximate: 'maybe',
          reason: 'Not published.',
          constraint: '{not json}',
        },
        { id: 'a.f', status: 'reported', value: '[1', unit: 'unit-name', period: '2026', source: 'kpsisu' },
      ],
    });
  });

  it('names a row the reader cannot split', () => {
    expect(() => parseUpdate('id,status\n"a.b,reported\n', 'u.csv')).toThrow(/cannot be read as CSV/);
  });
});
