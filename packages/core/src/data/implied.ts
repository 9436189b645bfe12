import type { Fact, FactStatus, Unit } from '../types.js';

interface ImpliedOptions {
  id: string;
  unit: Unit;
  period: string;
  formula: string;
  inputs: readonly string[];
  candidates: readonly number[];
}

/**
 * A fact whose value is the one whole number a derivation allows; when none or several fit,
 * the value stays unknown (`null`) rather than being picked.
 */
export function impliedFact({ candidates, formula, inputs, ...common }: ImpliedOptions): Fact {
  const base = { ...common, source: 'kpsisu', via: 'ranking-kz-2026' } as const;
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined)
    return { ...base, status: 'derived', value: only, formula, inputs };
  return {
    ...base,
    status: 'unknown' satisfies FactStatus,
    value: null,
    reason: `${formula} fits ${candidates.length === 0 ? 'no whole number' : `several values (${candidates.join(', ')})`}.`,
  };
}
