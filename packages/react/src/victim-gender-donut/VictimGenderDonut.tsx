import { type VictimBreakdownMessages, victimBreakdownTexts } from '@kz-trafficking/core/victim-breakdown';
import { useId } from 'react';
import { Pie, PieChart, type PieSectorShapeProps, Sector } from 'recharts';
import { type ChartDefinition, ChartShell } from '../frame/ChartShell.js';
import { clamp } from '../marks/geometry.js';
import { Hatch } from '../marks/Hatch.js';
import { Mark } from '../marks/Mark.js';
import { type DrawingProps, MarkLayer } from '../marks/MarkLayer.js';
import { markListProps } from '../marks/MarksContext.js';
import { useRechartsItemIds } from '../marks/rechartsItemId.js';
import { TextLines } from '../marks/TextLines.js';
import { computeVictimBreakdown, type DonutData, type DonutSlice, type VictimGenderDonutProps } from './compute.js';
import { aspectRatio, paddingAngle, sliceFills, swatchSize, totalFontSize } from './defaults.js';
import { type DonutGeometry, donutGeometry } from './geometry.js';

export type { VictimGenderDonutProps } from './compute.js';

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

function DonutChart({ model, size, context }: DrawingProps<DonutData>) {
  const itemId = useRechartsItemIds('pie');
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
        <Hatch
          id={patternId}
          spacing={6}
          background="var(--kzt-context)"
          stroke="var(--kzt-background)"
          strokeWidth={1.5}
          opacity={0.6}
        />
      </defs>
      <Pie
        id={itemId('slices')}
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
        onAnimationEnd={context.onAnimationEnd}
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
}

const definition: ChartDefinition<VictimGenderDonutProps, DonutData, VictimBreakdownMessages> = {
  name: 'VictimGenderDonut',
  texts: victimBreakdownTexts,
  placeholderBox: { aspectRatio },
  fallbackTitle: (messages, props) =>
    props.breakdown === 'citizenship' ? messages.victimBreakdown.titleCitizenship : messages.victimBreakdown.titleSex,
  compute: computeVictimBreakdown,
  render: (model, size, context) => (
    <MarkLayer
      drawing={DonutChart}
      labels={model.data.slices.map((slice) => slice.label)}
      model={model}
      size={size}
      context={context}
    />
  ),
  embed: (props) => (props.data ? null : { chart: 'victim-gender-donut', options: { breakdown: props.breakdown } }),
};

/**
 * Victims of trafficking-related crimes in 2025 as a donut, by sex (default) or by citizenship,
 * with the total in the centre and each group's count and share written beside its slice.
 */
export function VictimGenderDonut(props: VictimGenderDonutProps) {
  return <ChartShell definition={definition} props={props} />;
}
