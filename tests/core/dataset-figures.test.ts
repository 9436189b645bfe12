// The figure functions read an updated dataset (#18 item 2): its years, edition, notes and sources.
// The 2026 figures and the "GSI 2027" edition here are made up for the tests; they are not data.
import { describe, expect, it } from 'vitest';
import { crimeTrendFigure } from '../../packages/core/src/charts/crime-trend.js';
import { regionalShareFigure } from '../../packages/core/src/charts/regional-share.js';
import { defaultSlaveryIndexCountries, slaveryIndexFigure } from '../../packages/core/src/charts/slavery-index.js';
import { sourceLines } from '../../packages/core/src/charts/sources.js';
import { victimBreakdownFigure } from '../../packages/core/src/charts/victim-breakdown.js';
import { dataset } from '../../packages/core/src/dataset.js';
import { catalogues, en, kk, ru } from '../../packages/core/src/i18n/catalogues.js';
import { locales } from '../../packages/core/src/index.js';
import { applyUpdate } from '../../packages/core/src/update.js';
import { kztError } from '../helpers/errors.js';

const committee2027 = {
  'kpsisu-2027': {
    id: 'kpsisu-2027',
    publisher: 'Committee on Legal Statistics and Special Accounts',
    title: 'Criminal offences related to human trafficking, 2026',
    date: '2027-01-20',
    url: 'https://example.org/kpsisu-2027',
    language: 'ru',
  },
};

const fact = (id: string, value: number | null, unit: string, period: string, source = 'kpsisu-2027') =>
  value === null
    ? { id, status: 'unknown', value, unit, period, source, reason: 'Not published.' }
    : { id, status: 'reported', value, unit, period, source };

const year2026 = applyUpdate(dataset, {
  sources: committee2027,
  facts: [
    fact('crimes.total.2026', 310, 'offences', '2026'),
    fact('crimes.art128.2026', null, 'offences', '2026'),
    fact('crimes.art135.2026', 27, 'offences', '2026'),
    fact('crimes.art135.almaty.2026', 20, 'offences', '2026'),
    fact('victims.2026', 170, 'people', '2026'),
    fact('victims.women.2026', 80, 'people', '2026'),
    {
      id: 'victims.men.2026',
      status: 'derived',
      value: 90,
      unit: 'people',
      period: '2026',
      source: 'kpsisu-2027',
      formula: '170 − 80',
      inputs: ['victims.2026', 'victims.women.2026'],
    },
  ],
});

const gsi2027Source = {
  'gsi-2027': {
    id: 'gsi-2027',
    publisher: 'Walk Free',
    title: 'Global Slavery Index 2027',
    date: '2027',
    url: 'https://www.walkfree.org/global-slavery-index/',
    language: 'en',
  },
};
const gsiFact = (code: string, value: number) => fact(`gsi.prevalence.${code}`, value, 'per-1000', '2025', 'gsi-2027');

describe('the figures of the bundled dataset, given as an update would be', () => {
  it.each(locales)('say exactly what the default figures say (%s)', (locale) => {
    const messages = catalogues[locale];
    expect(crimeTrendFigure({ dataset }, messages)).toEqual(crimeTrendFigure({}, messages));
    expect(slaveryIndexFigure({ dataset }, messages)).toEqual(slaveryIndexFigure({}, messages));
    for (const breakdown of ['sex', 'citizenship'] as const)
      expect(victimBreakdownFigure({ dataset, breakdown }, messages)).toEqual(
        victimBreakdownFigure({ breakdown }, messages),
      );
    expect(regionalShareFigure({ dataset }, messages)).toEqual(regionalShareFigure({}, messages));
  });

  it('refuse a dataset that is not one, naming it', () => {
    for (const bad of [null, 'dataset', { facts: [] }, { facts: {} }])
      expect(kztError(() => crimeTrendFigure({ dataset: bad as never }, en)).details.what).toBe('dataset');
    expect(kztError(() => slaveryIndexFigure({ dataset: { facts: {}, sources: {} } as never }, en)).code).toBe(
      'empty-data',
    );
  });
});

describe('a year added by an update', () => {
  it('extends the line to 2026, with its gap and the new source credited', () => {
    const figure = crimeTrendFigure({ dataset: year2026 }, en);
    expect(figure.data.rows.at(-1)).toEqual({ year: 2026, total: 310, art128: null, art135: 27 });
    expect(figure.subtitle).toBe('Registered criminal offences by year, 2022–2026');
    expect(figure.data.gaps).toEqual([2022, 2023, 2026]);
    expect(figure.sources.map((line) => line.text)).toEqual([
      `${en.sources.kpsisu}, via ${en.sources['ranking-kz-2026']}`,
      'Committee on Legal Statistics and Special Accounts, Criminal offences related to human trafficking, 2026',
    ]);
    expect(figure.sources[1]?.url).toBe('https://example.org/kpsisu-2027');
    // The bundled notes still hold: 2022's minimum, the derived 2024 Art. 128 figure.
    expect(figure.notes).toContain(en.crimeTrend.derivedNote);
    expect(figure.notes[0]).toContain('2022, 2023, and 2026');
  });

  it('drops the note on the derived Art. 128 figure once its inputs are no longer the bundled ones', () => {
    const changed = applyUpdate(dataset, { facts: [fact('crimes.art128.2025', 14, 'offences', '2025', 'kpsisu')] });
    expect(crimeTrendFigure({ dataset: changed }, en).notes).not.toContain(en.crimeTrend.derivedNote);
  });

  it('moves the donut to 2026, saying which count is derived', () => {
    const figure = victimBreakdownFigure({ dataset: year2026 }, ru);
    expect(figure.title).toBe(`${ru.victimBreakdown.titleSex}, 2026`);
    expect(figure.data.slices.map((slice) => slice.count)).toEqual([80, 90]);
    expect(figure.data.derived).toEqual(['men']);
    expect(figure.notes).toEqual(['Мужчины — число вычислено по опубликованным данным, а не опубликовано.']);
    expect(figure.sources.map((line) => line.url)).toEqual(['https://example.org/kpsisu-2027']);
  });

  it('keeps the donut by citizenship on the latest year that has both groups', () => {
    const figure = victimBreakdownFigure({ dataset: year2026, breakdown: 'citizenship' }, kk);
    expect(figure.title).toBe(`${kk.victimBreakdown.titleCitizenship}, 2025`);
    expect(figure.notes).toEqual([kk.victimBreakdown.citizenshipDerivedNote]);
  });

  it('maps the latest year with the Almaty count', () => {
    const figure = regionalShareFigure({ dataset: year2026 }, en);
    expect(figure.title).toBe(`${en.regionalShare.title}, 2026`);
    expect(figure.data.total).toBe(27);
    expect(figure.data.remainder?.count).toBe(7);
    expect(figure.sources.map((line) => line.text).at(-1)).toBe(en.sources.geokz);
  });
});

describe('a new edition of the index', () => {
  const everyCountry = applyUpdate(dataset, {
    sources: gsi2027Source,
    facts: defaultSlaveryIndexCountries.map((code, index) => gsiFact(code, 2 + index / 10)),
  });

  it('replaces the estimates and names the edition in the subtitle and the source line', () => {
    const figure = slaveryIndexFigure({ dataset: everyCountry }, en);
    expect(figure.subtitle).toBe(`${en.slaveryIndex.subtitle}, 2025 (Global Slavery Index 2027)`);
    expect(figure.data.find((row) => row.iso2 === 'KZ')?.prevalencePer1000).toBe(2);
    // The article's figure is no longer what the bar shows: no correction note beside it.
    expect(figure.notes).toEqual([en.slaveryIndex.unitNote]);
    expect(figure.sources.map((line) => line.text)).toEqual(['Walk Free, Global Slavery Index 2027']);
    expect(figure.description).not.toContain('2023');
    expect(figure.table.caption).toContain('2025 (Global Slavery Index 2027)');
    // The GSI 2023 estimates of people belong to the old edition: unknown now, not carried over.
    expect(figure.data.every((row) => row.estimatedPeople === null)).toBe(true);
  });

  it('says so when the bars mix editions, and names none in the subtitle', () => {
    const some = applyUpdate(dataset, { sources: gsi2027Source, facts: [gsiFact('KZ', 2), gsiFact('KG', 3)] });
    const figure = slaveryIndexFigure({ dataset: some }, ru);
    expect(figure.subtitle).toBe(ru.slaveryIndex.subtitle);
    expect(figure.notes.at(-1)).toMatch(/^Оценки взяты из разных выпусков индекса/);
    expect(figure.notes.at(-1)).toContain('Киргизия и Казахстан — 2025 год (Global Slavery Index 2027)');
    expect(figure.sources).toHaveLength(2);
  });
});

describe('an update’s own sources', () => {
  it('are named as the file gives them and linked only to http(s) addresses', () => {
    const catalogue = {
      desk: {
        id: 'desk',
        publisher: '<img src=x onerror=alert(1)>',
        title: 'Figures',
        date: '2027',
        url: 'javascript:alert(1)',
        language: 'en',
      },
    };
    expect(sourceLines([{ source: 'desk', via: 'kpsisu' }], en, { ...dataset.sources, ...catalogue })).toEqual([
      { text: `<img src=x onerror=alert(1)>, Figures, via ${en.sources.kpsisu}`, url: null },
    ]);
  });
});
