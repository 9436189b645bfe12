import type { GlossaryId } from './ids.js';

/** The official names in Kazakh, by glossary id (see ../glossary.ts). */
export const kkNames = {
  criminalCode: 'ҚК',
  art128: 'Адам саудасы',
  art135: 'Кәмелетке толмағандар саудасы',
  committee:
    'Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі комитеті',
  interiorMinistry: 'Қазақстан Республикасы Ішкі істер министрлігі',
  labourMinistry: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі',
  statisticsBureau: 'Қазақстан Республикасының Ұлттық статистика бюросы',
  slaveryIndex: 'Жаһандық құлдық индексі',
  perThousand: '1000 тұрғынға',
} as const satisfies Readonly<Record<GlossaryId, string>>;
