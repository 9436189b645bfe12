import { enNames } from '../glossary/en.js';
import type { Messages, UnitMessages } from '../messages.js';

// Typography: STYLE.md. No space before %; the minus sign − (U+2212), not a hyphen.

/** How values are written with their units. */
export const enUnits: Omit<UnitMessages, 'locale'> = {
  units: {
    'per-1000': `{value} ${enNames.perThousand}`,
    'per-100000': '{value} per 100,000 population',
    people: '{value}',
    offences: '{value}',
    cases: '{value}',
    proceedings: '{value}',
    percent: '{value}%',
    'percentage-points': '{value} pp',
    ratio: '×{value}',
    tenge: '{value}',
    years: '{value}',
    rank: 'rank {value}',
    'score-0-100': '{value} of 100',
    tier: '{value}',
    'unit-name': '{value}',
    edition: '{value}',
    'country-order': '{value}',
  },
  unitNames: { 'per-1000': enNames.perThousand, 'per-100000': 'per 100,000 population' },
};

export const enSlaveryIndex: Messages['slaveryIndex'] = {
  title: 'Prevalence of modern slavery',
  subtitle: 'Estimated people in modern slavery per 1,000 population',
  period: `2021 (${enNames.slaveryIndex} 2023)`,
  periodEdition: '{year} ({edition})',
  mixedEditionsNote:
    'The estimates come from different editions of the index and are not directly comparable: {editions}.',
  country: 'Country',
  prevalence: 'Per 1,000 population',
  people: 'Estimated people',
  correctionNote:
    'Corrected: the article gave Kazakhstan {asReported}. Walk Free gives {value}, {rank} of 160 countries counted from the highest prevalence; 1.9 is not Kazakhstan’s value in either unit. The article’s “{rankAsReported} of 157” could not be verified: we found no such rank in any edition of the index.',
  unitNote: 'Walk Free publishes estimates per 1,000 population, not per 100,000 as the article says.',
  describeSummary:
    'Horizontal bar chart of the prevalence of modern slavery in {count}, from the Global Slavery Index 2023.',
  describeCustomSummary: 'Horizontal bar chart of the prevalence of modern slavery in {count}.',
  describeExtremes: 'Highest: {highest} ({highestValue} per 1,000 population); lowest: {lowest} ({lowestValue}).',
  describeHighlight: '{country}: {value} per 1,000 population, {position} of {count} by prevalence.',
};
