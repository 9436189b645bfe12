// How each derived fact of the dataset is computed from its inputs, so that an update of an input
// recomputes it (with its formula written out again) instead of leaving a stale value.
import { countsMatchingShare, multiple, percentChange, share, valuesBeforePercentChange } from '../derive.js';
import type { FactTable, FactValue } from '../facts.js';
import type { Fact } from '../types.js';

type Derivation =
  | { kind: 'difference' | 'share' | 'multiple' | 'percent-change' }
  /** The one whole number before a reported percent change (inputs: the later value, the change). */
  | { kind: 'before-percent-change'; decimals: number }
  /** The one whole count of a total with a reported share (inputs: the total, the share). */
  | { kind: 'count-of-share'; decimals: number };

/** The derived facts of the dataset, by id; their `inputs` are read in order. */
export const derivations: Readonly<Record<string, Derivation>> = {
  'crimes.art128.2024': { kind: 'before-percent-change', decimals: 0 },
  'crimes.art135.multiple': { kind: 'multiple' },
  'crimes.art135.change': { kind: 'percent-change' },
  'crimes.art135.almatyShare.2025': { kind: 'share' },
  'crimes.art135.elsewhere.2025': { kind: 'difference' },
  'victims.2024': { kind: 'before-percent-change', decimals: 1 },
  'victims.foreigners.2025': { kind: 'difference' },
  'victims.foreignersShare.2025': { kind: 'share' },
  'victims.women.2025': { kind: 'count-of-share', decimals: 1 },
  'victims.men.2025': { kind: 'difference' },
  'damage.art128Share.2025': { kind: 'share' },
};

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
/** A number in a formula, with the minus sign the bundled formulas use. */
const n = (value: number) => number.format(value).replace('-', '−');

/** The value and formula `derivation` gives for `a` and `b`; `null` when no single value fits. */
function compute(derivation: Derivation, a: number, b: number): { value: number | null; formula: string } {
  switch (derivation.kind) {
    case 'difference':
      return { value: a - b, formula: `${n(a)} − ${n(b)}` };
    case 'share':
      return { value: share(a, b) * 100, formula: `${n(a)} / ${n(b)} × 100` };
    case 'multiple':
      return { value: multiple(a, b), formula: `${n(b)} / ${n(a)}` };
    case 'percent-change':
      return { value: percentChange(a, b), formula: `(${n(b)} − ${n(a)}) / ${n(a)} × 100` };
    case 'before-percent-change': {
      const candidates = valuesBeforePercentChange(a, b, derivation.decimals);
      return {
        value: candidates.length === 1 ? (candidates[0] ?? null) : null,
        formula: `the whole number x with round((${n(a)} − x) / x × 100${derivation.decimals > 0 ? `, ${n(10 ** -derivation.decimals)}` : ''}) = ${n(b)}`,
      };
    }
    case 'count-of-share': {
      const candidates = countsMatchingShare(a, b, derivation.decimals);
      return {
        value: candidates.length === 1 ? (candidates[0] ?? null) : null,
        formula: `the whole number of ${n(a)} whose share rounds to ${n(b)} %`,
      };
    }
  }
}

/** `fact` computed again from `facts`; unknown (with the reason) when an input is unknown or no value fits. */
function recompute(fact: Fact<FactValue>, inputs: readonly string[], facts: FactTable): Fact<FactValue> {
  const derivation = derivations[fact.id];
  if (!derivation) return fact;
  const [first, second] = inputs.map((id) => facts[id]?.value);
  // What the fact says whatever its value: its identity, source and notes (a status's own fields go).
  const { id, unit, period, source, via, approximate, context, note, claim } = fact;
  const optional = Object.entries({ via, approximate, context, note, claim }).filter(
    ([, value]) => value !== undefined,
  );
  const base = { id, unit, period, source, ...Object.fromEntries(optional) };
  if (typeof first !== 'number' || typeof second !== 'number')
    return { ...base, status: 'unknown', value: null, reason: `An input is unknown: ${inputs.join(', ')}.` };
  try {
    const { value, formula } = compute(derivation, first, second);
    if (value === null)
      return { ...base, status: 'unknown', value: null, reason: `${formula} fits no single whole number.` };
    return { ...base, status: 'derived', value, formula, inputs };
  } catch (error) {
    // A derivation the new inputs make undefined (a share of 0, a change from 0).
    return { ...base, status: 'unknown', value: null, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The inputs a derived fact of the dataset has always had (its status may have become unknown). */
function inputsOf(id: string, original: FactTable, facts: FactTable): readonly string[] | null {
  for (const table of [facts, original]) {
    const fact = table[id];
    if (fact?.status === 'derived') return fact.inputs;
  }
  return null;
}

/**
 * `facts` with every derived fact of the dataset recomputed whose inputs (directly or through
 * another derived fact) are among `changed`; `original` is the dataset before the update.
 */
export function recomputeDerived(facts: FactTable, original: FactTable, changed: ReadonlySet<string>): FactTable {
  const result: Record<string, Fact<FactValue>> = { ...facts };
  const touched = new Set(changed);
  // Derived facts feed others (foreigners → their share): repeat until nothing more changes.
  for (let pass = 0; pass < Object.keys(derivations).length; pass++) {
    let more = false;
    for (const id of Object.keys(derivations)) {
      const fact = result[id];
      const inputs = inputsOf(id, original, result);
      if (!fact || !inputs || touched.has(id) || !inputs.some((input) => touched.has(input))) continue;
      result[id] = recompute(fact, inputs, result);
      touched.add(id);
      more = true;
    }
    if (!more) break;
  }
  return result;
}

/** The value the dataset's derivation gives for `fact`, to check a derived fact an update brings. */
export function derivedValue(fact: Fact<FactValue>, facts: FactTable): number | null | undefined {
  if (fact.status !== 'derived' || !derivations[fact.id]) return undefined;
  const recomputed = recompute(fact, fact.inputs, facts);
  return recomputed.value === null ? null : (recomputed.value as number);
}
