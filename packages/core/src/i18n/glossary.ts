import type { Locale } from '../types.js';

// The official names the charts use, in each locale. Where and how far each was checked is in
// glossary-checks.ts, kept apart so that a chart's bundle carries the names only. The catalogues
// (ru.ts, kk.ts, en.ts) take the names from here through `term` and `named`, called /* @__PURE__ */
// so that a bundler drops the sections a chart does not use; tests/core/copy-rules.test.ts holds
// every text to them: a name is written exactly as here, and no variant to avoid appears.
// Regions' names live with the regions (data/regions.ts), where the map and its table read them.

/** The names, by glossary id and locale. */
export const glossary = {
  criminalCode: {
    ru: 'УК',
    kk: 'ҚК',
    en: 'Criminal Code',
  },
  art128: {
    ru: 'Торговля людьми',
    kk: 'Адам саудасы',
    en: 'Trafficking in persons',
  },
  art135: {
    ru: 'Торговля несовершеннолетними',
    kk: 'Кәмелетке толмағандар саудасы',
    en: 'Trafficking in minors',
  },
  committee: {
    ru: 'Комитет по правовой статистике и специальным учётам Генеральной прокуратуры Республики Казахстан',
    kk: 'Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі комитеті',
    en: 'Committee on Legal Statistics and Special Accounts of the Prosecutor General’s Office of Kazakhstan',
  },
  interiorMinistry: {
    ru: 'Министерство внутренних дел Республики Казахстан',
    kk: 'Қазақстан Республикасы Ішкі істер министрлігі',
    en: 'Ministry of Internal Affairs of the Republic of Kazakhstan',
  },
  labourMinistry: {
    ru: 'Министерство труда и социальной защиты населения Республики Казахстан',
    kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі',
    en: 'Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan',
  },
  statisticsBureau: {
    ru: 'Бюро национальной статистики Республики Казахстан',
    kk: 'Қазақстан Республикасының Ұлттық статистика бюросы',
    en: 'Bureau of National Statistics of Kazakhstan',
  },
  slaveryIndex: {
    ru: 'Глобальный индекс рабства',
    kk: 'Жаһандық құлдық индексі',
    en: 'Global Slavery Index',
  },
  perThousand: {
    ru: 'на 1000 жителей',
    kk: '1000 тұрғынға',
    en: 'per 1,000 population',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<Locale, string>>>>;

export type GlossaryId = keyof typeof glossary;

/** The name of `id` in `locale`, exactly as the glossary writes it. */
export function term<Id extends GlossaryId, L extends Locale>(id: Id, locale: L): (typeof glossary)[Id][L] {
  return glossary[id][locale];
}

/** `template` with `{name}` replaced by the name of `id` in `locale`: `named('Ст. 128 «{name}»', 'art128', 'ru')`. */
export function named<Id extends GlossaryId, L extends Locale>(template: string, id: Id, locale: L): string {
  return template.replace('{name}', glossary[id][locale]);
}
