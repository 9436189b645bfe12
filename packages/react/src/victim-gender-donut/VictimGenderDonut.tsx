import { type VictimsMessages, victimsCatalogues } from '@kz-trafficking/core/victim-breakdown';
import { memo, useId } from 'react';
import { Pie, PieChart, type PieSectorShapeProps, Sector } from 'recharts';
import type { BoxSize } from '../frame/ChartFrame.js';
import { type ChartDefinition, type ChartModel, ChartShell, type RenderContext } from '../frame/ChartShell.js';
import { Mark } from '../marks/Mark.js';
import { MarksContext, markListProps } from '../marks/MarksContext.js';
import { MarkTooltip } from '../marks/MarkTooltip.js';
import { sameDrawing } from '../marks/sameDrawing.js';
import { labelLineHeight, TextLines } from '../marks/TextLines.js';
import { useMarks } from '../marks/useMarks.js';
import { wrapText } from '../marks/wrapText.js';
import { computeVictimBreakdown, type DonutData, type DonutSlice, type VictimGenderDonutProps } from './compute.js';
import {
  innerRadiusShare,
  labelFontSize,
  labelSpace,
  labelSpaceShare,
  narrowWidth,
  paddingAngle,
  sliceFills,
  swatchSize,
  totalFontSize,
} from './defaults.js';

export type { VictimGenderDonutProps } from './compute.js';

const radian = Math.PI / 180;

/** Where a slice's direct label goes: beside the donut (wide) or in the list under it (narrow). */
interface SliceLabel {
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

interface DonutGeometry {
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

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
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

function sliceFill(index: number, patternId: string): string {
  return sliceFills[index % sliceFills.length] === 'accent' ? 'var(--kzt-accent)' : `url(#${patternId})`;
}

interface SliceMarkProps {
  slice: DonutSlice;
  shape: PieSectorShapeProps;
  geometry: DonutGeometry;
  fill: string;
}

function SliceMark({ slice, shape, geometry, fill }: SliceMarkProps) {
  const index = shape.index;
  const label = geometry.labels[index];
  const anchor = geometry.anchors[index] ?? { x: geometry.cx, y: geometry.cy };
  return (
    // The direct label sits beside the slice, not in its mark: a mark's accessible name is its
    // tooltip, and visible text inside it would have to match that name (WCAG 2.5.3).
    <g>
      <Mark index={index} label={slice.label} anchor={anchor}>
        <Sector
          className="kzt-mark-shape"
          cx={shape.cx}
          cy={shape.cy}
          innerRadius={shape.innerRadius}
          outerRadius={shape.outerRadius}
          startAngle={shape.startAngle}
          endAngle={shape.endAngle}
          stroke="none"
          style={{ fill }}
        />
      </Mark>
      {label ? (
        <g className="kzt-slice-label">
          {label.leader ? <line {...label.leader} style={{ stroke: 'var(--kzt-text-muted)', strokeWidth: 1 }} /> : null}
          {label.swatch ? (
            <rect x={label.swatch.x} y={label.swatch.y} width={swatchSize} height={swatchSize} style={{ fill }} />
          ) : null}
          <text textAnchor={label.anchor} style={{ fontSize: geometry.fontSize, fontWeight: index === 0 ? 700 : 400 }}>
            <TextLines lines={label.lines} x={label.x} y={label.y} fontSize={geometry.fontSize} />
          </text>
        </g>
      ) : null}
    </g>
  );
}

function CentreLabel({ data, geometry }: { data: DonutData; geometry: DonutGeometry }) {
  const size = clamp(geometry.innerRadius * 0.55, totalFontSize.min, totalFontSize.max);
  return (
    <g className="kzt-donut-total">
      <text
        x={geometry.cx}
        y={geometry.cy + size * 0.2}
        textAnchor="middle"
        style={{ fontSize: size, fontWeight: 700 }}
      >
        {data.total}
      </text>
      <text
        x={geometry.cx}
        y={geometry.cy + size * 0.2 + 16}
        textAnchor="middle"
        style={{ fontSize: 12, fill: 'var(--kzt-text-muted)' }}
      >
        {data.totalCaption}
      </text>
    </g>
  );
}

interface DonutProps {
  model: ChartModel<DonutData>;
  size: BoxSize;
  context: RenderContext;
}

/**
 * The drawing, which does not depend on which mark is active: memoised, it is not redrawn on hover
 * and focus (Recharts would redraw the sectors and replace the focused mark); only the marks, which
 * read the active state from the context, update.
 */
const DonutChart = memo(function DonutChart({ model, size, context }: DonutProps) {
  const data = model.data;
  const slices = data.slices;
  const patternId = useId();
  const geometry = donutGeometry(size, slices);
  const separated = slices.every((slice) => slice.count > 0);
  return (
    <PieChart
      width={size.width}
      height={size.height}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      accessibilityLayer={false}
      data-kzt-layout={geometry.narrow ? 'narrow' : 'wide'}
      {...markListProps(model.title)}
    >
      <defs>
        <pattern id={patternId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} style={{ fill: 'var(--kzt-context)' }} />
          <line
            x1={0}
            y1={0}
            x2={0}
            y2={6}
            style={{ stroke: 'var(--kzt-background)', strokeWidth: 1.5, opacity: 0.6 }}
          />
        </pattern>
      </defs>
      <Pie
        data={[...slices]}
        dataKey="count"
        nameKey="name"
        cx={geometry.cx}
        cy={geometry.cy}
        innerRadius={geometry.innerRadius}
        outerRadius={geometry.outerRadius}
        startAngle={90}
        endAngle={-270}
        paddingAngle={separated ? paddingAngle : 0}
        // The slices are drawn in the chart's own layer, not in a z-index portal: the portals are
        // focusable (see useListboxSemantics).
        zIndex={0}
        isAnimationActive={context.animate}
        label={false}
        labelLine={false}
        shape={(shape: PieSectorShapeProps) => {
          const slice = slices[shape.index];
          return slice ? (
            <SliceMark slice={slice} shape={shape} geometry={geometry} fill={sliceFill(shape.index, patternId)} />
          ) : (
            <g />
          );
        }}
      />
      <CentreLabel data={data} geometry={geometry} />
    </PieChart>
  );
}, sameDrawing);

function Donut({ model, size, context }: DonutProps) {
  const { api, active } = useMarks(model.data.slices.length);
  return (
    <MarksContext.Provider value={api}>
      <DonutChart model={model} size={size} context={context} />
      <MarkTooltip active={active} labels={model.data.slices.map((slice) => slice.label)} size={size} />
    </MarksContext.Provider>
  );
}

const definition: ChartDefinition<VictimGenderDonutProps, DonutData, VictimsMessages> = {
  name: 'VictimGenderDonut',
  catalogues: victimsCatalogues,
  fallbackTitle: (messages, props) =>
    props.breakdown === 'citizenship' ? messages.victims.titleCitizenship : messages.victims.titleSex,
  compute: computeVictimBreakdown,
  render: (model, size, context) => <Donut model={model} size={size} context={context} />,
  embed: (props) => (props.data ? null : { chart: 'victim-gender-donut', options: { breakdown: props.breakdown } }),
};

/**
 * Victims of trafficking-related crimes in 2025 as a donut, by sex (default) or by citizenship,
 * with the total in the centre and each group's count and share written beside its slice.
 */
export function VictimGenderDonut(props: VictimGenderDonutProps) {
  return <ChartShell definition={definition} props={props} />;
}
