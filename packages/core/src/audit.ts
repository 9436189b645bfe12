import type { Dataset, FactValue } from './dataset.js';
import { multiple, percentChange, roundTo, share } from './derive.js';
import type { FindingKind } from './i18n/messages.js';
import type { Claim, Fact, Reading, Unit } from './types.js';

/** What `audit` found about one figure. */
export interface Finding {
  factId: string;
  kind: FindingKind;
  /** The figure as the source states it. */
  reported: { value: FactValue; unit: Unit };
  /** What the inputs give when recomputed (a change, share or multiple). */
  recomputed?: { value: number; unit: Unit };
  /** The one earlier value a reported change or share allows, when that value is derived from it. */
  implied?: { factId: string; value: number; unit: Unit };
  /** For a correction: the primary source's value. */
  corrected?: { value: FactValue; unit: Unit };
  /** For a conflict: the other source's figure. */
  conflictsWith?: { factId: string; value: FactValue; unit: Unit };
  /** For an ambiguous figure: every reading, each saying whether it fits. */
  readings?: readonly Reading[];
}

function numberOf(fact: Fact<FactValue> | undefined): number | null {
  return fact && typeof fact.value === 'number' ? fact.value : null;
}

function checkClaim(fact: Fact<FactValue>, claim: Claim, facts: Dataset['facts']): Finding | null {
  const reported = typeof fact.value === 'number' ? fact.value : null;
  if (reported === null) return null;
  const base = { factId: fact.id, reported: { value: reported, unit: fact.unit } };
  if (claim.kind === 'conflict') {
    const other = facts[claim.with];
    if (!other || other.value === null) return null;
    return { ...base, kind: 'inconsistent', conflictsWith: { factId: other.id, value: other.value, unit: other.unit } };
  }
  const [inputId, otherId] = claim.kind === 'share' ? [claim.part, claim.whole] : [claim.from, claim.to];
  const input = facts[inputId];
  const first = numberOf(input);
  const second = numberOf(facts[otherId]);
  if (first === null || second === null) return null;
  const implied =
    input?.status === 'derived' && input.inputs.includes(fact.id)
      ? { implied: { factId: inputId, value: first, unit: input.unit } }
      : {};
  if (claim.kind === 'multiple') {
    const ratio = multiple(first, second);
    const fits = Math.abs(ratio - reported) / reported <= claim.tolerance;
    return {
      ...base,
      kind: fits ? 'consistent' : 'inconsistent',
      recomputed: { value: ratio, unit: 'ratio' },
      ...implied,
    };
  }
  const value = claim.kind === 'share' ? share(first, second) * 100 : percentChange(first, second);
  const fits = roundTo(value, claim.decimals) === reported;
  return { ...base, kind: fits ? 'consistent' : 'inconsistent', recomputed: { value, unit: 'percent' }, ...implied };
}

function checkFact(fact: Fact<FactValue>, facts: Dataset['facts']): Finding | null {
  if (fact.status === 'corrected') {
    return {
      factId: fact.id,
      kind: 'corrected',
      reported: { value: fact.asReported.value, unit: fact.asReported.unit },
      corrected: { value: fact.value, unit: fact.unit },
    };
  }
  if (fact.status === 'ambiguous') {
    return {
      factId: fact.id,
      kind: 'ambiguous',
      reported: { value: fact.value, unit: fact.unit },
      readings: fact.readings,
    };
  }
  return fact.claim ? checkClaim(fact, fact.claim, facts) : null;
}

/**
 * Fact-checks the dataset: recomputes every reported change, share and multiple from its inputs,
 * and lists every correction, conflict and ambiguous figure.
 */
export function audit(data: Dataset): Finding[] {
  return Object.values(data.facts)
    .map((fact) => checkFact(fact, data.facts))
    .filter((finding): finding is Finding => finding !== null);
}
