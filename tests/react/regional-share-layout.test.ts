import { describe, expect, it } from 'vitest';
import { catalogues } from '../../packages/core/src/i18n/catalogues.js';
import { overlaps } from '../../packages/react/src/marks/geometry.js';
import { computeRegionalShare } from '../../packages/react/src/regional-share/compute.js';
import { aspectRatio, fontSize } from '../../packages/react/src/regional-share/defaults.js';
import { insetCaption, insetCaptionHeight } from '../../packages/react/src/regional-share/insetCaption.js';
import { insetLabel, labelBox, mainLabels, placeLabels } from '../../packages/react/src/regional-share/labelLayout.js';
import { legendLayout } from '../../packages/react/src/regional-share/legendLayout.js';
import { mapLayout, projectMap } from '../../packages/react/src/regional-share/projection.js';

const data = computeRegionalShare({}, catalogues.en).data;

function layoutAt(width: number) {
  const size = fontSize.wide;
  return mapLayout(width, Math.round(width / aspectRatio), {
    inset: data.inset,
    legendHeight: (legendWidth) => legendLayout(data, legendWidth, size).height,
    insetCaptionHeight: (insetWidth) => insetCaptionHeight(data, insetWidth, size),
  });
}

describe('legendLayout', () => {
  it('lays the title, one swatch per share class, and the remainder and no-data keys within its width', () => {
    for (const width of [150, 240, 400]) {
      const legend = legendLayout(data, width, fontSize.wide);
      expect(legend.swatches).toHaveLength(data.classes.length);
      expect(legend.swatches.map((box) => box.opacity)).toEqual(data.classes.map((step) => step.opacity));
      const last = legend.swatches[legend.swatches.length - 1];
      expect(last ? last.x + last.width : 0, `${width}`).toBeLessThanOrEqual(width);
      expect(legend.keys.map((key) => key.kind)).toEqual([
        ...(data.remainder ? ['remainder'] : []),
        ...(data.hasNoData ? ['noData'] : []),
      ]);
      // Every text sits above the height the layout reserves.
      for (const text of legend.texts) expect(text.y, text.text).toBeLessThanOrEqual(legend.height);
    }
  });

  it('grows taller, not wider, when its title has to wrap', () => {
    expect(legendLayout(data, 120, fontSize.wide).height).toBeGreaterThan(
      legendLayout(data, 400, fontSize.wide).height,
    );
  });
});

describe('insetCaption', () => {
  it('wraps the caption to the inset and reserves its lines and padding', () => {
    const lines = insetCaption(data, 120, fontSize.wide);
    expect(lines.join(' ')).toBe(data.texts.inset.replace(/\s+/g, ' '));
    expect(insetCaptionHeight(data, 120, fontSize.wide)).toBeGreaterThanOrEqual(lines.length * (fontSize.wide - 1));
    expect(insetCaptionHeight(data, 120, fontSize.wide)).toBeGreaterThanOrEqual(
      insetCaptionHeight(data, 360, fontSize.wide),
    );
  });
});

describe('placeLabels', () => {
  const at = (y: number) => ({
    key: String(y),
    at: [100, y] as [number, number],
    lines: ['12 %'],
    anchor: 'middle' as const,
    bold: false,
  });

  it('moves labels that would overlap apart, around their places, and leaves free ones where they are', () => {
    const placed = placeLabels([at(100), at(102), at(300)], 12, { x: 0, y: 0, width: 400, height: 400 });
    expect(placed[2]?.at).toEqual([100, 300]);
    const [first, second] = placed.map((label) => labelBox(label, 12));
    expect(first && second && overlaps(first, second)).toBe(false);
    // Stacked in order around the middle of their two places.
    expect(((placed[0]?.at[1] ?? 0) + (placed[1]?.at[1] ?? 0)) / 2).toBeCloseTo(101);
    expect(placed[0]?.at[1]).toBeLessThan(placed[1]?.at[1] ?? 0);
  });

  it('keeps labels inside the bounds', () => {
    const placed = placeLabels([at(10), at(12)], 12, { x: 0, y: 0, width: 400, height: 400 });
    for (const label of placed) expect(labelBox(label, 12).y).toBeGreaterThanOrEqual(0);
  });
});

describe('the map’s labels', () => {
  it('labels every unit with data once, on the main map or in the inset, with no two main labels overlapping', () => {
    for (const width of [360, 640, 1100]) {
      const layout = layoutAt(width);
      const map = projectMap(layout);
      const labels = mainLabels(data.units, map, layout, fontSize.wide);
      const zoomed = data.units.filter((unit) => unit.valueLabel !== null && map.units.get(unit.code)?.zoomed);
      const labelled = new Set([...labels.map((label) => label.key), ...zoomed.map((unit) => unit.code)]);
      const withData = data.units.filter((unit) => unit.valueLabel !== null && unit.share !== null);
      expect([...labelled].sort(), `${width}`).toEqual(withData.map((unit) => unit.code).sort());
      const boxes = labels.map((label) => labelBox(label, fontSize.wide));
      for (const [index, box] of boxes.entries()) {
        for (const other of boxes.slice(index + 1)) expect(overlaps(box, other), `${width}`).toBe(false);
      }
    }
  });

  it('puts an inset label on its unit when it fits, else beside it without covering it', () => {
    const layout = layoutAt(640);
    const map = projectMap(layout);
    const rect = layout.inset?.rect;
    expect(rect).toBeDefined();
    for (const unit of data.units) {
      const shape = map.units.get(unit.code)?.inset;
      if (!shape || !rect || unit.valueLabel === null) continue;
      const label = insetLabel(unit, shape, rect, fontSize.wide);
      expect(label.lines).toEqual([unit.name, unit.valueLabel]);
      if (label.anchor !== 'middle') expect(overlaps(labelBox(label, fontSize.wide), shape.bounds)).toBe(false);
    }
  });
});
