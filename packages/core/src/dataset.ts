import { contextFacts } from './data/context.js';
import { crimeFacts } from './data/crimes.js';
import { type GsiRow, gsiFacts, gsiPrevalenceFacts, gsiRows } from './data/gsi.js';
import { populationFacts } from './data/population.js';
import { regions } from './data/regions.js';
import { sources } from './data/sources.js';
import { victimFacts } from './data/victims.js';
import { type FactTable, type FactValue, factsById, numberOf } from './facts.js';
import type { Fact, Region, Source, SourceId } from './types.js';

export type { FactValue } from './facts.js';

/** The fact-checked dataset: every figure with its unit, period, source and status. */
export interface Dataset {
  sources: Readonly<Record<SourceId, Source>>;
  /** Every fact, by id. */
  facts: FactTable;
  /** Global Slavery Index 2023 rows for the 23 countries carried. */
  gsi: readonly GsiRow[];
  /** The 20 first-level units of Kazakhstan (2022 layout). */
  regions: readonly Region[];
}

const allFacts: readonly Fact<FactValue>[] = [
  ...gsiPrevalenceFacts,
  ...gsiFacts,
  ...crimeFacts,
  ...victimFacts,
  ...populationFacts,
  ...contextFacts,
];

export type { GsiRow } from './data/gsi.js';
export { regionCodes } from './data/regions.js';
export { gsiRows, regions, sources };

export const dataset: Dataset = {
  sources,
  facts: factsById(allFacts),
  gsi: gsiRows,
  regions,
};

/** The numeric value of a fact of `dataset` (`null` when unknown); throws for an id it does not hold. */
export function factNumber(id: string, data: Pick<Dataset, 'facts'> = dataset): number | null {
  return numberOf(data.facts, id);
}
