// Which edition of the Global Slavery Index the bars' estimates come from: the bundled GSI 2023
// (estimates for 2021), or another one that a newsroom's update brings, read from the period and
// source of each country's `gsi.prevalence.<code>` fact.
import { gsiPrevalenceFacts } from '../data/gsi.js';
import type { FactTable } from '../facts.js';
import { fill, formatList } from '../i18n/format.js';
import type { SlaveryIndexMessages } from '../i18n/messages.js';
import type { Source, SourceId } from '../types.js';

/** Sources by id, as far as they are known. */
export type SourceCatalogue = Readonly<Partial<Record<SourceId, Source>>>;

/** The estimates of one edition: its period and source, and the countries shown from it. */
export interface SlaveryIndexEdition {
  period: string;
  source: SourceId;
  /** ISO 3166-1 alpha-2 codes, in the order of the bars. */
  countries: readonly string[];
}

const bundledEdition = gsiPrevalenceFacts[0];

/** The editions behind the rows `countries`, in the order of the bars; a country without a prevalence fact has none. */
export function slaveryIndexEditions(countries: readonly string[], facts: FactTable): SlaveryIndexEdition[] {
  const editions = new Map<string, { period: string; source: SourceId; countries: string[] }>();
  for (const code of countries) {
    const fact = facts[`gsi.prevalence.${code}`];
    if (!fact) continue;
    const key = `${fact.period}\u0000${fact.source}`;
    const edition = editions.get(key) ?? { period: fact.period, source: fact.source, countries: [] };
    edition.countries.push(code);
    editions.set(key, edition);
  }
  return [...editions.values()];
}

function isBundled(edition: SlaveryIndexEdition): boolean {
  return edition.period === bundledEdition?.period && edition.source === bundledEdition?.source;
}

/** Whether the estimates are all the bundled edition's (or carry no edition at all). */
export function isBundledEditionOnly(editions: readonly SlaveryIndexEdition[]): boolean {
  return editions.every(isBundled);
}

/** The year and edition of `edition`, as the subtitle names it: "2021 (Global Slavery Index 2023)". */
export function editionLabel(
  edition: SlaveryIndexEdition,
  messages: SlaveryIndexMessages,
  sources: SourceCatalogue,
): string {
  const t = messages.slaveryIndex;
  if (isBundled(edition)) return t.period;
  const source: Source | undefined = sources[edition.source];
  return fill(t.periodEdition, { year: edition.period, edition: source?.title ?? String(edition.source) });
}

/** The note that says which countries' estimates come from which edition, when the bars mix editions. */
export function mixedEditionsNote(
  editions: readonly SlaveryIndexEdition[],
  messages: SlaveryIndexMessages,
  sources: SourceCatalogue,
  countryName: (code: string) => string,
): string | null {
  if (editions.length < 2) return null;
  const parts = editions.map(
    (edition) =>
      `${formatList(edition.countries.map(countryName), messages.locale)} — ${editionLabel(edition, messages, sources)}`,
  );
  return fill(messages.slaveryIndex.mixedEditionsNote, { editions: parts.join('; ') });
}
