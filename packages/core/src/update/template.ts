// The facts each chart reads, as an update file to fill in: a data desk starts next year's update
// from the figures the chart shows today.
import type { Dataset } from '../dataset.js';
import type { ChartId } from '../embed/charts.js';
import type { FactValue } from '../facts.js';
import type { Fact, Source } from '../types.js';
import type { DatasetUpdate } from './apply.js';

/** Which facts of the dataset each chart reads, by id. */
const readBy: Readonly<Record<ChartId, RegExp>> = {
  'slavery-index-bar': /^gsi\./,
  'crime-trend-line': /^crimes\.(total|art128|art135)\.(\d{4}|change|tripled|multiple)$/,
  'victim-gender-donut': /^victims\./,
  'regional-share': /^crimes\.art135\.(\d{4}|almaty\.\d{4}|almatyShare\.\d{4}|elsewhere\.\d{4})$/,
};

/** The facts `chart` reads in `dataset`, with the sources they cite, as an update (JSON Schema linked). */
export function updateTemplate(chart: ChartId, dataset: Dataset): DatasetUpdate & { $schema: string } {
  const facts: Fact<FactValue>[] = Object.values(dataset.facts).filter((fact) => readBy[chart].test(fact.id));
  const sourceIds = new Set(facts.flatMap((fact) => (fact.via ? [fact.source, fact.via] : [fact.source])));
  const sources: Record<string, Source> = {};
  for (const id of sourceIds) {
    const source = dataset.sources[id];
    if (source) sources[id] = source;
  }
  return { $schema: datasetUpdateSchemaUrl, sources, facts };
}

/** Where editors find the format's JSON Schema (the file ships in the package as well). */
export const datasetUpdateSchemaUrl = 'https://cdn.jsdelivr.net/npm/@kz-trafficking/core/dataset-update.schema.json';
