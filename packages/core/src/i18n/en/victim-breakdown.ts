import type { Messages } from '../messages.js';

// Typography: STYLE.md. No space before %; the minus sign − (U+2212), not a hyphen.

export const enVictimBreakdown: Messages['victimBreakdown'] = {
  titleSex: 'Victims of human trafficking by sex',
  titleCitizenship: 'Victims of human trafficking by citizenship',
  subtitle: 'Victims of crimes related to human trafficking',
  group: 'Group',
  count: 'People',
  share: 'Share',
  total: 'in all',
  slices: {
    women: 'Women',
    men: 'Men',
    citizens: 'Citizens of Kazakhstan',
    foreigners: 'Foreign and stateless people',
  },
  womenChangeNote:
    '“21.3% more than the year before” can be read several ways: as percentage points it does not fit the other figures; as relative growth both the share (about 38.4% in 2024) and the number of women (61 in 2024) fit; both are derived, not published. So 2024 is not shown.',
  sexDerivedNote: 'The number of women (74) is derived from the 46.5% share of 159; men (85) as the difference.',
  citizenshipDerivedNote: 'Foreign and stateless victims (16) are derived as the difference: 159 − 143.',
  derivedNote: '{groups}: the count is derived from the published figures, not published.',
  describe: 'Donut chart of {total} in all. {parts}.',
  describePart: '{label}: {count} ({share})',
};
