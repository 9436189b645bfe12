import type { Messages } from '../messages.js';

// Typography: STYLE.md. No space before %; the minus sign − (U+2212), not a hyphen.

export const enRegionalShare: Messages['regionalShare'] = {
  title: 'Trafficking-in-minors cases by region',
  subtitle: 'Share of cases registered under Art. 135 of the Criminal Code, by region and city',
  region: 'Region',
  cases: 'Cases',
  share: 'Share',
  remainder: 'Rest of the country, not broken down',
  legend: 'Share of all cases',
  inset: 'Almaty and Almaty Region',
  noDataNote: 'Regions without data are hatched as “no data”: that is not zero.',
  remainderNote:
    'The other {count} cases were registered outside Almaty; no breakdown by region was published, so they are not spread over the map.',
  describeSummary: 'Map of Kazakhstan: {total} in all.',
  describeRegion: '{region}: {count} ({share}).',
  describeRemainder: 'The other {count} are not broken down by region.',
};
