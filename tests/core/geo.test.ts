import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { regionCodes, regions } from '../../packages/core/src/data/regions.js';
import { geometryAttribution, geometryCredit, type KzRegionGeometry, kzTopology } from '../../packages/core/src/geo.js';
import { buildGeometry, outputPaths } from '../../scripts/build-geometry.js';

const here = dirname(fileURLToPath(import.meta.url));
const projectDir = resolve(here, '../..');
const sharedGeoDir = resolve(here, '../../../shared/geo');
const committedTopology = readFileSync(resolve(projectDir, outputPaths.topology), 'utf8');

const geometries = kzTopology.objects.regions.geometries;
const features = feature(kzTopology, kzTopology.objects.regions).features;
const earthRadiusKm = 6371.0088;

function geometryOf(code: string): KzRegionGeometry {
  const geometry = geometries.find((candidate) => candidate.id === code);
  if (geometry === undefined) throw new Error(`No geometry for ${code}`);
  return geometry;
}

/** Rings as lists of arc indexes; a TopoJSON ring may use an arc reversed (`~i`). */
function ringsOf(geometry: KzRegionGeometry): number[][][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

const arcOf = (index: number): number => (index < 0 ? ~index : index);

function arcsOf(geometry: KzRegionGeometry): Set<number> {
  return new Set(ringsOf(geometry).flat(2).map(arcOf));
}

function areaKm2(code: string): number {
  const unit = features.find((candidate) => candidate.id === code);
  if (unit === undefined) throw new Error(`No feature for ${code}`);
  return geoArea(unit) * earthRadiusKm ** 2;
}

/** The blockquotes of shared/geo/ATTRIBUTION.md as plain text: the full notice, then the short credit. */
function sharedAttributionQuotes(): string[] {
  const markdown = readFileSync(resolve(sharedGeoDir, 'ATTRIBUTION.md'), 'utf8');
  const quotes: string[][] = [];
  let previousWasQuote = false;
  for (const line of markdown.split('\n')) {
    const isQuote = line.startsWith('> ');
    if (isQuote && !previousWasQuote) quotes.push([]);
    if (isQuote) quotes.at(-1)?.push(line.slice(2));
    previousWasQuote = isQuote;
  }
  return quotes.map((lines) => lines.join(' ').replaceAll('**', ''));
}

describe('geometry of the 20 units', () => {
  it('holds one geometry per unit, with the ISO 3166-2 codes of core as ids', () => {
    expect(geometries.map((geometry) => geometry.id)).toEqual([...regionCodes]);
  });

  it('carries the codes and names of core’s regions and nothing else', () => {
    for (const region of regions) {
      expect(geometryOf(region.code).properties, region.code).toStrictEqual({
        kato: region.kato,
        type: region.type,
        name_ru: region.names.ru,
        name_kk: region.names.kk,
        name_en: region.names.en,
      });
    }
  });

  it('has no inverted rings: every unit covers less than a hemisphere', () => {
    for (const unit of features) expect(geoArea(unit), String(unit.id)).toBeLessThan(2 * Math.PI);
  });

  it('keeps the country’s area, about 2.72 million km²', () => {
    const total = regionCodes.reduce((sum, code) => sum + areaKm2(code), 0);
    expect(total).toBeGreaterThan(2_690_000);
    expect(total).toBeLessThan(2_760_000);
  });

  it.each([
    ['Almaty centre', 76.92, 43.24, 'KZ-75'],
    ['Konaev', 77.08, 43.87, 'KZ-19'],
    ['Taldykorgan', 78.37, 45.02, 'KZ-33'],
    ['Semey', 80.23, 50.41, 'KZ-10'],
    ['Zhezkazgan', 67.71, 47.8, 'KZ-62'],
    ['Astana', 71.45, 51.17, 'KZ-71'],
    ['Shymkent', 69.59, 42.32, 'KZ-79'],
  ])('places %s (%f E, %f N) in %s and in no other unit', (_city, longitude, latitude, code) => {
    const containing = features.filter((unit) => geoContains(unit, [longitude, latitude]));
    expect(containing.map((unit) => unit.id)).toEqual([code]);
  });
});

describe('topology', () => {
  it('shares arcs between neighbours, e.g. Almaty city and Almaty Region', () => {
    const almatyRegion = arcsOf(geometryOf('KZ-19'));
    const shared = [...arcsOf(geometryOf('KZ-75'))].filter((arc) => almatyRegion.has(arc));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('has internal borders', () => {
    const borders = mesh(kzTopology, kzTopology.objects.regions, (a, b) => a !== b);
    expect(borders.coordinates.length).toBeGreaterThan(0);
  });

  it('keeps Almaty city (about 700 km²) as a polygon filling a hole of Almaty Region', () => {
    const almatyRegionHoles = ringsOf(geometryOf('KZ-19')).flatMap(([, ...holes]) => holes);
    const cityOutlines = ringsOf(geometryOf('KZ-75')).map(([outline]) => outline ?? []);
    const filledHoles = cityOutlines.filter((outline) =>
      almatyRegionHoles.some((hole) => hole.map((arc) => ~arc).join() === [...outline].reverse().join()),
    );
    expect(filledHoles.length).toBeGreaterThan(0);
    expect(areaKm2('KZ-75')).toBeGreaterThan(650);
    expect(areaKm2('KZ-75')).toBeLessThan(750);
  });
});

describe('the committed file', () => {
  it('fits the budget of 60 KB raw and 25 KB gzip', () => {
    expect(Buffer.byteLength(committedTopology)).toBeLessThanOrEqual(60_000);
    expect(gzipSync(committedTopology).length).toBeLessThanOrEqual(25_000);
  });

  it('is what scripts/build-geometry.ts builds from shared/geo, byte for byte, and so is its notice', async () => {
    const built = await buildGeometry(sharedGeoDir);
    expect(built.topology === committedTopology, 'run npx tsx scripts/build-geometry.ts').toBe(true);
    expect(built.notice).toBe(readFileSync(resolve(projectDir, outputPaths.notice), 'utf8'));
  }, 30_000);

  it('credits the source as shared/geo/ATTRIBUTION.md words it', () => {
    expect(sharedAttributionQuotes()).toEqual([geometryAttribution, geometryCredit]);
  });
});
