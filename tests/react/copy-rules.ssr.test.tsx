import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { gsiRows } from '../../packages/core/src/data/gsi.js';
import { catalogues } from '../../packages/core/src/i18n/catalogues.js';
import { kazakhCountryNames } from '../../packages/core/src/i18n/kazakh.js';
import type { Locale } from '../../packages/core/src/index.js';
import { computeCrimeTrend } from '../../packages/react/src/crime-trend-line/compute.js';
import { CrimeTrendLine, RegionalShare, SlaveryIndexBar, VictimGenderDonut } from '../../packages/react/src/index.js';
import { computeRegionalShare } from '../../packages/react/src/regional-share/compute.js';
import { computeSlaveryIndex } from '../../packages/react/src/slavery-index-bar/compute.js';
import { computeVictimBreakdown } from '../../packages/react/src/victim-gender-donut/compute.js';
import { chartCases } from '../fixtures/charts.js';
import { readerTexts, stringsIn, violationsOf } from '../helpers/copy-rules.js';

// Every text every chart renders, in every locale and in its error states, held to the copy rules
// of packages/core/src/i18n/STYLE.md (tests/helpers/copy-rules.ts): a catalogue string that breaks
// one fails here, naming the text and the rule.

const locales: readonly Locale[] = ['ru', 'kk', 'en'];

/** Figures that cannot be drawn: each shows its error state with core's error text. */
const errorCases: readonly [string, (locale: Locale) => ReactElement][] = [
  ['unknown country', (locale) => <SlaveryIndexBar locale={locale} countries={['XX']} />],
  ['duplicate country', (locale) => <SlaveryIndexBar locale={locale} data={[gsiRow('KZ'), gsiRow('KZ')]} />],
  ['unknown series', (locale) => <CrimeTrendLine locale={locale} series={['art999' as 'total']} />],
  [
    'negative count',
    (locale) => <CrimeTrendLine locale={locale} data={[{ year: 2025, total: -1, art128: null, art135: null }]} />,
  ],
  ['unknown breakdown', (locale) => <VictimGenderDonut locale={locale} breakdown={'age' as 'sex'} />],
  [
    'parts above the total',
    (locale) => (
      <VictimGenderDonut locale={locale} data={{ total: 10, women: 8, men: 8, citizens: 10, foreigners: 0 }} />
    ),
  ],
  ['unknown region', (locale) => <RegionalShare locale={locale} values={{ 'KZ-99': 1 }} total={2} />],
  ['empty total', (locale) => <RegionalShare locale={locale} values={{}} total={0} />],
  ['bad height', (locale) => <SlaveryIndexBar locale={locale} height={-5} />],
];

function gsiRow(iso2: string) {
  return { iso2, name: iso2, prevalencePer1000: 1, estimatedPeople: null, population: null };
}

/** What the charts' models hold for the reader beyond the server HTML: labels, tooltips, the CSV. */
function modelTexts(locale: Locale): string[] {
  const messages = catalogues[locale];
  const models = [
    computeSlaveryIndex({}, messages),
    computeCrimeTrend({}, messages),
    computeVictimBreakdown({}, messages),
    computeVictimBreakdown({ breakdown: 'citizenship' }, messages),
    computeRegionalShare({}, messages),
  ];
  return models.flatMap((model) => [
    ...stringsIn(model.data),
    model.title,
    model.subtitle,
    ...model.notes,
    ...model.sources.map((source) => source.text),
    model.description,
    // The CSV download's texts: its header and text cells (the quoting is CSV's own).
    model.table.caption,
    ...model.table.columns,
    ...model.table.rows.flat().filter((cell): cell is string => typeof cell === 'string'),
  ]);
}

describe('copy rules over every rendered text', () => {
  it.each(locales)('holds for every figure server-rendered in %s', (locale) => {
    const texts = chartCases.flatMap((chart) => readerTexts(renderToString(chart.render(locale))));
    expect(texts.length).toBeGreaterThan(200);
    expect(violationsOf(texts, locale)).toEqual([]);
  });

  it.each(locales)('holds for the labels, tooltips, notes and CSV downloads of every chart in %s', (locale) => {
    const texts = modelTexts(locale);
    // The derived values are among them, marked.
    expect(texts.some((text) => text.includes(`15 (${catalogues[locale].frame.derived})`))).toBe(true);
    expect(violationsOf(texts, locale)).toEqual([]);
  });

  it.each(locales)('holds for every error state in %s', (locale) => {
    for (const [name, render] of errorCases) {
      const html = renderToString(render(locale));
      expect(html, name).toContain('role="alert"');
      expect(html, name).toContain(catalogues[locale].frame.errorTitle);
      expect(violationsOf(readerTexts(html), locale), name).toEqual([]);
    }
  });

  it('names every country of the dataset in Kazakh in a Kazakh chart, none in Russian or English', () => {
    const html = renderToString(<SlaveryIndexBar locale="kk" countries={gsiRows.map((row) => row.iso2)} />);
    const heads = [...html.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((match) => match[1]);
    expect(heads).toHaveLength(gsiRows.length);
    for (const row of gsiRows) {
      expect(Object.hasOwn(kazakhCountryNames, row.iso2), row.iso2).toBe(true);
      expect(heads).toContain(kazakhCountryNames[row.iso2]);
    }
    const russian = new Intl.DisplayNames(['ru'], { type: 'region' });
    // Where Kazakh spells a name as Russian does (Армения, Молдова…) the check cannot tell them apart.
    const spelledAlike = gsiRows.filter((row) => russian.of(row.iso2) === kazakhCountryNames[row.iso2]);
    for (const head of heads) {
      const row = gsiRows.find((candidate) => kazakhCountryNames[candidate.iso2] === head);
      expect(row, head).toBeDefined();
      if (row && !spelledAlike.includes(row)) expect(head).not.toBe(russian.of(row.iso2));
      expect(head).not.toBe(row?.name);
    }
  });
});
