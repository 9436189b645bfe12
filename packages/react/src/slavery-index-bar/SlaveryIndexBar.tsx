import { formatNumber } from '@kz-trafficking/core';
import {
  defaultSlaveryIndexCountries,
  type SlaveryIndexMessages,
  slaveryIndexTexts,
} from '@kz-trafficking/core/slavery-index';
import { useCallback } from 'react';
import { Bar, BarChart, type BarShapeProps, CartesianGrid, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { type ChartDefinition, ChartShell } from '../frame/ChartShell.js';
import { Mark } from '../marks/Mark.js';
import { type DrawingProps, MarkLayer } from '../marks/MarkLayer.js';
import { markListProps } from '../marks/MarksContext.js';
import { useRechartsItemIds } from '../marks/rechartsItemId.js';
import { textWidth } from '../marks/wrapText.js';
import { computeSlaveryIndex, type SlaveryBar, type SlaveryIndexBarProps } from './compute.js';
import { axisHeight, narrowBarSize, narrowWidth, rowHeight } from './defaults.js';

export type { SlaveryIndexBarProps } from './compute.js';

/** Font size of the country names on the axis, in pixels (the charts' text size). */
const nameFontSize = 12;

function BarMark({ bar, shape, narrow }: { bar: SlaveryBar; shape: BarShapeProps; narrow: boolean }) {
  const { x = 0, y = 0, width = 0, height = 0 } = shape;
  const fill = bar.highlighted ? 'var(--kzt-accent)' : 'var(--kzt-context)';
  const weight = bar.highlighted ? 700 : 400;
  // The direct labels sit beside the mark, not in it: a mark's accessible name is its full tooltip,
  // and visible text inside it would have to be part of that name (WCAG 2.5.3).
  return (
    <g>
      <Mark index={shape.index} label={bar.tooltip} anchor={{ x: x + width, y, bottom: y + height }}>
        <rect className="kzt-mark-shape" x={x} y={y} width={Math.max(width, 1)} height={height} style={{ fill }} />
      </Mark>
      {narrow ? (
        <text x={x} y={y - 4} style={{ fontWeight: weight }}>
          {bar.label}
        </text>
      ) : null}
      <text x={x + width + 4} y={y + height / 2} dominantBaseline="central" style={{ fontWeight: weight }}>
        {bar.valueLabel}
      </text>
    </g>
  );
}

/** Below this largest value the axis runs from 0 to 1 (a value per 1,000 this small reads as 0). */
const smallestAxisEnd = 1e-6;

function Bars({ model, size, context }: DrawingProps<SlaveryBar[]>) {
  const itemId = useRechartsItemIds('bar');
  const bars = model.data;
  const narrow = size.width < narrowWidth;
  const { locale } = context.messages;
  // The highlighted country's name is bold, and measured as such.
  const longest = Math.max(...bars.map((bar) => textWidth(bar.label, nameFontSize, bar.highlighted)));
  const labelWidth = narrow ? 0 : Math.min(Math.round(size.width * 0.4), longest + 12);
  // Recharts' tick maths divides by the axis range: a largest value too small to tell from 0
  // (5e-324) would throw, so such values are drawn on an axis from 0 to 1.
  const largest = Math.max(0, ...bars.map((bar) => bar.prevalencePer1000));
  const axisEnd = largest < smallestAxisEnd ? 1 : 'auto';
  // Recharts treats a new shape or tick function as a new component and remounts the marks, which
  // would drop keyboard focus: both stay the same while the bars and the layout do.
  const renderBar = useCallback(
    (shape: BarShapeProps) => {
      const bar = bars[shape.index];
      return bar ? <BarMark bar={bar} shape={shape} narrow={narrow} /> : <g />;
    },
    [bars, narrow],
  );
  const renderTick = useCallback(
    ({ x, y, payload, index }: YAxisTickContentProps) => (
      <text
        x={x}
        y={y}
        textAnchor="end"
        dominantBaseline="central"
        className="recharts-cartesian-axis-tick-value"
        style={{ fontWeight: bars[index]?.highlighted ? 700 : 400 }}
      >
        {payload.value}
      </text>
    ),
    [bars],
  );
  return (
    <BarChart
      layout="vertical"
      width={size.width}
      height={size.height}
      data={bars}
      margin={{ top: narrow ? 16 : 4, right: 40, bottom: 4, left: 4 }}
      barCategoryGap="25%"
      barSize={narrow ? narrowBarSize : undefined}
      accessibilityLayer={false}
      {...markListProps(model.title)}
    >
      <CartesianGrid horizontal={false} />
      <XAxis
        type="number"
        domain={[0, axisEnd]}
        tickCount={narrow ? 3 : 5}
        tick={{ style: { fill: 'var(--kzt-text-muted)' } }}
        tickFormatter={(value: number) => formatNumber(value, locale)}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={labelWidth}
        hide={narrow}
        tickLine={false}
        interval={0}
        tick={renderTick}
      />
      {/* The marks are drawn in the chart's own layer (zIndex 0), not in a z-index portal: the portals are focusable (see useListboxSemantics). */}
      <Bar
        id={itemId('prevalence')}
        dataKey="prevalencePer1000"
        zIndex={0}
        isAnimationActive={context.animate}
        onAnimationEnd={context.onAnimationEnd}
        shape={renderBar}
      />
    </BarChart>
  );
}

const definition: ChartDefinition<SlaveryIndexBarProps, SlaveryBar[], SlaveryIndexMessages> = {
  name: 'SlaveryIndexBar',
  texts: slaveryIndexTexts,
  placeholderBox: { height: defaultSlaveryIndexCountries.length * rowHeight + axisHeight },
  fallbackTitle: (messages) => messages.slaveryIndex.title,
  compute: computeSlaveryIndex,
  render: (model, size, context) => (
    <MarkLayer
      drawing={Bars}
      labels={model.data.map((bar) => bar.tooltip)}
      model={model}
      size={size}
      context={context}
    />
  ),
  embed: (props) =>
    props.data || props.showCorrection === false
      ? null
      : { chart: 'slavery-index-bar', options: { countries: props.countries, highlight: props.highlight } },
};

/**
 * Horizontal bars of the Global Slavery Index 2023 prevalence (people per 1,000), highest first,
 * with Kazakhstan highlighted and the article's error corrected in a visible note.
 */
export function SlaveryIndexBar(props: SlaveryIndexBarProps) {
  return <ChartShell definition={definition} props={props} />;
}
