import { enNames } from '../glossary/en.js';
import type { CommonMessages } from '../messages.js';

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
    kpsisu: enNames.committee,
    'gsi-2023': `Walk Free, ${enNames.slaveryIndex} 2023`,
    'stat-gov-kz': enNames.statisticsBureau,
    'interior-ministry': enNames.interiorMinistry,
    'labour-ministry': enNames.labourMinistry,
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
    embedPym: 'Page with Pym.js',
    embedAmp: 'AMP page (the first line goes in the page’s <head>)',
    showWholeChart: 'Show the whole chart',
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
    'invalid-update': 'The data update did not pass the check. Problems found: {value}.',
  },
};
