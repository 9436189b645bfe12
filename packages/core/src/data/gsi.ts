import type { CorrectedFact, Fact, ReportedFact } from '../types.js';

/** One country of the Global Slavery Index 2023 table, the row type the slavery-index chart plots. */
export interface GsiRow {
  /** ISO 3166-1 alpha-2 code. */
  iso2: string;
  /** English name, used where the runtime has no localized country names. */
  name: string;
  /** Estimated prevalence of modern slavery, people per 1,000 population (2021 estimates). */
  prevalencePer1000: number;
  /** Estimated number of people in modern slavery, or `null` when not given. */
  estimatedPeople: number | null;
  /** Population the estimate is based on, or `null` when not given. */
  population: number | null;
}

type GsiTuple = [iso2: string, name: string, population: number, prevalencePer1000: number, estimatedPeople: number];

// Walk Free, Global Slavery Index 2023 (estimates for 2021), via shared/data/gsi-2023-prevalence.csv.
const table: GsiTuple[] = [
  ['KZ', 'Kazakhstan', 18777000, 11.1, 208000],
  ['KG', 'Kyrgyzstan', 6524000, 8.7, 57000],
  ['TJ', 'Tajikistan', 9538000, 14.0, 133000],
  ['TM', 'Turkmenistan', 6031000, 11.9, 72000],
  ['UZ', 'Uzbekistan', 33469000, 7.4, 249000],
  ['RU', 'Russia', 145934000, 13.0, 1899000],
  ['BY', 'Belarus', 9449000, 11.3, 107000],
  ['AM', 'Armenia', 2963000, 8.9, 26000],
  ['AZ', 'Azerbaijan', 10139000, 10.6, 107000],
  ['MD', 'Moldova', 4034000, 9.5, 38000],
  ['GE', 'Georgia', 3989000, 7.8, 31000],
  ['UA', 'Ukraine', 43734000, 12.8, 559000],
  ['MN', 'Mongolia', 3278000, 4.0, 13000],
  ['CN', 'China', 1439324000, 4.0, 5771000],
  ['TR', 'Türkiye', 84339000, 15.6, 1320000],
  ['NO', 'Norway', 5421000, 0.5, 3000],
  ['CH', 'Switzerland', 8655000, 0.5, 4000],
  ['DK', 'Denmark', 5792000, 0.6, 4000],
  ['NL', 'Netherlands', 17135000, 0.6, 10000],
  ['DE', 'Germany', 83784000, 0.6, 47000],
  ['SE', 'Sweden', 10099000, 0.6, 6000],
  ['FI', 'Finland', 5541000, 1.4, 8000],
  ['PT', 'Portugal', 10197000, 3.8, 39000],
];

/** The GSI 2023 rows for the 23 countries the project carries. */
export const gsiRows: readonly GsiRow[] = table.map(([iso2, name, population, prevalencePer1000, estimatedPeople]) => ({
  iso2,
  name,
  prevalencePer1000,
  estimatedPeople,
  population,
}));

const unitReason =
  'Walk Free publishes prevalence per 1,000 population; the article wrote "per 100 thousand", off by a factor of 100.';

// The article's own figures for countries it names, with its words.
const asInArticle: Record<string, { value: number; quote: string; reason?: string }> = {
  KZ: {
    value: 1.9,
    quote: 'В Казахстане распространённость оценивается в 1,9 случая на 100 тысяч человек',
    reason:
      'GSI 2023 gives Kazakhstan 11.1 per 1,000 (about 208,000 people of 18,777,000). 1.9 is not Kazakhstan’s value in either unit.',
  },
  TM: { value: 11.9, quote: 'в Туркменистане — 11,9' },
  RU: { value: 13, quote: 'в России — 13' },
  TJ: { value: 14, quote: 'в Таджикистане — 14 случаев на 100 тыс. человек' },
  NO: { value: 0.5, quote: 'Лидером стала Норвегия (0,5 случая)' },
};

function prevalenceFact(row: GsiRow): Fact {
  const common = { id: `gsi.prevalence.${row.iso2}`, unit: 'per-1000', period: '2021', source: 'gsi-2023' } as const;
  const article = asInArticle[row.iso2];
  if (!article) return { ...common, status: 'reported', value: row.prevalencePer1000 } satisfies ReportedFact<number>;
  return {
    ...common,
    via: 'ranking-kz-2026',
    status: 'corrected',
    value: row.prevalencePer1000,
    asReported: { value: article.value, unit: 'per-100000' },
    reason: article.reason ?? `The value is right; ${unitReason}`,
    quote: article.quote,
  } satisfies CorrectedFact<number>;
}

/** Prevalence per 1,000 for each country, as facts; the article's figures kept beside the corrections. */
export const gsiPrevalenceFacts: readonly Fact[] = gsiRows.map(prevalenceFact);

/** Facts about the index as a whole and Kazakhstan's place in it. */
export const gsiFacts: readonly Fact<number | string | readonly string[]>[] = [
  {
    id: 'gsi.unit',
    status: 'corrected',
    value: 'per-1000',
    unit: 'unit-name',
    period: '2021',
    source: 'gsi-2023',
    via: 'ranking-kz-2026',
    asReported: { value: 'per-100000', unit: 'unit-name' },
    reason: unitReason,
    quote: 'случая на 100 тысяч человек',
  },
  {
    id: 'gsi.edition',
    status: 'corrected',
    value: 'GSI 2023 (estimates for 2021)',
    unit: 'edition',
    period: '2021',
    source: 'gsi-2023',
    via: 'ranking-kz-2026',
    asReported: { value: '2025', unit: 'edition' },
    reason:
      'The newest edition is the Global Slavery Index 2023, with estimates for 2021, not "last year’s" 2025 results.',
    quote: 'по итогам прошлого года',
  },
  {
    id: 'gsi.rank.KZ',
    status: 'corrected',
    value: 17,
    unit: 'rank',
    period: '2021',
    source: 'gsi-2023',
    via: 'ranking-kz-2026',
    asReported: { value: 61, unit: 'rank' },
    reason:
      'GSI 2023 ranks Kazakhstan 17th highest prevalence of 160 countries (ties share a rank); the article’s "61st of 157" matches no GSI ranking we could find.',
    quote: 'Казахстан занял 61-е место из 157 стран',
  },
  {
    id: 'gsi.people.KZ',
    status: 'reported',
    value: 208000,
    unit: 'people',
    period: '2021',
    source: 'gsi-2023',
    approximate: true,
  },
  {
    id: 'gsi.score.KZ',
    status: 'reported',
    value: 43,
    unit: 'score-0-100',
    period: '2021',
    source: 'gsi-2023',
    via: 'ranking-kz-2026',
    note: 'Not found in GSI 2023; fits its 0–100 vulnerability scale. Unverifiable.',
    quote: 'Показатель страны составил 43 балла из 100',
  },
  {
    id: 'gsi.governmentResponse.KZ',
    status: 'reported',
    value: 36,
    unit: 'score-0-100',
    period: '2021',
    source: 'gsi-2023',
    via: 'ranking-kz-2026',
    note: 'Not found in GSI 2023; fits its 0–100 % government-response scale. Unverifiable.',
    quote: 'ниже среднего — в 36 баллов',
  },
  {
    id: 'gsi.bestOrder',
    status: 'corrected',
    value: ['NO', 'CH', 'DK', 'NL', 'FI', 'PT'],
    unit: 'country-order',
    period: '2021',
    source: 'gsi-2023',
    via: 'ranking-kz-2026',
    asReported: { value: 'NO, FI, NL, PT, DK', unit: 'country-order' },
    reason:
      'Not the prevalence order: Norway and Switzerland 0.5, Denmark and the Netherlands 0.6, Finland 1.4, Portugal 3.8 (about 113th).',
    quote: 'за ней следуют Финляндия, Нидерланды, Португалия и Дания',
  },
];
