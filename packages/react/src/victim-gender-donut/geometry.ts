// The donut's pure geometry: centre, radii, where each slice's label and tooltip go, from the box
// size alone (no React, tested on its own).

import type { BoxSize } from '../frame/types.js';
import { clamp } from '../marks/geometry.js';
import { labelLineHeight } from '../marks/TextLines.js';
import { wrapText } from '../marks/wrapText.js';
import type { DonutSlice } from './compute.js';
import { innerRadiusShare, labelFontSize, labelSpace, labelSpaceShare, narrowWidth, swatchSize } from './defaults.js';

const radian = Math.PI / 180;

/** Where a slice's direct label goes: beside the donut (wide) or in the list under it (narrow). */
export interface SliceLabel {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'end';
  /** From the slice's edge to the label (wide layout). */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** The key swatch before the label (narrow layout). */
  swatch: { x: number; y: number } | null;
}

export interface DonutGeometry {
  narrow: boolean;
  fontSize: number;
  cx: number;
  cy: number;
  outerRadius: number;
  innerRadius: number;
  labels: SliceLabel[];
  /** Where the tooltip of each slice points: the middle of its outer edge. */
  anchors: { x: number; y: number }[];
}

/** Middle angle of each slice in Recharts' degrees (counter-clockwise from 3 o'clock), clockwise from 12 o'clock. */
function midAngles(slices: readonly DonutSlice[]): number[] {
  let start = 90;
  return slices.map((slice) => {
    const sweep = slice.share * 360;
    const mid = start - sweep / 2;
    start -= sweep;
    return mid;
  });
}

function polar(cx: number, cy: number, radius: number, angle: number): { x: number; y: number } {
  return { x: cx + Math.cos(-angle * radian) * radius, y: cy + Math.sin(-angle * radian) * radius };
}

/** The donut's centre and outer radius and each label's place, in one of the two layouts. */
interface Placement {
  cx: number;
  cy: number;
  outerRadius: number;
  labels: SliceLabel[];
}

/** Narrow: the labels form a list under the donut, each with a swatch of its slice's fill. */
function listPlacement(size: BoxSize, slices: readonly DonutSlice[], fontSize: number): Placement {
  const lineStep = fontSize * labelLineHeight;
  const textX = 4 + swatchSize + 8;
  // The first slice's label is bold (see SliceMark): it is measured as such.
  const wrapped = slices.map((slice, index) => wrapText(slice.label, size.width - textX - 4, fontSize, index === 0));
  const listHeight = wrapped.reduce((sum, lines) => sum + lines.length * lineStep + 6, 0);
  const outerRadius = Math.max(20, Math.min(size.width / 2 - 8, (size.height - listHeight - 16) / 2));
  const cy = 4 + outerRadius;
  let top = cy + outerRadius + 12;
  const labels = wrapped.map((lines): SliceLabel => {
    const label: SliceLabel = {
      lines,
      x: textX,
      y: top + fontSize * 0.85,
      anchor: 'start',
      leader: null,
      swatch: { x: 4, y: top + (fontSize * 0.85 - swatchSize) / 2 + 1 },
    };
    top += lines.length * lineStep + 6;
    return label;
  });
  return { cx: size.width / 2, cy, outerRadius, labels };
}

/** Wide: the labels sit beside the donut, left or right of it as the slice's middle points. */
function besidePlacement(
  size: BoxSize,
  slices: readonly DonutSlice[],
  fontSize: number,
  angles: readonly number[],
): Placement {
  const space = clamp(size.width * labelSpaceShare, labelSpace.min, labelSpace.max);
  const outerRadius = Math.max(20, Math.min(size.height / 2 - 16, size.width / 2 - space - 16));
  const cx = size.width / 2;
  const cy = size.height / 2;
  const labels = slices.map((slice, index): SliceLabel => {
    const angle = angles[index] ?? 0;
    const cos = Math.cos(angle * radian);
    const right = Math.abs(cos) > 1e-9 ? cos > 0 : index === 0;
    const edge = polar(cx, cy, outerRadius + 2, angle);
    const x = right ? cx + outerRadius + 16 : cx - outerRadius - 16;
    const available = right ? size.width - x - 4 : x - 4;
    const lines = wrapText(slice.label, available, fontSize, index === 0);
    const height = lines.length * fontSize * labelLineHeight;
    const top = clamp(edge.y - height / 2, 4, size.height - height - 4);
    return {
      lines,
      x,
      y: top + fontSize * 0.85,
      anchor: right ? 'start' : 'end',
      leader: {
        x1: edge.x,
        y1: edge.y,
        x2: right ? x - 4 : x + 4,
        y2: clamp(edge.y, top + fontSize / 2, top + height - fontSize / 2),
      },
      swatch: null,
    };
  });
  return { cx, cy, outerRadius, labels };
}

/** The donut's centre and radii and each label's place, from the box size alone. */
export function donutGeometry(size: BoxSize, slices: readonly DonutSlice[]): DonutGeometry {
  const narrow = size.width < narrowWidth;
  const fontSize = narrow ? labelFontSize.narrow : labelFontSize.wide;
  const angles = midAngles(slices);
  const { cx, cy, outerRadius, labels } = narrow
    ? listPlacement(size, slices, fontSize)
    : besidePlacement(size, slices, fontSize, angles);
  return {
    narrow,
    fontSize,
    cx,
    cy,
    outerRadius,
    innerRadius: outerRadius * innerRadiusShare,
    labels,
    anchors: angles.map((angle) => polar(cx, cy, outerRadius, angle)),
  };
}
