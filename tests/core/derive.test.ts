import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countsMatchingShare,
  KztError,
  multiple,
  peopleFromPrevalence,
  per1000ToPer100000,
  per100000ToPer1000,
  percentChange,
  roundTo,
  share,
  valuesBeforePercentChange,
} from '../../packages/core/src/index.js';

describe('percentChange', () => {
  it('recomputes the article’s −16.5 % (357 → 298)', () => {
    expect(roundTo(percentChange(357, 298), 1)).toBe(-16.5);
  });
  it('refuses a base of zero and non-finite input', () => {
    expect(() => percentChange(0, 5)).toThrow(KztError);
    expect(() => percentChange(Number.NaN, 5)).toThrow(/finite/);
    expect(() => percentChange(5, Number.POSITIVE_INFINITY)).toThrow(/finite/);
  });
});

describe('valuesBeforePercentChange', () => {
  it('finds the only integers that fit the article’s changes', () => {
    expect(valuesBeforePercentChange(12, -20, 0)).toEqual([15]);
    expect(valuesBeforePercentChange(159, -7.6, 1)).toEqual([172]);
    expect(valuesBeforePercentChange(74, 21.3, 1)).toEqual([61]);
  });
  it('returns several candidates when the rounding allows them', () => {
    expect(valuesBeforePercentChange(1000, 10, 0).length).toBeGreaterThan(1);
  });
  it('returns no candidate for a fall of more than 100 %', () => {
    expect(valuesBeforePercentChange(10, -101, 0)).toEqual([]);
  });
  it('refuses bad decimals', () => {
    expect(() => valuesBeforePercentChange(10, 5, -1)).toThrow(KztError);
    expect(() => valuesBeforePercentChange(10, 5, 0.5)).toThrow(KztError);
  });
  it('round trip: every candidate reproduces the reported change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (before, after) => {
        const reported = roundTo(percentChange(before, after), 1);
        if (reported - 0.05 <= -100) {
          // A rounded fall of 100 % fits every larger earlier value: refused rather than listed.
          expect(() => valuesBeforePercentChange(after, reported, 1)).toThrow(KztError);
          return;
        }
        const candidates = valuesBeforePercentChange(after, reported, 1);
        expect(candidates).toContain(before);
        for (const candidate of candidates) expect(roundTo(percentChange(candidate, after), 1)).toBe(reported);
      }),
    );
  });
});

describe('share and countsMatchingShare', () => {
  it('gives the article’s shares', () => {
    expect(roundTo(share(26, 31) * 100, 1)).toBe(83.9);
    expect(countsMatchingShare(159, 46.5, 1)).toEqual([74]);
  });
  it('refuses a whole of zero', () => {
    expect(() => share(1, 0)).toThrow(KztError);
  });
  it('shares of a partition sum to 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 20 }), (parts) => {
        const whole = parts.reduce((sum, part) => sum + part, 0);
        fc.pre(whole > 0);
        const total = parts.reduce((sum, part) => sum + share(part, whole), 0);
        expect(total).toBeCloseTo(1, 9);
      }),
    );
  });
  it('share grows with the part (monotonic)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 5000 }),
        (a, b, whole) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(share(low, whole)).toBeLessThanOrEqual(share(high, whole));
        },
      ),
    );
  });
  it('round trip: a count is among the counts matching its own rounded share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(), (whole, seed) => {
        const count = seed % (whole + 1);
        expect(countsMatchingShare(whole, roundTo(share(count, whole) * 100, 1), 1)).toContain(count);
      }),
    );
  });
});

describe('multiple', () => {
  it('says Art. 135 rose ×3.44, not ×3', () => {
    expect(roundTo(multiple(9, 31), 2)).toBe(3.44);
    expect(() => multiple(0, 31)).toThrow(KztError);
  });
});

describe('rates and people', () => {
  it('converts per 1,000 and per 100,000 both ways', () => {
    expect(per1000ToPer100000(11.1)).toBeCloseTo(1110);
    expect(per100000ToPer1000(1.9)).toBeCloseTo(0.019);
  });
  it('round trip of the two units', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (rate) => {
        expect(per100000ToPer1000(per1000ToPer100000(rate))).toBeCloseTo(rate, 9);
      }),
    );
  });
  it('Kazakhstan: 11.1 per 1,000 of 18,777,000 is about 208,000 people', () => {
    expect(Math.round(peopleFromPrevalence(11.1, 18_777_000) / 1000) * 1000).toBe(208_000);
  });
  it('people grow with prevalence (monotonic)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(peopleFromPrevalence(low, 1e6)).toBeLessThanOrEqual(peopleFromPrevalence(high, 1e6));
        },
      ),
    );
  });
  it('refuses negative and non-finite input', () => {
    expect(() => per1000ToPer100000(-1)).toThrow(/negative/);
    expect(() => peopleFromPrevalence(Number.NaN, 10)).toThrow(KztError);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero', () => {
    expect(roundTo(2.45, 1)).toBe(2.5);
    expect(roundTo(-2.45, 1)).toBe(-2.5);
    expect(roundTo(16.526, 1)).toBe(16.5);
  });
});

describe('valuesBeforePercentChange after a fall to zero', () => {
  it('refuses, since every earlier value fits', () => {
    expect(() => valuesBeforePercentChange(0, -100, 0)).toThrow(KztError);
  });
});
