import type { GlossaryId } from './ids.js';

/** The official names in Russian, by glossary id (see ../glossary.ts). */
export const ruNames = {
  criminalCode: 'УК',
  art128: 'Торговля людьми',
  art135: 'Торговля несовершеннолетними',
  committee: 'Комитет по правовой статистике и специальным учётам Генеральной прокуратуры Республики Казахстан',
  interiorMinistry: 'Министерство внутренних дел Республики Казахстан',
  labourMinistry: 'Министерство труда и социальной защиты населения Республики Казахстан',
  statisticsBureau: 'Бюро национальной статистики Республики Казахстан',
  slaveryIndex: 'Глобальный индекс рабства',
  perThousand: 'на 1000 жителей',
} as const satisfies Readonly<Record<GlossaryId, string>>;
