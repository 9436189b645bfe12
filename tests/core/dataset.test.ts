import { describe, expect, it } from 'vitest';
import { impliedFact } from '../../packages/core/src/data/implied.js';
import { dataset, factNumber, gsiRows, regions } from '../../packages/core/src/dataset.js';
import { claimFactIds } from '../../packages/core/src/facts.js';
import { isKztError, KztError } from '../../packages/core/src/index.js';
import { readShared, readSharedCsv } from '../helpers/shared.js';

const facts = Object.values(dataset.facts);
const article = readShared('sources/article-2026-01-15.ru.txt');

describe('GSI 2023 table', () => {
  const csv = readSharedCsv('data/gsi-2023-prevalence.csv');

  it('holds the 23 countries of shared/data with the same figures', () => {
    expect(gsiRows).toHaveLength(23);
    expect(csv).toHaveLength(23);
    for (const row of csv) {
      const ours = gsiRows.find((candidate) => candidate.iso2 === row.iso2);
      expect(ours, row.iso2).toEqual({
        iso2: row.iso2,
        name: row.country,
        prevalencePer1000: Number(row.prevalence_per_1000),
        estimatedPeople: Number(row.estimated_people),
        population: Number(row.population_gsi_base),
      });
    }
  });

  it('stores prevalence per 1,000 and keeps the article’s per-100,000 figures as corrections', () => {
    const kazakhstan = dataset.facts['gsi.prevalence.KZ'];
    expect(kazakhstan).toMatchObject({ status: 'corrected', value: 11.1, unit: 'per-1000' });
    expect(kazakhstan?.status === 'corrected' && kazakhstan.asReported).toEqual({ value: 1.9, unit: 'per-100000' });
    for (const code of ['TM', 'RU', 'TJ', 'NO']) {
      const fact = dataset.facts[`gsi.prevalence.${code}`];
      expect(fact?.status, code).toBe('corrected');
      expect(fact?.status === 'corrected' && fact.asReported.value, code).toBe(fact?.value);
    }
    expect(dataset.facts['gsi.prevalence.DE']).toMatchObject({ status: 'reported', value: 0.6, source: 'gsi-2023' });
  });

  it('corrects the unit, the edition, the rank and the order of the best countries', () => {
    for (const id of ['gsi.unit', 'gsi.edition', 'gsi.rank.KZ', 'gsi.bestOrder']) {
      expect(dataset.facts[id]?.status, id).toBe('corrected');
    }
    expect(dataset.facts['gsi.rank.KZ']).toMatchObject({ value: 17, asReported: { value: 61 } });
  });
});

describe('registered crimes', () => {
  it('keeps 2022 and 2023 unknown, with the article’s constraint on 2022', () => {
    expect(factNumber('crimes.total.2022')).toBeNull();
    expect(factNumber('crimes.total.2023')).toBeNull();
    expect(dataset.facts['crimes.total.2022']).toMatchObject({
      status: 'unknown',
      constraint: { greaterThan: 150, minimumOfPeriod: true },
    });
  });

  it('has the reported and derived yearly figures', () => {
    expect(factNumber('crimes.total.2024')).toBe(357);
    expect(factNumber('crimes.total.2025')).toBe(298);
    expect(dataset.facts['crimes.art128.2024']).toMatchObject({ status: 'derived', value: 15 });
    expect(factNumber('crimes.art128.2025')).toBe(12);
    expect(factNumber('crimes.art135.2024')).toBe(9);
    expect(factNumber('crimes.art135.2025')).toBe(31);
    expect(factNumber('crimes.art135.almatyShare.2025')).toBeCloseTo(83.87, 2);
    expect(factNumber('crimes.art135.elsewhere.2025')).toBe(5);
  });
});

describe('victims', () => {
  it('derives 2024, women, men and foreigners from the reported figures', () => {
    expect(dataset.facts['victims.2024']).toMatchObject({ status: 'derived', value: 172 });
    expect(dataset.facts['victims.women.2025']).toMatchObject({ status: 'derived', value: 74 });
    expect(dataset.facts['victims.men.2025']).toMatchObject({ status: 'derived', value: 85 });
    expect(dataset.facts['victims.foreigners.2025']).toMatchObject({ status: 'derived', value: 16 });
  });

  it('keeps every reading of the women’s “+21.3 %”', () => {
    const fact = dataset.facts['victims.women.change'];
    expect(fact?.status).toBe('ambiguous');
    const readings = fact?.status === 'ambiguous' ? fact.readings : [];
    expect(readings.map((reading) => [reading.id, reading.fits, reading.implied])).toEqual([
      ['percentage-points', false, null],
      ['relative-share', true, 66],
      ['relative-count', true, 61],
    ]);
  });
});

describe('every fact', () => {
  it('has a unit, a period and a known source', () => {
    for (const fact of facts) {
      expect(fact.unit, fact.id).toBeTruthy();
      expect(fact.period, fact.id).toMatch(/^\d{4}(-\d{2}-\d{2})?(\/\d{4}(-\d{2}-\d{2})?)?$/);
      expect(dataset.sources[fact.source], fact.id).toBeDefined();
      if (fact.via) expect(dataset.sources[fact.via], fact.id).toBeDefined();
    }
  });

  it('quotes the article verbatim wherever the article is its source', () => {
    const fromArticle = facts.filter((fact) => fact.via === 'ranking-kz-2026' && fact.status !== 'derived');
    expect(fromArticle.length).toBeGreaterThan(20);
    for (const fact of fromArticle) {
      const quote = 'quote' in fact ? fact.quote : undefined;
      if (fact.status === 'unknown' && quote === undefined) continue;
      expect(quote, fact.id).toBeTruthy();
      expect(article, fact.id).toContain(quote);
    }
  });

  it('is null exactly when unknown', () => {
    for (const fact of facts) expect(fact.value === null, fact.id).toBe(fact.status === 'unknown');
  });

  it('names existing inputs when derived, and existing facts in its claim', () => {
    for (const fact of facts) {
      if (fact.status === 'derived')
        for (const input of fact.inputs) expect(dataset.facts[input], `${fact.id} ← ${input}`).toBeDefined();
      const claim = fact.claim;
      if (!claim) continue;
      for (const id of claimFactIds(claim)) expect(dataset.facts[id], `${fact.id} → ${id}`).toBeDefined();
    }
  });

  it('marks the other official 2025 figures as context, never as part of a series', () => {
    const context = facts.filter((fact) => fact.context);
    expect(context.map((fact) => fact.id)).toEqual(
      expect.arrayContaining([
        'context.interiorMinistry.crimes.2025',
        'context.labourMinistry.victimsServed.all.2025',
        'context.tipReport.tier.2025',
      ]),
    );
    expect(context.every((fact) => fact.id.startsWith('context.'))).toBe(true);
  });

  it('includes the population on 1 January 2025 and 2026', () => {
    expect(factNumber('population.2025-01-01')).toBe(20_283_399);
    expect(factNumber('population.2026-01-01')).toBe(20_495_975);
  });

  it('throws a KztError for an id it does not hold', () => {
    expect(() => factNumber('no.such.fact')).toThrow(KztError);
  });
});

describe('regions', () => {
  const csv = readSharedCsv('data/kz-regions-iso3166-2.csv');

  it('are the 20 units of shared/data, with KATO codes and names in three languages', () => {
    expect(regions).toHaveLength(20);
    expect(regions.map((region) => region.code)).toEqual(csv.map((row) => row.code));
    for (const row of csv) {
      const region = regions.find((candidate) => candidate.code === row.code);
      expect(region?.names.en, row.code).toBe(row.name_en);
      expect(region?.type, row.code).toBe(row.iso_type === 'City' ? 'city' : 'region');
      expect(region?.created2022, row.code).toBe(row.created_2022 === 'yes');
      expect(region?.kato, row.code).toBe(`${row.code?.slice(3)}0000000`);
      expect(region?.names.ru, row.code).toBeTruthy();
      expect(region?.names.kk, row.code).toBeTruthy();
    }
  });

  it('use the names of shared/geo/SOURCE.md', () => {
    const source = readShared('geo/SOURCE.md');
    for (const region of regions) {
      expect(source, region.code).toContain(`| ${region.code} | ${region.legacyCode ?? '–'} | ${region.kato} |`);
      expect(source, region.code).toContain(`| ${region.names.en} | ${region.names.ru} | ${region.names.kk} |`);
    }
  });
});

describe('impliedFact', () => {
  const options = { id: 'x', unit: 'people', period: '2024', formula: 'f', inputs: [] } as const;

  it('is derived when exactly one whole number fits', () => {
    expect(impliedFact({ ...options, candidates: [15] })).toMatchObject({ status: 'derived', value: 15 });
  });

  it('stays unknown, never picked, when none or several fit', () => {
    expect(impliedFact({ ...options, candidates: [] })).toMatchObject({ status: 'unknown', value: null });
    const several = impliedFact({ ...options, candidates: [14, 15] });
    expect(several).toMatchObject({ status: 'unknown', value: null });
    expect(several.status === 'unknown' && several.reason).toContain('14, 15');
  });
});

describe('isKztError', () => {
  it('tells core’s errors from others', () => {
    expect(isKztError(new KztError('empty-data', 'x'))).toBe(true);
    expect(isKztError(new Error('x'))).toBe(false);
  });
});
