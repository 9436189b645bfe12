import type { Region } from '../types.js';

type RegionRow = [
  code: string,
  legacyCode: string,
  type: 'r' | 'c',
  created2022: 0 | 1,
  en: string,
  ru: string,
  kk: string,
];

// ISO 3166-2 codes are the two-digit KATO prefix; the KATO code is that prefix followed by seven zeros.
const rows: RegionRow[] = [
  ['KZ-10', '', 'r', 1, 'Abai Region', 'область Абай', 'Абай облысы'],
  ['KZ-11', 'KZ-AKM', 'r', 0, 'Akmola Region', 'Акмолинская область', 'Ақмола облысы'],
  ['KZ-15', 'KZ-AKT', 'r', 0, 'Aktobe Region', 'Актюбинская область', 'Ақтөбе облысы'],
  ['KZ-19', 'KZ-ALM', 'r', 0, 'Almaty Region', 'Алматинская область', 'Алматы облысы'],
  ['KZ-23', 'KZ-ATY', 'r', 0, 'Atyrau Region', 'Атырауская область', 'Атырау облысы'],
  ['KZ-27', 'KZ-ZAP', 'r', 0, 'West Kazakhstan Region', 'Западно-Казахстанская область', 'Батыс Қазақстан облысы'],
  ['KZ-31', 'KZ-ZHA', 'r', 0, 'Jambyl Region', 'Жамбылская область', 'Жамбыл облысы'],
  ['KZ-33', '', 'r', 1, 'Jetisu Region', 'область Жетісу', 'Жетісу облысы'],
  ['KZ-35', 'KZ-KAR', 'r', 0, 'Karaganda Region', 'Карагандинская область', 'Қарағанды облысы'],
  ['KZ-39', 'KZ-KUS', 'r', 0, 'Kostanay Region', 'Костанайская область', 'Қостанай облысы'],
  ['KZ-43', 'KZ-KZY', 'r', 0, 'Kyzylorda Region', 'Кызылординская область', 'Қызылорда облысы'],
  ['KZ-47', 'KZ-MAN', 'r', 0, 'Mangystau Region', 'Мангистауская область', 'Маңғыстау облысы'],
  ['KZ-55', 'KZ-PAV', 'r', 0, 'Pavlodar Region', 'Павлодарская область', 'Павлодар облысы'],
  ['KZ-59', 'KZ-SEV', 'r', 0, 'North Kazakhstan Region', 'Северо-Казахстанская область', 'Солтүстік Қазақстан облысы'],
  ['KZ-61', 'KZ-YUZ', 'r', 0, 'Turkistan Region', 'Туркестанская область', 'Түркістан облысы'],
  ['KZ-62', '', 'r', 1, 'Ulytau Region', 'область Ұлытау', 'Ұлытау облысы'],
  ['KZ-63', 'KZ-VOS', 'r', 0, 'East Kazakhstan Region', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы'],
  ['KZ-71', 'KZ-AST', 'c', 0, 'Astana', 'Астана', 'Астана'],
  ['KZ-75', 'KZ-ALA', 'c', 0, 'Almaty', 'Алматы', 'Алматы'],
  ['KZ-79', 'KZ-SHY', 'c', 0, 'Shymkent', 'Шымкент', 'Шымкент'],
];

/** The 20 first-level units of Kazakhstan after the 2022 reform: 17 regions and 3 cities. */
export const regions: readonly Region[] = rows.map(([code, legacyCode, type, created2022, en, ru, kk]) => ({
  code,
  legacyCode: legacyCode || null,
  kato: `${code.slice(3)}0000000`,
  type: type === 'c' ? 'city' : 'region',
  names: { ru, kk, en },
  created2022: created2022 === 1,
}));

/** ISO 3166-2 codes of the 20 units, in code order. */
export const regionCodes: readonly string[] = regions.map((region) => region.code);
