import { multiple, percentChange, share, valuesBeforePercentChange } from '../derive.js';
import type { Fact, UnknownFact } from '../types.js';
import { impliedFact } from './implied.js';

const via = { source: 'kpsisu', via: 'ranking-kz-2026' } as const;
const yearly = { unit: 'offences', ...via } as const;

const total2024 = 357;
const total2025 = 298;
const art128In2025 = 12;
const art128Change = -20;
const art135In2024 = 9;
const art135In2025 = 31;
const almatyArt135 = 26;

const notPublished = 'Not published by the Committee on Legal Statistics or in the article.';

function unknownYear(
  series: string,
  year: number,
  extra: Partial<Pick<UnknownFact, 'constraint' | 'quote' | 'note'>> = {},
): UnknownFact {
  return {
    id: `crimes.${series}.${year}`,
    period: String(year),
    ...yearly,
    status: 'unknown',
    value: null,
    reason: notPublished,
    ...extra,
  };
}

/** Registered trafficking-related offences (nine Criminal Code articles), Art. 128 and Art. 135, 2022–2025. */
export const crimeFacts: readonly Fact[] = [
  {
    id: 'crimes.articlesInGroup',
    status: 'reported',
    value: 9,
    unit: 'cases',
    period: '2025',
    ...via,
    note: 'Number of Criminal Code articles counted as "related to human trafficking".',
    quote: 'Всего уголовное законодательство включает девять видов преступлений',
  },
  unknownYear('total', 2022, {
    constraint: { greaterThan: 150, minimumOfPeriod: true },
    quote: 'Минимальный показатель был зафиксирован в 2022 году',
    note: 'The article says more than 150 cases are registered every year and that 2022 was the minimum.',
  }),
  unknownYear('total', 2023, {
    constraint: { greaterThan: 150, atMost: total2024 },
    quote: 'ежегодно регистрируется более 150 уголовных дел',
  }),
  {
    id: 'crimes.total.2024',
    status: 'reported',
    value: total2024,
    period: '2024',
    ...yearly,
    note: 'The maximum of the years shown.',
    quote: 'максимальный — в 2024-м, когда зарегистрировали 357 преступлений',
  },
  {
    id: 'crimes.total.2025',
    status: 'reported',
    value: total2025,
    period: '2025',
    ...yearly,
    quote: 'всё равно осталось высоким — 298 случаев',
  },
  {
    id: 'crimes.total.change',
    status: 'reported',
    value: -16.5,
    unit: 'percent',
    period: '2024/2025',
    ...via,
    claim: { kind: 'percent-change', from: 'crimes.total.2024', to: 'crimes.total.2025', decimals: 1 },
    quote: 'В 2025 году их число сократилось на 16,5%',
  },
  unknownYear('art128', 2022),
  unknownYear('art128', 2023),
  impliedFact({
    id: 'crimes.art128.2024',
    unit: 'offences',
    period: '2024',
    formula: 'the whole number x with round((12 − x) / x × 100) = −20',
    inputs: ['crimes.art128.2025', 'crimes.art128.change'],
    candidates: valuesBeforePercentChange(art128In2025, art128Change, 0),
  }),
  {
    id: 'crimes.art128.2025',
    status: 'reported',
    value: art128In2025,
    period: '2025',
    ...yearly,
    quote: 'в 2025 году зарегистрировано 12 случаев',
  },
  {
    id: 'crimes.art128.change',
    status: 'reported',
    value: art128Change,
    unit: 'percent',
    period: '2024/2025',
    ...via,
    claim: { kind: 'percent-change', from: 'crimes.art128.2024', to: 'crimes.art128.2025', decimals: 0 },
    quote: 'что на 20% меньше, чем годом ранее',
  },
  unknownYear('art135', 2022),
  unknownYear('art135', 2023),
  {
    id: 'crimes.art135.2024',
    status: 'reported',
    value: art135In2024,
    period: '2024',
    ...yearly,
    quote: 'выросло втрое — с 9 до 31 случая',
  },
  {
    id: 'crimes.art135.2025',
    status: 'reported',
    value: art135In2025,
    period: '2025',
    ...yearly,
    quote: 'выросло втрое — с 9 до 31 случая',
  },
  {
    id: 'crimes.art135.tripled',
    status: 'reported',
    value: 3,
    unit: 'ratio',
    period: '2024/2025',
    ...via,
    note: 'The article calls Art. 135 "trafficking in minors" "child trafficking".',
    claim: { kind: 'multiple', from: 'crimes.art135.2024', to: 'crimes.art135.2025', tolerance: 0.05 },
    quote: 'выросло втрое',
  },
  {
    id: 'crimes.art135.multiple',
    status: 'derived',
    value: multiple(art135In2024, art135In2025),
    unit: 'ratio',
    period: '2024/2025',
    ...via,
    formula: '31 / 9',
    inputs: ['crimes.art135.2024', 'crimes.art135.2025'],
  },
  {
    id: 'crimes.art135.change',
    status: 'derived',
    value: percentChange(art135In2024, art135In2025),
    unit: 'percent',
    period: '2024/2025',
    ...via,
    formula: '(31 − 9) / 9 × 100',
    inputs: ['crimes.art135.2024', 'crimes.art135.2025'],
  },
  {
    id: 'crimes.art135.almaty.2025',
    status: 'reported',
    value: almatyArt135,
    unit: 'cases',
    period: '2025',
    ...via,
    quote: 'На Алматы пришлось 26 из 31 зарегистрированного случая',
  },
  {
    id: 'crimes.art135.almatyShare.2025',
    status: 'derived',
    value: share(almatyArt135, art135In2025) * 100,
    unit: 'percent',
    period: '2025',
    ...via,
    formula: '26 / 31 × 100',
    inputs: ['crimes.art135.almaty.2025', 'crimes.art135.2025'],
  },
  {
    id: 'crimes.art135.elsewhere.2025',
    status: 'derived',
    value: art135In2025 - almatyArt135,
    unit: 'cases',
    period: '2025',
    ...via,
    formula: '31 − 26',
    inputs: ['crimes.art135.2025', 'crimes.art135.almaty.2025'],
    note: 'Outside Almaty city; no breakdown by region was published.',
  },
  {
    id: 'crimes.babyNetwork.proceedings',
    status: 'reported',
    value: 20,
    unit: 'proceedings',
    period: '2025',
    ...via,
    approximate: true,
    quote: 'возбуждено около 20 уголовных производств',
  },
  {
    id: 'crimes.babyNetwork.maxSentence',
    status: 'reported',
    value: 18,
    unit: 'years',
    period: '2025',
    ...via,
    quote: 'Им грозит до 18 лет лишения свободы',
  },
  {
    id: 'crimes.forcedMarriage.2025',
    status: 'reported',
    value: 5,
    unit: 'cases',
    period: '2025-09-16/2025-12-31',
    ...via,
    note: 'Art. 125-1 (forced marriage) is in force since 16 September 2025.',
    claim: { kind: 'conflict', with: 'crimes.forcedMarriage.interiorMinistry' },
    quote: 'За 3,5 месяца было зарегистрировано пять таких дел',
  },
  {
    id: 'crimes.forcedMarriage.interiorMinistry',
    status: 'reported',
    value: 7,
    unit: 'cases',
    period: '2025-09-16/2025-11-04',
    source: 'interior-ministry',
    note: 'Cases opened by 4 November 2025, counted by the Interior Ministry: a different count from the prosecutor’s statistics.',
  },
];
