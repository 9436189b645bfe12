import { describe, expect, it } from 'vitest';
import { crimeFacts } from '../../packages/core/src/data/crimes.js';
import { factsById, numberOf, periodOf } from '../../packages/core/src/facts.js';
import { kztError } from '../helpers/errors.js';

const facts = factsById(crimeFacts);

describe('numberOf and periodOf', () => {
  it('read a fact’s value and the period it covers', () => {
    expect(numberOf(facts, 'crimes.art135.almaty.2025')).toBe(26);
    expect(periodOf(facts, 'crimes.art135.almaty.2025')).toBe('2025');
    expect(periodOf(facts, 'crimes.art135.multiple')).toBe('2024/2025');
  });

  it('throw a KztError naming an id the table does not hold', () => {
    for (const read of [numberOf, periodOf]) {
      const error = kztError(() => read(facts, 'crimes.art135.almaty.2030'));
      expect(error.code).toBe('unknown-fact');
      expect(error.details.value).toBe('crimes.art135.almaty.2030');
    }
  });
});
