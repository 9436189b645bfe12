import type { Fact } from '../types.js';

/** Resident population of Kazakhstan (Bureau of National Statistics). */
export const populationFacts: readonly Fact[] = [
  {
    id: 'population.2025-01-01',
    status: 'reported',
    value: 20_283_399,
    unit: 'people',
    period: '2025-01-01',
    source: 'stat-gov-kz',
  },
  {
    id: 'population.2026-01-01',
    status: 'reported',
    value: 20_495_975,
    unit: 'people',
    period: '2026-01-01',
    source: 'stat-gov-kz',
  },
];
