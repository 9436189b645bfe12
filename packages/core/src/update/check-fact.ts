// The shape of one fact and one source of an update, field by field: every problem is collected
// (none stops the check), so that a data desk sees all of them at once.
import type { UpdateProblem } from '../errors.js';
import type { FactValue } from '../facts.js';
import type { Fact, FactStatus, Source, Unit } from '../types.js';
import { describeValue } from '../validate.js';

/** Every status and unit a fact may have (tests/core/types.test-d.ts checks them against the types). */
export const factStatuses = [
  'reported',
  'derived',
  'corrected',
  'unknown',
  'ambiguous',
] as const satisfies readonly FactStatus[];

export const units = [
  'per-1000',
  'per-100000',
  'people',
  'offences',
  'cases',
  'proceedings',
  'percent',
  'percentage-points',
  'ratio',
  'tenge',
  'years',
  'rank',
  'score-0-100',
  'tier',
  'unit-name',
  'edition',
  'country-order',
] as const satisfies readonly Unit[];

/** Units whose values are texts (a unit's name, an edition, a tier) or lists (an order of countries); the others are numbers. */
const textUnits: ReadonlySet<string> = new Set(['unit-name', 'edition', 'tier', 'country-order']);

/** Units of counts and amounts, which cannot be negative. */
const countUnits: ReadonlySet<Unit> = new Set(['people', 'offences', 'cases', 'proceedings', 'tenge', 'years']);

// Each pattern with examples of what it takes, which a problem names (the same in every language).
export const factIdPattern = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9-]+)+$/;
const factId: [RegExp, string] = [factIdPattern, 'crimes.total.2026, gsi.prevalence.KZ'];
export const sourceIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
const sourceId: [RegExp, string] = [sourceIdPattern, 'kpsisu, gsi-2027'];
export const periodPattern = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;
const period: [RegExp, string] = [periodPattern, '2026, 2026-01-01, 2025-09-16/2025-12-31'];
const date: [RegExp, string] = [/^\d{4}(-\d{2}-\d{2})?$/, '2027, 2027-01-15'];
const language: [RegExp, string] = [/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'ru, kk, en'];
/** Longest text a field may hold: a quote or a note, not a document. */
export const maxTextLength = 2000;

const common = [
  'id',
  'status',
  'value',
  'unit',
  'period',
  'source',
  'via',
  'approximate',
  'context',
  'note',
  'claim',
] as const;
/** The fields each kind of fact may have (the schema's, checked by a test). */
export const fieldsOf = {
  reported: [...common, 'quote'],
  derived: [...common, 'formula', 'inputs'],
  corrected: [...common, 'asReported', 'reason', 'quote'],
  unknown: [...common, 'reason', 'constraint', 'quote'],
  ambiguous: [...common, 'quote', 'readings'],
} as const satisfies Readonly<Record<FactStatus, readonly string[]>>;

/** Every field a fact of any status may have, in the order of `fieldsOf`. */
export const factFields: readonly string[] = [...new Set(Object.values(fieldsOf).flat())];
const requiredOf: Readonly<Record<FactStatus, readonly string[]>> = {
  reported: [],
  derived: ['formula', 'inputs'],
  corrected: ['asReported', 'reason', 'quote'],
  unknown: ['reason'],
  ambiguous: ['quote', 'readings'],
};

type Record_ = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects the problems of one fact or source. */
class Problems {
  readonly list: UpdateProblem[] = [];
  constructor(readonly factId: string | null) {}
  add(field: string, kind: UpdateProblem['kind'], expected?: string, got?: unknown): void {
    this.list.push({
      factId: this.factId,
      field,
      kind,
      ...(expected === undefined ? {} : { expected }),
      // Only a single value is named; a list or an object would read as English words in any locale.
      ...(got === undefined || (typeof got === 'object' && got !== null) ? {} : { got: describeValue(got) }),
    });
  }
  text(record: Record_, field: string, required: boolean, pattern?: [RegExp, string]): string | undefined {
    const value = record[field];
    if (value === undefined) {
      if (required) this.add(field, 'missing');
      return undefined;
    }
    if (typeof value !== 'string') this.add(field, 'wrong-type', 'text', value);
    else if (value.length > maxTextLength) this.add(field, 'too-large', String(maxTextLength));
    else if (pattern && !pattern[0].test(value)) this.add(field, 'not-allowed', pattern[1], value);
    else return value;
    return undefined;
  }
  flag(record: Record_, field: string): void {
    const value = record[field];
    if (value !== undefined && typeof value !== 'boolean') this.add(field, 'wrong-type', 'boolean', value);
  }
}

function checkValue(problems: Problems, value: unknown, unit: Unit | undefined, field = 'value'): void {
  if (unit && !textUnits.has(unit) && typeof value !== 'number') {
    problems.add(field, 'wrong-type', 'number', value);
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) problems.add(field, 'wrong-type', 'number', value);
    else if (value < 0 && unit && countUnits.has(unit)) problems.add(field, 'negative', undefined, value);
  } else if (typeof value === 'string') {
    if (value.length > maxTextLength) problems.add(field, 'too-large', String(maxTextLength));
  } else if (Array.isArray(value)) {
    if (!value.every((item) => typeof item === 'string' && item.length <= 100))
      problems.add(field, 'wrong-type', 'list', value);
  } else {
    problems.add(field, 'wrong-type', 'value', value);
  }
}

function checkIdList(problems: Problems, value: unknown, field: string): void {
  if (!Array.isArray(value) || value.length === 0 || value.length > 20)
    problems.add(field, 'wrong-type', 'fact-ids', value);
  else if (!value.every((id) => typeof id === 'string' && factIdPattern.test(id)))
    problems.add(field, 'not-allowed', factId[1], value);
}

function checkNumberFields(problems: Problems, record: unknown, field: string, allowed: Record<string, string>): void {
  if (!isRecord(record)) {
    problems.add(field, 'wrong-type', 'object', record);
    return;
  }
  for (const [key, value] of Object.entries(record)) {
    const type = allowed[key];
    if (!type) problems.add(`${field}.${key}`, 'unknown-field');
    else if (type === 'number or null' && value === null) continue;
    else if (typeof value !== type.split(' ')[0] || (typeof value === 'number' && !Number.isFinite(value)))
      problems.add(`${field}.${key}`, 'wrong-type', type === 'string' ? 'text' : (type.split(' ')[0] ?? type), value);
  }
}

function checkClaim(problems: Problems, claim: unknown): void {
  if (!isRecord(claim)) {
    problems.add('claim', 'wrong-type', 'object', claim);
    return;
  }
  const shapes: Record<string, Record<string, string>> = {
    'percent-change': { kind: 'string', from: 'string', to: 'string', decimals: 'number' },
    share: { kind: 'string', part: 'string', whole: 'string', decimals: 'number' },
    multiple: { kind: 'string', from: 'string', to: 'string', tolerance: 'number' },
    conflict: { kind: 'string', with: 'string' },
  };
  const shape = typeof claim.kind === 'string' ? shapes[claim.kind] : undefined;
  if (!shape) {
    problems.add('claim.kind', 'not-allowed', Object.keys(shapes).join(', '), claim.kind);
    return;
  }
  checkNumberFields(problems, claim, 'claim', shape);
  for (const key of Object.keys(shape)) if (claim[key] === undefined) problems.add(`claim.${key}`, 'missing');
}

function checkReadings(problems: Problems, readings: unknown): void {
  if (!Array.isArray(readings)) {
    problems.add('readings', 'wrong-type', 'list', readings);
    return;
  }
  if (readings.length === 0) problems.add('readings', 'empty');
  readings.forEach((reading: unknown, index) => {
    const field = `readings.${index}`;
    checkNumberFields(problems, reading, field, {
      id: 'string',
      meaning: 'string',
      implied: 'number or null',
      unit: 'string',
      derivation: 'string',
      fits: 'boolean',
    });
  });
}

/**
 * The problems of `raw` as a fact of an update; none means it is a `Fact`. References to other
 * facts and sources are checked against the merged dataset by `applyUpdate`.
 */
export function factProblems(raw: unknown, index: number): { fact: Fact<FactValue> | null; problems: UpdateProblem[] } {
  const id = isRecord(raw) && typeof raw.id === 'string' && factIdPattern.test(raw.id) ? raw.id : null;
  const problems = new Problems(id ?? `facts.${index}`);
  if (!isRecord(raw)) {
    problems.add('', 'wrong-type', 'object', raw);
    return { fact: null, problems: problems.list };
  }
  problems.text(raw, 'id', true, factId);
  const status = raw.status as FactStatus;
  if (!(factStatuses as readonly string[]).includes(status)) {
    problems.add('status', raw.status === undefined ? 'missing' : 'not-allowed', factStatuses.join(', '), raw.status);
    return { fact: null, problems: problems.list };
  }
  for (const key of Object.keys(raw))
    if (!(fieldsOf[status] as readonly string[]).includes(key)) problems.add(key, 'unknown-field');
  for (const key of requiredOf[status]) if (raw[key] === undefined) problems.add(key, 'missing');
  const unit = raw.unit as Unit;
  if (!(units as readonly string[]).includes(unit))
    problems.add('unit', raw.unit === undefined ? 'missing' : 'not-allowed', units.join(', '), raw.unit);
  problems.text(raw, 'period', true, period);
  problems.text(raw, 'source', true, sourceId);
  problems.text(raw, 'via', false, sourceId);
  problems.flag(raw, 'approximate');
  problems.flag(raw, 'context');
  problems.text(raw, 'note', false);
  problems.text(raw, 'quote', false);
  problems.text(raw, 'reason', false);
  problems.text(raw, 'formula', false);
  if (raw.claim !== undefined) checkClaim(problems, raw.claim);
  if (status === 'unknown') {
    if (raw.value !== null) problems.add('value', 'not-allowed', 'null', raw.value);
    if (raw.constraint !== undefined)
      checkNumberFields(problems, raw.constraint, 'constraint', {
        greaterThan: 'number',
        atMost: 'number',
        minimumOfPeriod: 'boolean',
        maximumOfPeriod: 'boolean',
      });
  } else {
    checkValue(problems, raw.value, unit);
  }
  if (status === 'derived' && raw.inputs !== undefined) checkIdList(problems, raw.inputs, 'inputs');
  if (status === 'corrected' && raw.asReported !== undefined) {
    if (!isRecord(raw.asReported)) problems.add('asReported', 'wrong-type', 'object', raw.asReported);
    else {
      checkValue(problems, raw.asReported.value, undefined, 'asReported.value');
      if (!(units as readonly string[]).includes(raw.asReported.unit as Unit))
        problems.add('asReported.unit', 'not-allowed', units.join(', '), raw.asReported.unit);
    }
  }
  if (status === 'ambiguous' && raw.readings !== undefined) checkReadings(problems, raw.readings);
  return { fact: problems.list.length === 0 ? (raw as unknown as Fact<FactValue>) : null, problems: problems.list };
}

/** The problems of `raw` as the source `id` of an update; none means it is a `Source`. */
export function sourceProblems(id: string, raw: unknown): { source: Source | null; problems: UpdateProblem[] } {
  const problems = new Problems(`source:${id}`);
  if (!sourceIdPattern.test(id)) problems.add('id', 'not-allowed', sourceId[1], id);
  if (!isRecord(raw)) {
    problems.add('', 'wrong-type', 'object', raw);
    return { source: null, problems: problems.list };
  }
  for (const key of Object.keys(raw))
    if (!['id', 'publisher', 'title', 'date', 'url', 'language'].includes(key)) problems.add(key, 'unknown-field');
  if (raw.id !== undefined && raw.id !== id) problems.add('id', 'not-allowed', JSON.stringify(id), raw.id);
  problems.text(raw, 'publisher', true);
  problems.text(raw, 'title', true);
  problems.text(raw, 'date', true, date);
  problems.text(raw, 'language', true, language);
  if (raw.url === undefined) problems.add('url', 'missing');
  else if (raw.url !== null && (typeof raw.url !== 'string' || !/^https?:\/\/[^\s]+$/.test(raw.url)))
    problems.add('url', 'not-allowed', 'https://…, null', raw.url);
  if (problems.list.length > 0) return { source: null, problems: problems.list };
  return { source: { ...(raw as unknown as Source), id }, problems: [] };
}
