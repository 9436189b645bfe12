import type { GlossaryId } from './ids.js';

/** The official names in English, by glossary id (see ../glossary.ts). */
export const enNames = {
  criminalCode: 'Criminal Code',
  art128: 'Trafficking in persons',
  art135: 'Trafficking in minors',
  committee: 'Committee on Legal Statistics and Special Accounts of the Prosecutor General’s Office of Kazakhstan',
  interiorMinistry: 'Ministry of Internal Affairs of the Republic of Kazakhstan',
  labourMinistry: 'Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan',
  statisticsBureau: 'Bureau of National Statistics of Kazakhstan',
  slaveryIndex: 'Global Slavery Index',
  perThousand: 'per 1,000 population',
} as const satisfies Readonly<Record<GlossaryId, string>>;
