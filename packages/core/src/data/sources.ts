import type { BundledSourceId, Source } from '../types.js';

/** Every source the dataset cites. */
export const sources: Readonly<Record<BundledSourceId, Source>> = {
  'ranking-kz-2026': {
    id: 'ranking-kz-2026',
    publisher: 'ranking.kz',
    title: 'Торговля людьми в Казахстане: данные за 2025 год (перепечатано казахстанскими СМИ)',
    date: '2026-01-15',
    url: null,
    language: 'ru',
  },
  kpsisu: {
    id: 'kpsisu',
    publisher: 'Committee on Legal Statistics and Special Accounts, Prosecutor General’s Office of Kazakhstan',
    title: 'Registered criminal offences related to human trafficking',
    date: '2026',
    url: null,
    language: 'ru',
  },
  'gsi-2023': {
    id: 'gsi-2023',
    publisher: 'Walk Free',
    title: 'Global Slavery Index 2023',
    date: '2023',
    url: 'https://www.walkfree.org/global-slavery-index/',
    language: 'en',
  },
  'stat-gov-kz': {
    id: 'stat-gov-kz',
    publisher: 'Bureau of National Statistics of Kazakhstan',
    title: 'Population of the Republic of Kazakhstan',
    date: '2026',
    url: 'https://stat.gov.kz',
    language: 'ru',
  },
  'interior-ministry': {
    id: 'interior-ministry',
    publisher: 'Ministry of Internal Affairs of Kazakhstan',
    title: 'Statements on human-trafficking and forced-marriage cases, 2025',
    date: '2025',
    url: null,
    language: 'ru',
  },
  'labour-ministry': {
    id: 'labour-ministry',
    publisher: 'Ministry of Labour and Social Protection of Kazakhstan',
    title: 'Special social services for victims of human trafficking, 2025',
    date: '2026',
    url: null,
    language: 'ru',
  },
  'us-tip-report': {
    id: 'us-tip-report',
    publisher: 'U.S. Department of State',
    title: 'Trafficking in Persons Report: Kazakhstan',
    date: '2025',
    url: 'https://www.state.gov/trafficking-in-persons-report/',
    language: 'en',
  },
  geokz: {
    id: 'geokz',
    publisher: 'geokz (Alexander Rodionov), after OCHA/HDX COD-AB (UNHCR, © OpenStreetMap contributors)',
    title: 'Kazakhstan administrative boundaries, ADM1, 2022 layout (CC BY 4.0)',
    date: '2024-07-01',
    url: 'https://github.com/arodionoff/geokz',
    language: 'en',
  },
};
