// Each chart's one figure function: what it says for the options that change its texts.
import { describe, expect, it } from 'vitest';
import { crimeTrendFigure } from '../../packages/core/src/charts/crime-trend.js';
import { regionalShareFigure } from '../../packages/core/src/charts/regional-share.js';
import { slaveryIndexFigure } from '../../packages/core/src/charts/slavery-index.js';
import { victimBreakdownFigure } from '../../packages/core/src/charts/victim-breakdown.js';
import { regionCodes } from '../../packages/core/src/data/regions.js';
import { catalogues, en, ru } from '../../packages/core/src/i18n/catalogues.js';
import { kztError } from '../helpers/errors.js';

describe('slaveryIndexFigure', () => {
  it('says what the bundled estimates are, with the correction for Kazakhstan', () => {
    const figure = slaveryIndexFigure({}, en);
    expect(figure.data).toHaveLength(15);
    expect(figure.subtitle).toBe(`${en.slaveryIndex.subtitle}, ${en.slaveryIndex.period}`);
    expect(figure.notes).toHaveLength(2);
    expect(figure.notes[1]).toContain('61st');
    expect(figure.table.caption).toBe(`${figure.title}. ${figure.subtitle}`);
    expect(figure.description).toContain('15 countries');
  });

  it('leaves the correction out on request, and the edition out for a caller’s rows', () => {
    expect(slaveryIndexFigure({ showCorrection: false }, en).notes).toEqual([en.slaveryIndex.unitNote]);
    const custom = slaveryIndexFigure(
      { data: [{ iso2: 'KZ', name: 'Kazakhstan', prevalencePer1000: 1, estimatedPeople: null, population: null }] },
      en,
    );
    expect(custom.subtitle).toBe(en.slaveryIndex.subtitle);
    expect(custom.notes).toEqual([en.slaveryIndex.unitNote]);
  });
});

describe('crimeTrendFigure', () => {
  it('gives the bundled notes, and only the gaps for a caller’s years', () => {
    expect(crimeTrendFigure({}, ru).notes).toHaveLength(3);
    const custom = crimeTrendFigure({ data: [{ year: 2020, total: 4, art128: null, art135: 1 }] }, en);
    expect(custom.notes).toEqual([expect.stringContaining('2020')]);
    expect(custom.table.rows).toEqual([[2020, 4, null, 1]]);
  });

  it('refuses a figure with nothing to draw', () => {
    const error = kztError(() =>
      crimeTrendFigure({ series: ['art128'], data: [{ year: 2020, total: 4, art128: null, art135: 1 }] }, en),
    );
    expect(error.code).toBe('empty-data');
  });
});

describe('victimBreakdownFigure', () => {
  it('names the breakdown and its year in the title, and the derived counts in its notes', () => {
    const figure = victimBreakdownFigure({ breakdown: 'citizenship' }, en);
    expect(figure.title).toBe(`${en.victimBreakdown.titleCitizenship}, 2025`);
    expect(figure.notes).toEqual([en.victimBreakdown.citizenshipDerivedNote]);
  });

  it('gives a caller’s counts no bundled note and no year', () => {
    const figure = victimBreakdownFigure({ data: { total: 3, women: 1, men: 2, citizens: 3, foreigners: 0 } }, en);
    expect(figure.title).toBe(en.victimBreakdown.titleSex);
    expect(figure.notes).toEqual([]);
  });
});

describe('regionalShareFigure', () => {
  const messages = catalogues.en;

  it('names the part not broken down with the caller’s label in the table', () => {
    const figure = regionalShareFigure({ remainderLabel: 'Elsewhere' }, messages);
    expect(figure.table.rows.at(-1)).toEqual(['Elsewhere', 5, 0.1613]);
    expect(regionalShareFigure({}, messages).table.rows.at(-1)?.[0]).toBe(messages.regionalShare.remainder);
  });

  it('explains the no-data hatch only where some unit has no data', () => {
    expect(regionalShareFigure({}, messages).notes).toContain(messages.regionalShare.noDataNote);
    const everyUnit = Object.fromEntries(regionCodes.map((code) => [code, 1]));
    const figure = regionalShareFigure({ values: everyUnit, total: regionCodes.length }, messages);
    expect(figure.notes).toEqual([]);
    expect(figure.title).toBe(messages.regionalShare.title);
  });
});
