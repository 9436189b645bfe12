import type { Fact } from '../types.js';

const context = { context: true, period: '2025' } as const;

/** Other official 2025 figures: different measures, shown as context and never charted with the main series. */
export const contextFacts: readonly Fact<number | string>[] = [
  {
    id: 'context.interiorMinistry.crimes.2025',
    status: 'reported',
    value: 164,
    unit: 'offences',
    source: 'interior-ministry',
    ...context,
    note: 'Crimes "related to human trafficking" registered by the Interior Ministry: a different count from the prosecutor’s 298.',
  },
  ...(
    [
      ['all', 171],
      ['men', 94],
      ['women', 52],
      ['children', 25],
      ['foreigners', 93],
    ] as const
  ).map(
    ([group, value]): Fact<number | string> => ({
      id: `context.labourMinistry.victimsServed.${group}.2025`,
      status: 'reported',
      value,
      unit: 'people',
      source: 'labour-ministry',
      ...context,
      note: 'Victims who received special social services: a different measure from registered victims.',
    }),
  ),
  ...(['2023', '2024', '2025'] as const).map(
    (year): Fact<number | string> => ({
      id: `context.tipReport.tier.${year}`,
      status: 'reported',
      value: 'Tier 2',
      unit: 'tier',
      source: 'us-tip-report',
      context: true,
      period: year,
    }),
  ),
];
