// What a figure reads from a dataset other than the bundled one (a newsroom's update merged by
// `applyUpdate`): its facts and sources, checked enough to chart, and which of its facts are still
// the bundled ones, so that notes written about the bundled figures are shown only beside them.
import type { Dataset } from '../dataset.js';
import { KztError } from '../errors.js';
import type { FactTable } from '../facts.js';
import type { SourceCredit } from './sources.js';

/** The part of a dataset a figure reads: its facts by id and the sources they cite. */
export type FigureDataset = Pick<Dataset, 'facts' | 'sources'>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` as a dataset to chart, or a `KztError` naming what is missing (an untyped caller's prop). */
export function checkFigureDataset(value: unknown): FigureDataset {
  if (isRecord(value) && isRecord(value.facts) && isRecord(value.sources)) return value as unknown as FigureDataset;
  throw new KztError('empty-data', 'dataset must be a dataset with facts and sources (applyUpdate returns one).', {
    what: 'dataset',
  });
}

/** The facts a figure reads: `dataset`'s, checked (an untyped caller's prop), or `bundled` when none is given. */
export function figureFacts(dataset: unknown, bundled: FactTable): FactTable {
  return dataset === undefined ? bundled : checkFigureDataset(dataset).facts;
}

/**
 * Whether the facts `ids` of `facts` say what the bundled ones say (status, value, period and
 * source): the bundled notes name their figures, so they hold only while those are unchanged.
 */
export function sameAsBundled(facts: FactTable, bundled: FactTable, ids: readonly string[]): boolean {
  return ids.every((id) => {
    const fact = facts[id];
    const original = bundled[id];
    return (
      fact !== undefined &&
      original !== undefined &&
      fact.status === original.status &&
      fact.value === original.value &&
      fact.period === original.period &&
      fact.source === original.source &&
      fact.via === original.via
    );
  });
}

/**
 * The credits of the facts `ids` that `facts` holds: each source (with the publication relaying it)
 * once, in order. A corrected value is the primary source's own, so it is credited without the
 * publication that misreported it.
 */
export function factCredits(facts: FactTable, ids: readonly string[]): SourceCredit[] {
  const credits = new Map<string, SourceCredit>();
  for (const id of ids) {
    const fact = facts[id];
    if (!fact) continue;
    const via = fact.status === 'corrected' ? undefined : fact.via;
    const key = `${fact.source}\u0000${via ?? ''}`;
    if (!credits.has(key)) credits.set(key, via ? { source: fact.source, via } : { source: fact.source });
  }
  return [...credits.values()];
}
