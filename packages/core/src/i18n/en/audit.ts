import { enNames } from '../glossary/en.js';
import type { Messages } from '../messages.js';

// Typography: STYLE.md. No space before %; the minus sign − (U+2212), not a hyphen.

export const enAudit: Messages['audit'] = {
  title: 'Fact check: what the article says and what recomputing gives',
  fact: 'Figure',
  reported: 'Article says',
  checked: 'Check',
  finding: 'Finding',
  kinds: { consistent: 'consistent', inconsistent: 'inconsistent', ambiguous: 'ambiguous', corrected: 'corrected' },
  recomputed: 'recomputed: {value}',
  implies: 'earlier value: {value}',
  corrected: 'primary source: {value}',
  conflict: 'other source: {value}',
  readingFits: '{reading}: fits ({value})',
  readingFails: '{reading}: does not fit',
  readings: {
    'percentage-points': 'percentage points',
    'relative-share': 'relative growth of the share',
    'relative-count': 'relative growth of the number',
  },
  editions: {
    'GSI 2023 (estimates for 2021)': `${enNames.slaveryIndex} 2023 (estimates for 2021)`,
    '2025': '“last year’s results” (2025)',
  },
  facts: {
    'gsi.unit': 'Unit of prevalence',
    'gsi.edition': 'Edition of the index',
    'gsi.rank.KZ': 'Kazakhstan’s rank',
    'gsi.bestOrder': 'Order of the best countries',
    'gsi.prevalence.KZ': 'Prevalence: Kazakhstan',
    'gsi.prevalence.TM': 'Prevalence: Turkmenistan',
    'gsi.prevalence.RU': 'Prevalence: Russia',
    'gsi.prevalence.TJ': 'Prevalence: Tajikistan',
    'gsi.prevalence.NO': 'Prevalence: Norway',
    'crimes.total.change': 'All offences, 2024→2025',
    'crimes.art128.change': 'Art. 128, 2024→2025',
    'crimes.art135.tripled': 'Art. 135: “tripled”',
    'crimes.forcedMarriage.2025': 'Forced marriage, 2025',
    'victims.change': 'Victims, 2024→2025',
    'victims.womenShare.2025': 'Women’s share of victims',
    'victims.women.change': 'Women: “+21.3%”',
  },
};
