import { KztError } from './errors.js';
import type { Claim, Fact } from './types.js';

/** Values a fact of the dataset can hold. */
export type FactValue = number | string | readonly string[];

/** Facts by id. */
export type FactTable = Readonly<Record<string, Fact<FactValue>>>;

export function factsById(facts: readonly Fact<FactValue>[]): FactTable {
  return Object.fromEntries(facts.map((fact) => [fact.id, fact]));
}

function factOf(facts: FactTable, id: string): Fact<FactValue> {
  const fact = facts[id];
  if (!fact) throw new KztError('unknown-fact', `No fact with id ${id}.`, { value: id });
  return fact;
}

/** The numeric value of a fact (`null` when unknown); throws a `KztError` for an id the table does not hold. */
export function numberOf(facts: FactTable, id: string): number | null {
  const { value } = factOf(facts, id);
  return typeof value === 'number' ? value : null;
}

/** The period a fact covers ("2025"); throws a `KztError` for an id the table does not hold. */
export function periodOf(facts: FactTable, id: string): string {
  return factOf(facts, id).period;
}

/** The ids of the facts a claim speaks of. */
export function claimFactIds(claim: Claim): string[] {
  if (claim.kind === 'conflict') return [claim.with];
  return claim.kind === 'share' ? [claim.part, claim.whole] : [claim.from, claim.to];
}
