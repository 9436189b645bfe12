import { named, term } from './glossary.js';
import type { CommonMessages, Messages, UnitMessages } from './messages.js';

// Typography: STYLE.md. No space before %; the minus sign − (U+2212), not a hyphen.

/** English: the texts every chart uses. */
export const enCommon: CommonMessages = {
  locale: 'en',
  plural: {
    cases: { one: '{count} case', other: '{count} cases' },
    people: { one: '{count} person', other: '{count} people' },
    countries: { one: '{count} country', other: '{count} countries' },
    victims: { one: '{count} victim', other: '{count} victims' },
  },
  ordinal: { one: '{count}st', two: '{count}nd', few: '{count}rd', other: '{count}th' },
  sources: {
    'ranking-kz-2026': 'ranking.kz, 15 January 2026',
    kpsisu: /* @__PURE__ */ term('committee', 'en'),
    'gsi-2023': /* @__PURE__ */ named('Walk Free, {name} 2023', 'slaveryIndex', 'en'),
    'stat-gov-kz': /* @__PURE__ */ term('statisticsBureau', 'en'),
    'interior-ministry': /* @__PURE__ */ term('interiorMinistry', 'en'),
    'labour-ministry': /* @__PURE__ */ term('labourMinistry', 'en'),
    'us-tip-report': 'U.S. Department of State, Trafficking in Persons Report',
    geokz: 'Boundaries: geokz (CC BY 4.0), OCHA/UNHCR, © OpenStreetMap contributors',
  },
  frame: {
    source: 'Source',
    via: '{source}, via {via}',
    notes: 'Notes',
    showTable: 'Show table',
    hideTable: 'Hide table',
    downloadCsv: 'Download CSV',
    downloadPng: 'Download PNG',
    downloadSvg: 'Download SVG',
    embed: 'Embed',
    embedScript: 'Script and custom element',
    embedIframe: 'Iframe',
    embedStatic: 'Image without scripts',
    embedNoStatic: 'No pre-rendered image for these options: download the SVG or PNG instead.',
    copy: 'Copy',
    copied: 'Copied',
    noData: 'no data',
    derived: 'derived',
    errorTitle: 'This chart cannot be shown',
    errorHint: 'Check the options of the “{what}” chart.',
  },
  errors: {
    'unknown-country': 'Unknown country code {value}. Valid codes: {valid}.',
    'unknown-region': 'Unknown region code {value}. Valid codes: {valid}.',
    'unknown-locale': 'Unknown language {value}. Valid: {valid}.',
    'unknown-series': 'Unknown series {value}. Valid: {valid}.',
    'unknown-breakdown': 'Unknown breakdown {value}. Valid: {valid}.',
    'invalid-number': '“{what}” must be a finite number of zero or more, got {value}.',
    'empty-data': 'There is no data to chart ({what}).',
    'duplicate-key': '{value} appears twice.',
    'above-total': 'The parts add up to {value}, which does not match the total {valid}.',
    'unknown-fact': 'No figure has the id {value}.',
  },
};

/** How values are written with their units. */
export const enUnits: Omit<UnitMessages, 'locale'> = {
  units: {
    'per-1000': /* @__PURE__ */ named('{value} {name}', 'perThousand', 'en'),
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
  unitNames: { 'per-1000': /* @__PURE__ */ term('perThousand', 'en'), 'per-100000': 'per 100,000 population' },
};

export const enSlaveryIndex: Messages['slaveryIndex'] = {
  title: 'Prevalence of modern slavery',
  subtitle: 'Estimated people in modern slavery per 1,000 population',
  period: /* @__PURE__ */ named('2021 ({name} 2023)', 'slaveryIndex', 'en'),
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

export const enCrimeTrend: Messages['crimeTrend'] = {
  title: 'Crimes related to human trafficking',
  subtitle: 'Registered criminal offences by year, {years}',
  year: 'Year',
  series: {
    total: 'All related to trafficking (9 articles of the Criminal Code)',
    art128: /* @__PURE__ */ named('Art. 128 “{name}”', 'art128', 'en'),
    art135: /* @__PURE__ */ named('Art. 135 “{name}”', 'art135', 'en'),
  },
  seriesInText: {
    total: 'all offences related to trafficking (9 articles of the Criminal Code)',
    art128: /* @__PURE__ */ named('Art. 128 “{name}”', 'art128', 'en'),
    art135: /* @__PURE__ */ named('Art. 135 “{name}”', 'art135', 'en'),
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
  describe: 'Donut chart of {total} in all. {parts}.',
  describePart: '{label}: {count} ({share})',
};

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
    'GSI 2023 (estimates for 2021)': /* @__PURE__ */ named('{name} 2023 (estimates for 2021)', 'slaveryIndex', 'en'),
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
