import { enNames } from '../glossary/en.js';
import type { Messages } from '../messages.js';

// Typography: STYLE.md. No space before %; the minus sign − (U+2212), not a hyphen.

export const enCrimeTrend: Messages['crimeTrend'] = {
  title: 'Crimes related to human trafficking',
  subtitle: 'Registered criminal offences by year, {years}',
  year: 'Year',
  series: {
    total: 'All related to trafficking (9 articles of the Criminal Code)',
    art128: `Art. 128 “${enNames.art128}”`,
    art135: `Art. 135 “${enNames.art135}”`,
  },
  seriesInText: {
    total: 'all offences related to trafficking (9 articles of the Criminal Code)',
    art128: `Art. 128 “${enNames.art128}”`,
    art135: `Art. 135 “${enNames.art135}”`,
  },
  seriesShort: {
    total: 'All related to trafficking',
    art128: 'Art. 128',
    art135: 'Art. 135',
  },
  gap: 'not published',
  gapMinimum: 'not published; the period’s minimum, above 150',
  change: '{series}: {change} ({from}→{to})',
  multiple: '{series}: ×{multiple} ({from}→{to})',
  gapNote: 'Figures for {years} were not published: the chart shows a gap, not a line.',
  minimumNote: 'We only know that more than 150 cases are registered each year and that 2022 was the minimum.',
  derivedNote:
    'The 2024 figure for Art. 128 (15) is derived, not published: it is the only whole number from which a 20% fall gives 12 cases in 2025.',
  contextNote:
    'The Interior Ministry reports 164 such crimes in 2025: a different count, not mixed with the Prosecutor General’s figures.',
  describeSummary: 'Line chart of {series}, {from}–{to}.',
  describeSeries: '{series}: {values}.',
  describeGaps: 'No data for {years}.',
};
