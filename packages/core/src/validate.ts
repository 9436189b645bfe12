import { KztError } from './errors.js';

/** Throws unless `value` is a finite number (zero allowed, negative refused unless `allowNegative`). */
export function assertFiniteNumber(value: unknown, what: string, allowNegative = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new KztError('invalid-number', `${what} must be a finite number, got ${describeValue(value)}.`, {
      what,
      value: describeValue(value),
    });
  }
  if (!allowNegative && value < 0) {
    throw new KztError('invalid-number', `${what} must not be negative, got ${value}.`, {
      what,
      value: String(value),
    });
  }
  return value;
}

/** Throws unless `value` is a finite, non-negative number or `null` (unknown). */
export function assertCountOrNull(value: unknown, what: string): number | null {
  return value === null ? null : assertFiniteNumber(value, what);
}

/** Throws unless `value` is one of `allowed`; the message names the valid values. */
export function assertOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  code: 'unknown-locale' | 'unknown-series' | 'unknown-breakdown' | 'unknown-country' | 'unknown-region',
  what: string,
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const valid = allowed.join(', ');
  throw new KztError(code, `Unknown ${what} ${describeValue(value)}. Valid: ${valid}.`, {
    value: describeValue(value),
    valid,
  });
}

/** Throws unless `rows` is a non-empty array. */
export function assertNonEmptyArray<T>(rows: unknown, what: string): readonly T[] {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new KztError('empty-data', `${what} must be a non-empty array.`, { what });
  }
  return rows as readonly T[];
}

export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}
