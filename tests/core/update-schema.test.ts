// The JSON Schema editors validate an update with, against the checker and the types: every fact of
// the dataset passes both, each kind of mistake fails both, and the schema's lists are the types' own.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../packages/core/src/dataset.js';
import { isKztError } from '../../packages/core/src/errors.js';
import { factStatuses, fieldsOf, units } from '../../packages/core/src/update/check-fact.js';
import { applyUpdate } from '../../packages/core/src/update.js';

const schema = JSON.parse(
  readFileSync(new URL('../../packages/core/dataset-update.schema.json', import.meta.url), 'utf8'),
) as { $defs: Record<string, { enum?: string[]; properties?: Record<string, unknown> }> };
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

const accepted = (update: unknown) => {
  try {
    applyUpdate(dataset, update);
    return true;
  } catch (error) {
    if (isKztError(error)) return false;
    throw error;
  }
};

describe('dataset-update.schema.json', () => {
  it('takes every fact and source of the dataset, as applyUpdate does', () => {
    const update = { sources: dataset.sources, facts: Object.values(dataset.facts) };
    expect(validate(update), JSON.stringify(validate.errors)).toBe(true);
    expect(accepted(update)).toBe(true);
  });

  it('lists the units, statuses and fields of the types', () => {
    expect(schema.$defs.unit?.enum).toEqual([...units]);
    expect(schema.$defs.status?.enum).toEqual([...factStatuses]);
    for (const status of factStatuses)
      expect(Object.keys(schema.$defs[`${status}Fact`]?.properties ?? {}).sort(), status).toEqual(
        [...fieldsOf[status]].sort(),
      );
  });

  const good = {
    id: 'crimes.total.2026',
    status: 'reported',
    value: 310,
    unit: 'offences',
    period: '2026',
    source: 'kpsisu',
  };
  it.each([
    ['an unknown status', { ...good, status: 'guessed' }],
    ['an unknown unit', { ...good, unit: 'crimes' }],
    ['a period that is not ISO 8601', { ...good, period: '26' }],
    ['a field the status does not have', { ...good, reason: 'x' }],
    ['an unknown fact with a value', { ...good, status: 'unknown', reason: 'Not published.' }],
    ['an unknown fact without a reason', { ...good, status: 'unknown', value: null }],
    ['a derived fact without inputs', { ...good, status: 'derived', formula: 'a + b' }],
    ['a corrected fact without the article’s value', { ...good, status: 'corrected', reason: 'x', quote: 'y' }],
    ['an id outside the scheme', { ...good, id: 'Total 2026' }],
    ['a claim of an unknown kind', { ...good, claim: { kind: 'sum', of: ['a'] } }],
  ])('refuses %s, as applyUpdate does', (_, fact) => {
    expect(validate({ facts: [fact] })).toBe(false);
    expect(accepted({ facts: [fact] })).toBe(false);
  });
});
