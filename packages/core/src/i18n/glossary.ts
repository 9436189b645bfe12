import type { Locale } from '../types.js';
import { enNames } from './glossary/en.js';
import type { GlossaryId } from './glossary/ids.js';
import { kkNames } from './glossary/kk.js';
import { ruNames } from './glossary/ru.js';

// The official names the charts use, in each locale: one file per locale (glossary/), so that a
// chart's texts in one locale carry that locale's names only. Where and how far each was checked
// is in glossary-checks.ts, kept apart so that a chart's bundle carries the names only. The texts
// (ru/, kk/, en/) take their names from their locale's file; tests/core/copy-rules.test.ts holds
// every text to them: a name is written exactly as here, and no variant to avoid appears.
// Regions' names live with the regions (data/regions.ts), where the map and its table read them.

export type { GlossaryId } from './glossary/ids.js';

const names = { ru: ruNames, kk: kkNames, en: enNames } as const;
type Names = typeof names;

/** The names, by glossary id and locale. */
export const glossary = Object.fromEntries(
  (Object.keys(ruNames) as GlossaryId[]).map((id) => [id, { ru: ruNames[id], kk: kkNames[id], en: enNames[id] }]),
) as { readonly [Id in GlossaryId]: { readonly [L in Locale]: Names[L][Id] } };

/** The name of `id` in `locale`, exactly as the glossary writes it. */
export function term<Id extends GlossaryId, L extends Locale>(id: Id, locale: L): Names[L][Id] {
  return names[locale][id];
}

/** `template` with `{name}` replaced by the name of `id` in `locale`: `named('Ст. 128 «{name}»', 'art128', 'ru')`. */
export function named<Id extends GlossaryId, L extends Locale>(template: string, id: Id, locale: L): string {
  return template.replace('{name}', names[locale][id]);
}
