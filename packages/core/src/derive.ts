import { KztError } from './errors.js';
import { assertFiniteNumber } from './validate.js';

/** `value` if finite: inputs at the edge of the number range can overflow to Infinity, a KztError instead. */
function result(value: number, what: string): number {
  return assertFiniteNumber(value, what, true);
}

/** Rounds half away from zero to `decimals` places, as reported figures are rounded. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // A value too large to scale has no decimals to round (scaling it would overflow to Infinity).
  if (!Number.isFinite(Math.abs(value) * factor)) return value;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON * factor)) / factor;
  return rounded === 0 ? 0 : rounded; // never −0, which would print as "-0"
}

/** Percent change from `from` to `to`: `(to − from) / from × 100`. */
export function percentChange(from: number, to: number): number {
  assertFiniteNumber(from, 'from');
  assertFiniteNumber(to, 'to');
  if (from === 0)
    throw new KztError('invalid-number', 'Percent change from 0 is undefined.', { what: 'from', value: '0' });
  return result(((to - from) / from) * 100, 'percent change');
}

/**
 * Every whole number `before` such that the change from `before` to `after`, rounded to
 * `decimals` places, equals `reportedChange` (percent). An empty list means the reported change
 * fits no whole number; more than one means the value is ambiguous. `after` must be above 0.
 */
export function valuesBeforePercentChange(after: number, reportedChange: number, decimals: number): number[] {
  assertFiniteNumber(after, 'after');
  assertFiniteNumber(reportedChange, 'reportedChange', true);
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new KztError('invalid-number', 'decimals must be a whole number ≥ 0.', {
      what: 'decimals',
      value: String(decimals),
    });
  }
  if (after === 0) {
    throw new KztError('invalid-number', 'After a fall to 0 every earlier value fits: none can be singled out.', {
      what: 'after',
      value: '0',
    });
  }
  const halfStep = 0.5 * 10 ** -decimals;
  if (reportedChange + halfStep <= -100) return [];
  const low = after / (1 + (reportedChange + halfStep) / 100);
  if (reportedChange - halfStep <= -100) {
    throw new KztError(
      'invalid-number',
      `A change of ${reportedChange} % fits every earlier value from ${Math.ceil(low)} up.`,
      {
        what: 'reportedChange',
        value: String(reportedChange),
      },
    );
  }
  const high = after / (1 + (reportedChange - halfStep) / 100);
  const candidates: number[] = [];
  for (let before = Math.max(1, Math.floor(low)); before <= Math.ceil(high); before++) {
    if (roundTo(percentChange(before, after), decimals) === reportedChange) candidates.push(before);
  }
  return candidates;
}

/** `part` as a fraction of `whole` (0.25 for a quarter). */
export function share(part: number, whole: number): number {
  assertFiniteNumber(part, 'part');
  assertFiniteNumber(whole, 'whole');
  if (whole === 0) throw new KztError('invalid-number', 'A share of 0 is undefined.', { what: 'whole', value: '0' });
  return result(part / whole, 'share');
}

/** Every whole count out of `whole` whose share, in percent rounded to `decimals`, equals `reportedPercent`. */
export function countsMatchingShare(whole: number, reportedPercent: number, decimals: number): number[] {
  assertFiniteNumber(whole, 'whole');
  assertFiniteNumber(reportedPercent, 'reportedPercent');
  const halfStep = 0.5 * 10 ** -decimals;
  const low = Math.max(0, Math.floor(((reportedPercent - halfStep) / 100) * whole) - 1);
  const high = Math.min(whole, Math.ceil(((reportedPercent + halfStep) / 100) * whole) + 1);
  const counts: number[] = [];
  for (let count = low; count <= high; count++) {
    if (roundTo(share(count, whole) * 100, decimals) === reportedPercent) counts.push(count);
  }
  return counts;
}

/** How many times `to` is `from`: `to / from`. */
export function multiple(from: number, to: number): number {
  assertFiniteNumber(from, 'from');
  assertFiniteNumber(to, 'to');
  if (from === 0) throw new KztError('invalid-number', 'A multiple of 0 is undefined.', { what: 'from', value: '0' });
  return result(to / from, 'multiple');
}

/** A rate per 1,000 people expressed per 100,000 people. */
export function per1000ToPer100000(ratePer1000: number): number {
  return result(assertFiniteNumber(ratePer1000, 'ratePer1000') * 100, 'rate per 100,000');
}

/** A rate per 100,000 people expressed per 1,000 people. */
export function per100000ToPer1000(ratePer100000: number): number {
  return assertFiniteNumber(ratePer100000, 'ratePer100000') / 100;
}

/** Number of people a prevalence per 1,000 implies in a population. */
export function peopleFromPrevalence(prevalencePer1000: number, population: number): number {
  return result(
    (assertFiniteNumber(prevalencePer1000, 'prevalencePer1000') * assertFiniteNumber(population, 'population')) / 1000,
    'people',
  );
}
