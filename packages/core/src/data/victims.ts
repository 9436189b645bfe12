import { countsMatchingShare, share, valuesBeforePercentChange } from '../derive.js';
import type { Fact, Reading } from '../types.js';
import { impliedFact } from './implied.js';

const via = { source: 'kpsisu', via: 'ranking-kz-2026' } as const;
const people2025 = { unit: 'people', period: '2025', ...via } as const;

const victims2025 = 159;
const victimsChange = -7.6;
const citizens2025 = 143;
const womenSharePercent = 46.5;
const womenChange = 21.3;

const [women2025 = Number.NaN] = countsMatchingShare(victims2025, womenSharePercent, 1);
const victims2024Candidates = valuesBeforePercentChange(victims2025, victimsChange, 1);
const [victims2024 = Number.NaN] = victims2024Candidates;

function readingFromCandidates(base: Omit<Reading, 'implied' | 'fits'>, candidates: readonly number[]): Reading {
  const [only] = candidates;
  return {
    ...base,
    implied: candidates.length === 1 && only !== undefined ? only : null,
    fits: candidates.length === 1,
  };
}

// "+21.3 %" on the women's share: three readings, computed rather than chosen.
const womenChangeReadings: readonly Reading[] = [
  readingFromCandidates(
    {
      id: 'percentage-points',
      meaning: 'the share rose by 21.3 percentage points, from 25.2 % in 2024',
      unit: 'people',
      derivation: `whole numbers of women out of ${victims2024} whose share rounds to ${womenSharePercent - womenChange} %`,
    },
    countsMatchingShare(victims2024, Number((womenSharePercent - womenChange).toFixed(1)), 1),
  ),
  readingFromCandidates(
    {
      id: 'relative-share',
      meaning: 'the share of women rose by 21.3 % of itself',
      unit: 'people',
      derivation: `whole numbers w with round((${women2025}/${victims2025}) / (w/${victims2024}) − 1, 0.1 %) = 21.3 %`,
    },
    valuesBeforePercentChange((women2025 / victims2025) * victims2024, womenChange, 1),
  ),
  readingFromCandidates(
    {
      id: 'relative-count',
      meaning: 'the number of women rose by 21.3 %',
      unit: 'people',
      derivation: `whole numbers w with round((${women2025} − w) / w, 0.1 %) = 21.3 %`,
    },
    valuesBeforePercentChange(women2025, womenChange, 1),
  ),
];

/** Victims of trafficking-related crimes in 2025, by sex and citizenship, and the damage established. */
export const victimFacts: readonly Fact[] = [
  {
    id: 'victims.2025',
    status: 'reported',
    value: victims2025,
    ...people2025,
    quote: 'в прошлом году стали 159 человек',
  },
  impliedFact({
    id: 'victims.2024',
    unit: 'people',
    period: '2024',
    formula: 'the whole number x with round((159 − x) / x × 100, 0.1) = −7.6',
    inputs: ['victims.2025', 'victims.change'],
    candidates: victims2024Candidates,
  }),
  {
    id: 'victims.change',
    status: 'reported',
    value: victimsChange,
    unit: 'percent',
    period: '2024/2025',
    ...via,
    claim: { kind: 'percent-change', from: 'victims.2024', to: 'victims.2025', decimals: 1 },
    quote: 'число пострадавших за год сократилось на 7,6%',
  },
  {
    id: 'victims.citizens.2025',
    status: 'reported',
    value: citizens2025,
    ...people2025,
    quote: 'Из них 143 — граждане Казахстана',
  },
  {
    id: 'victims.foreigners.2025',
    status: 'derived',
    value: victims2025 - citizens2025,
    ...people2025,
    note: 'Foreign citizens and stateless people.',
    formula: '159 − 143',
    inputs: ['victims.2025', 'victims.citizens.2025'],
  },
  {
    id: 'victims.foreignersShare.2025',
    status: 'derived',
    value: share(victims2025 - citizens2025, victims2025) * 100,
    ...people2025,
    unit: 'percent',
    formula: '16 / 159 × 100',
    inputs: ['victims.foreigners.2025', 'victims.2025'],
  },
  {
    id: 'victims.womenShare.2025',
    status: 'reported',
    value: womenSharePercent,
    ...people2025,
    unit: 'percent',
    claim: { kind: 'share', part: 'victims.women.2025', whole: 'victims.2025', decimals: 1 },
    quote: 'Доля пострадавших женщин составила 46,5%',
  },
  impliedFact({
    id: 'victims.women.2025',
    unit: 'people',
    period: '2025',
    formula: 'the whole number of 159 whose share rounds to 46.5 %',
    inputs: ['victims.2025', 'victims.womenShare.2025'],
    candidates: countsMatchingShare(victims2025, womenSharePercent, 1),
  }),
  {
    id: 'victims.men.2025',
    status: 'derived',
    value: victims2025 - women2025,
    ...people2025,
    formula: '159 − 74',
    inputs: ['victims.2025', 'victims.women.2025'],
  },
  {
    id: 'victims.women.change',
    status: 'ambiguous',
    value: womenChange,
    unit: 'percent',
    period: '2024/2025',
    ...via,
    quote: 'что на 21,3% больше, чем годом ранее',
    readings: womenChangeReadings,
  },
  {
    id: 'victims.art128.change',
    status: 'reported',
    value: -19,
    unit: 'percent',
    period: '2024/2025',
    ...via,
    approximate: true,
    note: 'Victims under Art. 128; the base is not published.',
    quote: 'по статье «Торговля людьми» — почти на 19%',
  },
  {
    id: 'damage.2025',
    status: 'reported',
    value: 5_000_000,
    unit: 'tenge',
    period: '2025',
    ...via,
    approximate: true,
    quote: 'он составил 5 млн тенге',
  },
  {
    id: 'damage.art128.2025',
    status: 'reported',
    value: 500_000,
    unit: 'tenge',
    period: '2025',
    ...via,
    quote: 'всего 500 тыс. тенге',
  },
  {
    id: 'damage.art128Share.2025',
    status: 'derived',
    value: share(500_000, 5_000_000) * 100,
    unit: 'percent',
    period: '2025',
    ...via,
    formula: '500,000 / 5,000,000 × 100',
    inputs: ['damage.art128.2025', 'damage.2025'],
  },
  {
    id: 'damage.art135.2025',
    status: 'reported',
    value: 0,
    unit: 'tenge',
    period: '2025',
    ...via,
    note: 'No damage was established in trafficking-in-minors cases.',
    quote: 'ущерб не был установлен вовсе',
  },
];
