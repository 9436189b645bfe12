// Where the map's direct labels go: pure, tested on its own. Values on the large regions; name and
// value beside the small units (cities); in the inset, on the unit or beside it.
import type { Point, Rect } from '../marks/geometry.js';
import { separateLabels } from '../marks/separateLabels.js';
import { labelLineHeight as lineHeight } from '../marks/TextLines.js';
import { linesWidth } from '../marks/wrapText.js';
import type { RegionalUnit } from './compute.js';
import { smallUnit } from './defaults.js';
import type { MapLayout, ProjectedMap } from './projection.js';

/** A label's lines, centred vertically on `at` and aligned to it as `anchor` says. */
export interface LabelSpec {
  key: string;
  at: Point;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  bold: boolean;
}

/** The box a label takes, from the text-width estimate. */
export function labelBox(label: LabelSpec, fontSize: number): Rect {
  const width = linesWidth(label.lines, fontSize);
  const height = label.lines.length * fontSize * lineHeight;
  const x =
    label.anchor === 'start' ? label.at[0] : label.anchor === 'end' ? label.at[0] - width : label.at[0] - width / 2;
  return { x, y: label.at[1] - height / 2, width, height };
}

/** Labels moved up or down, where they would overlap, until none does, inside `bounds`. */
export function placeLabels(labels: readonly LabelSpec[], fontSize: number, bounds: Rect): LabelSpec[] {
  const boxes = labels.map((label) => labelBox(label, fontSize));
  const tops = separateLabels(boxes, { top: bounds.y, bottom: bounds.y + bounds.height }, 0);
  return labels.map((label, index) => {
    const shift = (tops[index] ?? 0) - (boxes[index]?.y ?? 0);
    return shift === 0 ? label : { ...label, at: [label.at[0], label.at[1] + shift] };
  });
}

/** The direct labels of the units with data on the main map (units in the inset are labelled there). */
export function mainLabels(
  units: readonly RegionalUnit[],
  map: ProjectedMap,
  layout: MapLayout,
  fontSize: number,
): LabelSpec[] {
  const specs = units.flatMap((unit): LabelSpec[] => {
    const shape = map.units.get(unit.code);
    if (!shape || unit.valueLabel === null || unit.share === null || shape.zoomed) return [];
    const big = unit.type === 'region' && Math.max(shape.bounds.width, shape.bounds.height) >= smallUnit;
    if (big) {
      return [
        { key: unit.code, at: shape.centroid, lines: [unit.valueLabel], anchor: 'middle', bold: unit.highlighted },
      ];
    }
    // Small units (cities) are labelled beside their shape, with their name.
    const lines = [unit.name, unit.valueLabel];
    const right = shape.bounds.x + shape.bounds.width + 4;
    const fits = right + linesWidth(lines, fontSize) <= layout.width - layout.margin;
    const y = shape.bounds.y + shape.bounds.height / 2;
    return [
      {
        key: unit.code,
        at: fits ? [right, y] : [shape.bounds.x - 4, y],
        lines,
        anchor: fits ? 'start' : 'end',
        bold: unit.highlighted,
      },
    ];
  });
  return placeLabels(specs, fontSize, { x: 0, y: 0, width: layout.width, height: layout.height });
}

/**
 * The label of a unit in the inset: on the unit where it fits, otherwise beside it, on the side with
 * more room, so that the label never hides the city it names.
 */
export function insetLabel(
  unit: RegionalUnit,
  shape: { bounds: Rect; centroid: Point },
  rect: Rect,
  fontSize: number,
): LabelSpec {
  const lines = [unit.name, unit.valueLabel ?? ''];
  const width = linesWidth(lines, fontSize);
  const height = lines.length * fontSize * lineHeight;
  const { bounds, centroid } = shape;
  const left = bounds.x - rect.x - 4;
  const right = rect.x + rect.width - (bounds.x + bounds.width) - 4;
  const inside = width <= bounds.width * 0.8 && height <= bounds.height * 0.6;
  const spec = { key: unit.code, lines, bold: unit.highlighted };
  if (inside || Math.max(left, right) < width + 4) return { ...spec, at: centroid, anchor: 'middle' };
  const y = Math.min(Math.max(centroid[1], rect.y + height / 2 + 2), rect.y + rect.height - height / 2 - 2);
  return right >= width + 4
    ? { ...spec, at: [bounds.x + bounds.width + 4, y], anchor: 'start' }
    : { ...spec, at: [bounds.x - 4, y], anchor: 'end' };
}
