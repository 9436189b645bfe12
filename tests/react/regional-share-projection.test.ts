import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aspectRatio, margin, narrowWidth } from '../../packages/react/src/regional-share/defaults.js';
import {
  contains,
  insetProjection,
  kzGeography,
  type MapLayout,
  mapLayout,
  projectedBounds,
  projectMap,
  type Rect,
} from '../../packages/react/src/regional-share/projection.js';

const sourceDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../packages/react/src/regional-share');
// Rounding of the projected bounds.
const epsilon = 1e-6;

function layoutAt(width: number, inset = true): MapLayout {
  return mapLayout(width, Math.round(width / aspectRatio), {
    inset,
    legendHeight: () => 100,
    insetCaptionHeight: () => 30,
  });
}

function expectInside(inner: Rect, outer: Rect): void {
  expect(inner.x).toBeGreaterThanOrEqual(outer.x - epsilon);
  expect(inner.y).toBeGreaterThanOrEqual(outer.y - epsilon);
  expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width + epsilon);
  expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height + epsilon);
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('the geometry', () => {
  it('has the 20 units, with ISO codes', () => {
    const { features } = kzGeography();
    expect(features).toHaveLength(20);
    expect(features.map((unit) => unit.id)).toContain('KZ-75');
  });
});

describe('mapLayout', () => {
  it.each([320, 768, 1200])('fits the whole country into a %i px box, inside the margins', (width) => {
    for (const inset of [true, false]) {
      const layout = layoutAt(width, inset);
      const m = width < narrowWidth ? margin.narrow : margin.wide;
      const bounds = projectedBounds(layout.projection, kzGeography().collection);
      expect(bounds.width).toBeGreaterThan(0);
      expectInside(bounds, { x: m, y: m, width: width - 2 * m, height: layout.height - 2 * m });
      expectInside(layout.legend, { x: m, y: m, width: width - 2 * m, height: layout.height - 2 * m });
      expect(overlap(layout.legend, bounds)).toBe(false);
    }
  });

  it.each([320, 768, 1200])('keeps the inset in the %i px box, never over the legend', (width) => {
    const layout = layoutAt(width);
    const m = width < narrowWidth ? margin.narrow : margin.wide;
    const inset = layout.inset;
    if (!inset) throw new Error('no inset');
    const outer = { ...inset.caption, height: inset.caption.height + inset.rect.height };
    expectInside(outer, { x: m, y: m, width: width - 2 * m, height: layout.height - 2 * m });
    expect(overlap(outer, layout.legend)).toBe(false);
    expect(inset.rect.height).toBeGreaterThanOrEqual(80);
  });

  it('puts the inset wholly below the map in a narrow box', () => {
    for (const width of [280, 320, 375, 479]) {
      const layout = layoutAt(width);
      expect(layout.narrow).toBe(true);
      expect(layout.inset?.caption.y).toBeGreaterThanOrEqual(layout.bounds.y + layout.bounds.height);
    }
  });

  it.each([480, 768, 1200])('keeps the inset clear of every unit in a wide %i px box', (width) => {
    const layout = layoutAt(width);
    const inset = layout.inset;
    if (!inset) throw new Error('no inset');
    const outer = { ...inset.caption, height: inset.caption.height + inset.rect.height };
    for (const unit of kzGeography().features) {
      expect(overlap(projectedBounds(layout.projection, unit), outer)).toBe(false);
    }
  });

  it('lets the inset reach up beside the map in a wide box', () => {
    const layout = layoutAt(768);
    const inset = layout.inset;
    if (!inset) throw new Error('no inset');
    expect(inset.caption.y).toBeLessThan(layout.bounds.y + layout.bounds.height);
  });

  it.each([320, 768, 1200])('shows all of Almaty city in the inset at %i px', (width) => {
    const inset = layoutAt(width).inset;
    if (!inset) throw new Error('no inset');
    const city = kzGeography().byCode.get('KZ-75');
    if (!city) throw new Error('no KZ-75');
    // Unclipped, so that a city running over the edge would show.
    const unclipped = insetProjection(inset.rect).clipExtent(null);
    const bounds = projectedBounds(unclipped, city);
    expectInside(bounds, inset.rect);
    expect(bounds.width * bounds.height).toBeGreaterThan(0.1 * inset.rect.width * inset.rect.height);
  });

  it('frames the zoomed area on the main map around the city and links it to the inset', () => {
    for (const width of [320, 768, 1200]) {
      const layout = layoutAt(width);
      const inset = layout.inset;
      const city = kzGeography().byCode.get('KZ-75');
      if (!inset || !city) throw new Error('no inset');
      expectInside(projectedBounds(layout.projection, city), inset.frame);
      expect(inset.leader).not.toBeNull();
      const [from, to] = inset.leader ?? [];
      if (!from || !to) throw new Error('no leader');
      expect(contains(inset.frame, from)).toBe(true);
      expect(contains({ ...inset.caption, height: inset.caption.height + inset.rect.height }, to)).toBe(true);
    }
  });

  it('gives the map the room left by a short box', () => {
    const layout = mapLayout(800, 300, { inset: true, legendHeight: () => 100, insetCaptionHeight: () => 30 });
    const inset = layout.inset;
    if (!inset) throw new Error('no inset');
    expect(overlap(layout.bounds, inset.rect)).toBe(false);
    expectInside(layout.bounds, { x: 8, y: 8, width: 784, height: 284 });
  });

  it('drops the inset from a box too short for its caption and a map', () => {
    // A Kazakh caption wrapped to a 65-pixel inset at 120 × 68 px (found by the fuzz test).
    const layout = mapLayout(120, 68, { inset: true, legendHeight: () => 60, insetCaptionHeight: () => 60 });
    expect(layout.inset).toBeNull();
    const map = projectMap(layout);
    expect([...map.units.values()].some((unit) => unit.zoomed)).toBe(false);
  });
});

describe('projectMap', () => {
  it('draws every unit and labels Almaty in the inset', () => {
    const map = projectMap(layoutAt(768));
    expect(map.units.size).toBe(20);
    for (const unit of map.units.values()) expect(unit.d).toMatch(/^M/);
    expect(map.units.get('KZ-75')?.zoomed).toBe(true);
    expect(map.units.get('KZ-19')?.zoomed).toBe(false);
    expect(map.units.get('KZ-75')?.inset?.d).toMatch(/^M/);
    expect(map.units.get('KZ-19')?.inset?.d).toMatch(/^M/);
    expect(map.units.get('KZ-27')?.inset).toBeNull();
    expect(map.outline).toMatch(/^M/);
  });

  it('has no inset shapes without the inset', () => {
    const map = projectMap(layoutAt(768, false));
    expect([...map.units.values()].every((unit) => unit.inset === null && !unit.zoomed)).toBe(true);
    expect(map.insetOutline).toBeNull();
  });
});

describe('the map entry point', () => {
  const imports = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
      (match) => match[1] ?? '',
    );

  it('does not import recharts', () => {
    const files = readdirSync(sourceDir).filter((file) => /\.tsx?$/.test(file));
    expect(files).toEqual(expect.arrayContaining(['index.ts', 'RegionalShare.tsx', 'projection.ts']));
    for (const file of files) {
      expect(imports(resolve(sourceDir, file)).filter((name) => name.startsWith('recharts'))).toEqual([]);
      expect(readFileSync(resolve(sourceDir, file), 'utf8')).not.toMatch(/['"]recharts/);
    }
  });

  it('reaches no recharts import through its relative imports either', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const name of imports(file)) {
        expect(name.startsWith('recharts'), `${file} imports ${name}`).toBe(false);
        if (!name.startsWith('.')) continue;
        const base = resolve(dirname(file), name.replace(/\.js$/, ''));
        const next = [`${base}.ts`, `${base}.tsx`].find((candidate) => {
          try {
            readFileSync(candidate);
            return true;
          } catch {
            return false;
          }
        });
        if (next) visit(next);
      }
    };
    visit(resolve(sourceDir, 'index.ts'));
    expect(seen.size).toBeGreaterThan(5);
  });
});
