// A newsroom's update merged into a dataset: checked as a whole first (every problem at once, in
// the update's terms), then merged by id, with the derived facts recomputed from their new inputs.
import type { GsiRow } from '../data/gsi.js';
import type { Dataset } from '../dataset.js';
import type { UpdateProblem } from '../errors.js';
import { claimFactIds, type FactTable, type FactValue } from '../facts.js';
import type { Fact, Source, SourceId } from '../types.js';
import { factProblems, isRecord, sourceProblems } from './check-fact.js';
import { derivedValue, recomputeDerived } from './derivations.js';
import { invalidUpdate } from './problem-text.js';

/**
 * A data desk's update in the dataset's own terms: facts exactly as core types them, ids in the
 * dataset's scheme (`crimes.total.2026`), and the sources they cite that the dataset lacks.
 */
export interface DatasetUpdate {
  /** Sources by id: new ones, or replacements of the dataset's. */
  sources?: Readonly<Record<string, Source>>;
  facts: readonly Fact<FactValue>[];
}

/** Most facts one update may hold: a year's figures are dozens, not thousands. */
export const maxFacts = 5000;

function shapeProblems(update: unknown): UpdateProblem[] {
  if (!isRecord(update)) return [{ factId: null, field: '', kind: 'wrong-type', expected: 'object' }];
  const problems: UpdateProblem[] = [];
  for (const key of Object.keys(update))
    if (key !== 'sources' && key !== 'facts' && key !== '$schema')
      problems.push({ factId: null, field: key, kind: 'unknown-field' });
  if (!Array.isArray(update.facts))
    problems.push({ factId: null, field: 'facts', kind: update.facts === undefined ? 'missing' : 'wrong-type' });
  else if (update.facts.length === 0) problems.push({ factId: null, field: 'facts', kind: 'empty' });
  else if (update.facts.length > maxFacts)
    problems.push({ factId: null, field: 'facts', kind: 'too-large', expected: String(maxFacts) });
  if (update.sources !== undefined && !isRecord(update.sources))
    problems.push({ factId: null, field: 'sources', kind: 'wrong-type', expected: 'object' });
  return problems;
}

/** Problems of references: sources, inputs and claims must name what the merged dataset holds. */
function referenceProblems(fact: Fact<FactValue>, facts: FactTable, sources: Dataset['sources']): UpdateProblem[] {
  const problems: UpdateProblem[] = [];
  const add = (field: string, kind: UpdateProblem['kind'], got?: string, expected?: string) =>
    problems.push({
      factId: fact.id,
      field,
      kind,
      ...(got === undefined ? {} : { got }),
      ...(expected === undefined ? {} : { expected }),
    });
  if (!sources[fact.source]) add('source', 'unknown-source', fact.source);
  if (fact.via !== undefined && !sources[fact.via]) add('via', 'unknown-source', fact.via);
  if (fact.status === 'derived') {
    for (const input of fact.inputs) if (!facts[input]) add('inputs', 'unknown-fact', input);
  }
  const claim = fact.claim;
  if (claim) {
    for (const id of claimFactIds(claim)) if (!facts[id]) add('claim', 'unknown-fact', id);
  }
  return problems;
}

/** A derived fact of the update must give the value its derivation gives (to 6 significant digits). */
function derivationProblem(fact: Fact<FactValue>, facts: FactTable): UpdateProblem | null {
  const expected = derivedValue(fact, facts);
  if (expected === undefined || typeof fact.value !== 'number') return null;
  const fits = expected !== null && Math.abs(expected - fact.value) <= Math.abs(expected) * 1e-6 + 1e-9;
  return fits
    ? null
    : { factId: fact.id, field: 'value', kind: 'derivation', expected: String(expected), got: String(fact.value) };
}

/** A fact's content as text, its fields in a fixed order, to compare two facts. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

function sameFact(a: Fact<FactValue> | undefined, b: Fact<FactValue> | undefined): boolean {
  return canonical(a) === canonical(b);
}

/** The ids of the facts `updated` holds that `original` lacks (`added`) or holds otherwise (`replaced`). */
export function changedFacts(original: Dataset, updated: Dataset): { replaced: string[]; added: string[] } {
  const ids = Object.keys(updated.facts).filter((id) => !sameFact(updated.facts[id], original.facts[id]));
  return { replaced: ids.filter((id) => original.facts[id]), added: ids.filter((id) => !original.facts[id]) };
}

const prevalenceId = /^gsi\.prevalence\.([A-Z]{2})$/;

/**
 * The GSI rows with the prevalence of each country the merged `facts` give, and a row for each
 * country an update adds (named by its code). An estimate of another edition (period or source)
 * keeps no estimated number of people or population of the old one: only a `gsi.people.<code>` of
 * the same period is taken; otherwise they are unknown.
 */
function updatedGsiRows(rows: readonly GsiRow[], facts: FactTable, before: FactTable): GsiRow[] {
  const known = new Set(rows.map((row) => row.iso2));
  const added = Object.keys(facts).flatMap((id) => {
    const code = prevalenceId.exec(id)?.[1];
    return code === undefined || known.has(code)
      ? []
      : [{ iso2: code, name: code, prevalencePer1000: Number.NaN, estimatedPeople: null, population: null }];
  });
  return [...rows, ...added].flatMap((row) => {
    const fact = facts[`gsi.prevalence.${row.iso2}`];
    if (typeof fact?.value !== 'number') return known.has(row.iso2) ? [row] : [];
    const old = before[`gsi.prevalence.${row.iso2}`];
    if (old && old.period === fact.period && old.source === fact.source)
      return [{ ...row, prevalencePer1000: fact.value }];
    const people = facts[`gsi.people.${row.iso2}`];
    const estimatedPeople = typeof people?.value === 'number' && people.period === fact.period ? people.value : null;
    return [{ ...row, prevalencePer1000: fact.value, estimatedPeople, population: null }];
  });
}

/**
 * `dataset` with `update` merged: each fact replaces the one of its id or is added, the sources it
 * brings are added, and every derived fact whose inputs changed is computed again. Returns a new
 * dataset; `dataset` is never changed. `update` is checked as a whole first (an `unknown` value,
 * e.g. parsed JSON, is welcome): any problem throws one `KztError` (`invalid-update`) whose
 * `problems` list every one, by fact id and field.
 */
export function applyUpdate(dataset: Dataset, update: unknown): Dataset {
  const problems = shapeProblems(update);
  if (problems.length > 0) throw invalidUpdate(problems);
  const { facts: rawFacts, sources: rawSources = {} } = update as {
    facts: unknown[];
    sources?: Record<string, unknown>;
  };

  const sources: Record<SourceId, Source> = { ...dataset.sources };
  for (const [id, raw] of Object.entries(rawSources)) {
    const checked = sourceProblems(id, raw);
    problems.push(...checked.problems);
    if (checked.source) sources[id] = checked.source;
  }

  const incoming: Fact<FactValue>[] = [];
  const seen = new Set<string>();
  rawFacts.forEach((raw, index) => {
    const checked = factProblems(raw, index);
    problems.push(...checked.problems);
    if (!checked.fact) return;
    if (seen.has(checked.fact.id)) {
      problems.push({ factId: checked.fact.id, field: 'id', kind: 'duplicate' });
      return;
    }
    seen.add(checked.fact.id);
    const before = dataset.facts[checked.fact.id];
    if (before && before.unit !== checked.fact.unit)
      problems.push({
        factId: checked.fact.id,
        field: 'unit',
        kind: 'unit-changed',
        expected: before.unit,
        got: checked.fact.unit,
      });
    incoming.push(checked.fact);
  });

  const merged: Record<string, Fact<FactValue>> = { ...dataset.facts };
  for (const fact of incoming) merged[fact.id] = fact;
  for (const fact of incoming) {
    problems.push(...referenceProblems(fact, merged, sources));
    const derivation = derivationProblem(fact, merged);
    if (derivation) problems.push(derivation);
  }
  if (problems.length > 0) throw invalidUpdate(problems);

  const changed = incoming.filter((fact) => !sameFact(fact, dataset.facts[fact.id])).map((fact) => fact.id);
  const facts = recomputeDerived(merged, dataset.facts, new Set(changed));
  return { ...dataset, sources, facts, gsi: updatedGsiRows(dataset.gsi, facts, dataset.facts) };
}
