import { describe, expect, it } from 'vitest';
import { catalogues } from '../../packages/core/src/i18n/catalogues.js';
import { computeVictimBreakdown } from '../../packages/react/src/victim-gender-donut/compute.js';
import { innerRadiusShare, narrowWidth } from '../../packages/react/src/victim-gender-donut/defaults.js';
import { donutGeometry } from '../../packages/react/src/victim-gender-donut/geometry.js';

const slices = computeVictimBreakdown({}, catalogues.en).data.slices;

describe('donutGeometry', () => {
  it('keeps the ring and every label inside the box, at any width', () => {
    for (const width of [280, 360, narrowWidth - 1, narrowWidth, 640, 1100]) {
      const size = { width, height: Math.round(width / 1.4) };
      const geometry = donutGeometry(size, slices);
      expect(geometry.narrow, `${width}`).toBe(width < narrowWidth);
      expect(geometry.innerRadius).toBeCloseTo(geometry.outerRadius * innerRadiusShare);
      expect(geometry.cx - geometry.outerRadius, `${width}`).toBeGreaterThanOrEqual(0);
      expect(geometry.cx + geometry.outerRadius, `${width}`).toBeLessThanOrEqual(width);
      expect(geometry.labels).toHaveLength(slices.length);
      for (const label of geometry.labels) {
        expect(label.lines.length, `${width}`).toBeGreaterThan(0);
        expect(label.x, `${width}`).toBeGreaterThanOrEqual(0);
        expect(label.x, `${width}`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('lists the labels under the donut with swatches when narrow, beside it with leaders when wide', () => {
    const narrow = donutGeometry({ width: 320, height: 400 }, slices);
    for (const label of narrow.labels) {
      expect(label.swatch).not.toBeNull();
      expect(label.leader).toBeNull();
      expect(label.y).toBeGreaterThan(narrow.cy + narrow.outerRadius);
    }
    const wide = donutGeometry({ width: 800, height: 560 }, slices);
    for (const label of wide.labels) {
      expect(label.leader).not.toBeNull();
      expect(label.swatch).toBeNull();
    }
    // The two slices of a two-group donut face each other: one label right, one left.
    expect(new Set(wide.labels.map((label) => label.anchor))).toEqual(new Set(['start', 'end']));
  });

  it('points each tooltip at the middle of its slice’s outer edge', () => {
    const geometry = donutGeometry({ width: 800, height: 560 }, slices);
    expect(geometry.anchors).toHaveLength(slices.length);
    for (const anchor of geometry.anchors) {
      const distance = Math.hypot(anchor.x - geometry.cx, anchor.y - geometry.cy);
      expect(distance).toBeCloseTo(geometry.outerRadius, 6);
    }
  });
});
