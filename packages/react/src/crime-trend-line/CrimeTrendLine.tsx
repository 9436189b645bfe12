import { formatNumber } from '@kz-trafficking/core';
import { type CrimeTrendMessages, crimeTrendTexts } from '@kz-trafficking/core/crime-trend';
import { useId } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  type ScaleFunction,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts';
import { type ChartDefinition, ChartShell } from '../frame/ChartShell.js';
import type { BoxSize } from '../frame/types.js';
import { Hatch } from '../marks/Hatch.js';
import { Mark } from '../marks/Mark.js';
import { type DrawingProps, MarkLayer } from '../marks/MarkLayer.js';
import { markListProps } from '../marks/MarksContext.js';
import { useRechartsItemIds } from '../marks/rechartsItemId.js';
import { labelLineHeight as lineHeight, TextLines } from '../marks/TextLines.js';
import { linesWidth, wrapText } from '../marks/wrapText.js';
import {
  type CrimePoint,
  type CrimeTrendData,
  type CrimeTrendLineProps,
  computeCrimeTrend,
  valueTicksFor,
} from './compute.js';
import { aspectRatio, seriesStyle, valueTicks } from './defaults.js';
import { endLabelBlocks, gapRuns, type Layout, layoutFor, symbolPath } from './layout.js';

export type { CrimeTrendLineProps } from './compute.js';

/** The years with no published value: hatched bands with their labels, never crossed by a line. */
function GapBands({ data, layout }: { data: CrimeTrendData; layout: Layout }) {
  const patternId = useId();
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot || data.gaps.length === 0) return null;
  const { step, fontSize } = layout;
  const runs = gapRuns(data.years, data.gaps);
  return (
    <g className="kzt-gaps">
      <defs>
        <Hatch id={patternId} spacing={7} stroke="var(--kzt-unknown-hatch)" strokeWidth={1.25} />
      </defs>
      {runs.map((run) => {
        const first = run[0];
        const last = run[run.length - 1];
        const from = first ? xScale(first.year) : undefined;
        const to = last ? xScale(last.year) : undefined;
        if (!first || from === undefined || to === undefined) return null;
        const left = Math.max(plot.x, from - step / 2);
        const right = Math.min(plot.x + plot.width, to + step / 2);
        // One label per run, naming its years, kept inside the plot.
        const lines = run.flatMap((gap) => wrapText(`${gap.year}: ${gap.label}`, right - left - 10, fontSize));
        const width = linesWidth(lines, fontSize) + 8;
        const height = lines.length * fontSize * lineHeight + 6;
        const x = Math.min(Math.max((left + right) / 2, plot.x + width / 2), plot.x + plot.width - width / 2);
        return (
          <g key={first.year} data-kzt-gap={run.map((gap) => gap.year).join(' ')}>
            <rect
              x={left}
              y={plot.y}
              width={Math.max(0, right - left)}
              height={plot.height}
              style={{ fill: `url(#${patternId})`, opacity: 0.55 }}
            />
            <rect
              x={x - width / 2}
              y={plot.y + 4}
              width={width}
              height={height}
              rx={3}
              style={{ fill: 'var(--kzt-background)', opacity: 0.92 }}
            />
            <text className="kzt-gap-label" textAnchor="middle" style={{ fontSize, fill: 'var(--kzt-text-muted)' }}>
              <TextLines lines={lines} x={x} y={plot.y + 4 + fontSize} fontSize={fontSize} />
            </text>
          </g>
        );
      })}
    </g>
  );
}

function position(point: CrimePoint, xScale: ScaleFunction, yScale: ScaleFunction): { cx: number; cy: number } | null {
  const cx = xScale(point.year);
  const cy = yScale(point.value);
  return cx === undefined || cy === undefined ? null : { cx, cy };
}

/** A point mark for every known value: keyboard reachable, with its tooltip. */
function PointMarks({ points }: { points: readonly CrimePoint[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return (
    <g className="kzt-points">
      {points.map((point, index) => {
        const at = position(point, xScale, yScale);
        if (!at) return null;
        const { symbol, stroke } = seriesStyle[point.series];
        return (
          <Mark
            key={`${point.series}-${point.year}`}
            index={index}
            label={point.tooltip}
            anchor={{ x: at.cx, y: at.cy - 8, bottom: at.cy + 8 }}
          >
            <circle cx={at.cx} cy={at.cy} r={9} style={{ fill: 'none', pointerEvents: 'all' }} />
            <path d={symbolPath(symbol, at.cx, at.cy, 6)} style={{ fill: 'var(--kzt-background)' }} />
            <path className="kzt-mark-shape" d={symbolPath(symbol, at.cx, at.cy, 4.5)} style={{ fill: stroke }} />
          </Mark>
        );
      })}
    </g>
  );
}

/** The direct labels at the line ends: short series name and latest change. */
function EndLabels({ data, layout, size }: { data: CrimeTrendData; layout: Layout; size: BoxSize }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const x = plot.x + plot.width + 8;
  const maxWidth = size.width - x - 4;
  // Right of the plot there is no axis: labels may use the full height of the box.
  const top = plot.y;
  const bottom = size.height - 4;
  const ends = data.lines.flatMap((line) => {
    const at = line.last ? position(line.last, xScale, yScale) : null;
    return line.last && at ? [{ line, last: line.last, ...at }] : [];
  });
  const { fontSize, blocks } = endLabelBlocks(ends, { maxWidth, top, bottom, fontSize: layout.fontSize });
  return (
    <g className="kzt-end-labels">
      {blocks.map((block) => {
        const style = seriesStyle[block.line.key];
        const anchorY = Math.min(Math.max(block.cy, block.top + fontSize / 2), block.top + block.height - fontSize / 2);
        return (
          <g key={block.line.key} data-kzt-series={block.line.key}>
            <line
              x1={block.cx + 8}
              y1={block.cy}
              x2={x - 3}
              y2={anchorY}
              style={{ stroke: style.stroke, strokeWidth: 1, strokeDasharray: style.dash }}
            />
            <text
              className="kzt-end-label"
              style={{ fontSize, fill: style.text, fontWeight: block.line.key === 'total' ? 700 : 400 }}
            >
              <TextLines lines={block.lines} x={x} y={block.top + fontSize * 0.85} fontSize={fontSize} />
            </text>
          </g>
        );
      })}
    </g>
  );
}

function TrendChart({ model, size, context }: DrawingProps<CrimeTrendData>) {
  const itemId = useRechartsItemIds('line');
  const data = model.data;
  const { width, height } = size;
  const { locale } = context.messages;
  const layout = layoutFor(size, data.years.length);
  const tickText = { style: { fontSize: layout.fontSize, fill: 'var(--kzt-text-muted)' } };
  const ticks = valueTicksFor(data.points, layout.narrow ? valueTicks.narrow : valueTicks.wide);
  return (
    <LineChart
      width={width}
      height={height}
      data={[...data.trend.rows]}
      margin={layout.margin}
      accessibilityLayer={false}
      data-kzt-layout={layout.narrow ? 'narrow' : 'wide'}
      {...markListProps(model.title)}
    >
      <CartesianGrid vertical={false} />
      <XAxis
        dataKey="year"
        type="category"
        interval={layout.yearInterval}
        padding={{ left: layout.step / 2, right: layout.step / 2 }}
        tickLine={false}
        tick={tickText}
      />
      <YAxis
        type="number"
        domain={[0, ticks[ticks.length - 1] ?? 'auto']}
        ticks={ticks}
        width={layout.axisWidth}
        tickLine={false}
        axisLine={false}
        tick={tickText}
        tickFormatter={(value: number) => formatNumber(value, locale)}
      />
      {/* The layers are always mounted: Recharts registers a z-index layer only on mount. The lines
          and the marks over them are drawn in the chart's own layer (zIndex 0), in this order, not in
          z-index portals: the portals are focusable (see useListboxSemantics); the gaps lie under it. */}
      <ZIndexLayer zIndex={-50}>
        <GapBands data={data} layout={layout} />
      </ZIndexLayer>
      {data.lines.map((line) => {
        const style = seriesStyle[line.key];
        return (
          <Line
            key={line.key}
            id={itemId(line.key)}
            className={`kzt-line kzt-line-${line.key}`}
            type="linear"
            dataKey={line.key}
            name={line.name}
            connectNulls={false}
            dot={false}
            activeDot={false}
            zIndex={0}
            isAnimationActive={context.animate}
            onAnimationEnd={context.onAnimationEnd}
            strokeWidth={style.width}
            strokeDasharray={style.dash}
            style={{ stroke: style.stroke }}
          />
        );
      })}
      <PointMarks points={data.points} />
      <ZIndexLayer zIndex={2000}>
        <EndLabels data={data} layout={layout} size={size} />
      </ZIndexLayer>
    </LineChart>
  );
}

const definition: ChartDefinition<CrimeTrendLineProps, CrimeTrendData, CrimeTrendMessages> = {
  name: 'CrimeTrendLine',
  texts: crimeTrendTexts,
  placeholderBox: { aspectRatio },
  fallbackTitle: (messages) => messages.crimeTrend.title,
  compute: computeCrimeTrend,
  render: (model, size, context) => (
    <MarkLayer
      drawing={TrendChart}
      labels={model.data.points.map((point) => point.tooltip)}
      model={model}
      size={size}
      context={context}
    />
  ),
  embed: (props) => (props.data ? null : { chart: 'crime-trend-line', options: { series: props.series } }),
};

/**
 * Registered trafficking-related offences by year: all nine articles, Art. 128 and Art. 135, each
 * labelled at its end with the latest change. Unpublished years are hatched, labelled gaps that no
 * line crosses.
 */
export function CrimeTrendLine(props: CrimeTrendLineProps) {
  return <ChartShell definition={definition} props={props} />;
}
