'use client';
import { type RegionalShareMessages, regionalShareCatalogues } from '@kz-trafficking/core/regional-share';
import { type CSSProperties, type ReactNode, useId, useMemo } from 'react';
import { type ChartDefinition, ChartShell } from '../frame/ChartShell.js';
import type { BoxSize, ChartModel } from '../frame/types.js';
import { Mark } from '../marks/Mark.js';
import { type Anchor, MarksContext, markListProps, useMarksApi } from '../marks/MarksContext.js';
import { MarkTooltip } from '../marks/MarkTooltip.js';
import { useMarks } from '../marks/useMarks.js';
import { linesWidth, textWidth, wrapText } from '../marks/wrapText.js';
import { computeRegionalShare, type RegionalShareData, type RegionalShareProps, type RegionalUnit } from './compute.js';
import { fontSize as fontSizes, keySwatch, lineHeight, narrowWidth, smallUnit, swatch } from './defaults.js';
import { type MapLayout, mapLayout, type Point, type ProjectedMap, projectMap, type Rect } from './projection.js';

export type { RegionalShareProps } from './compute.js';

const halo: CSSProperties = {
  stroke: 'var(--kzt-background)',
  strokeWidth: 3,
  strokeLinejoin: 'round',
};

/** Ids of the SVG patterns, unique per chart. */
interface PatternIds {
  noData: string;
  remainder: string;
}

/** One positioned text of the legend. */
interface LegendText {
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  muted?: boolean;
  bold?: boolean;
}

interface LegendLayout {
  height: number;
  texts: LegendText[];
  swatches: { x: number; y: number; width: number; height: number; opacity: number }[];
  keys: { y: number; kind: 'remainder' | 'noData' }[];
}

/** The legend at `width`: title, share scale with ticks, then the remainder and no-data entries. */
function legendLayout(data: RegionalShareData, width: number, fontSize: number): LegendLayout {
  const line = fontSize * lineHeight;
  const texts: LegendText[] = [];
  let y = 0;
  for (const text of wrapText(data.texts.legend, width, fontSize)) {
    y += line;
    texts.push({ x: 0, y: y - fontSize * 0.25, text, bold: true });
  }
  y += 4;
  const count = data.classes.length;
  // The end tick's number sits on the scale's end and its percent sign runs on past it.
  const endNumber = textWidth(data.scaleEnd.replace(/[^\d]/g, ''), fontSize);
  const overhang = Math.max(textWidth(data.scaleEnd, fontSize) - endNumber / 2, 0);
  const swatchWidth = Math.min(swatch.width, Math.floor((width - overhang) / count));
  const swatches = data.classes.map((step, index) => ({
    x: index * swatchWidth,
    y,
    width: swatchWidth,
    height: swatch.height,
    opacity: step.opacity,
  }));
  const tickY = y + swatch.height + fontSize + 2;
  data.classes.forEach((step, index) => {
    texts.push({
      x: index * swatchWidth,
      y: tickY,
      text: step.from,
      anchor: index === 0 ? 'start' : 'middle',
      muted: true,
    });
  });
  texts.push({ x: count * swatchWidth - endNumber / 2, y: tickY, text: data.scaleEnd, muted: true });
  y = tickY + fontSize * 0.5;
  const keys: LegendLayout['keys'] = [];
  const entry = (text: string, kind: 'remainder' | 'noData') => {
    y += 6;
    const lines = wrapText(text, width - keySwatch - 6, fontSize);
    keys.push({ y: y + (line - keySwatch) / 2, kind });
    for (const [index, text] of lines.entries()) {
      texts.push({ x: keySwatch + 6, y: y + line * (index + 1) - fontSize * 0.25, text });
    }
    y += line * lines.length;
  };
  if (data.remainder) entry(data.remainder.label, 'remainder');
  if (data.hasNoData) entry(data.texts.noData, 'noData');
  return { height: Math.ceil(y + 2), texts, swatches, keys };
}

const captionPadding = 4;

/** The inset's caption, wrapped to the inset's width. */
function insetCaption(data: RegionalShareData, width: number, fontSize: number): string[] {
  return wrapText(data.texts.inset, width - 12, fontSize - 1);
}

function insetCaptionHeight(data: RegionalShareData, width: number, fontSize: number): number {
  return Math.ceil(insetCaption(data, width, fontSize).length * (fontSize - 1) * lineHeight + 2 * captionPadding);
}

function Patterns({ ids }: { ids: PatternIds }) {
  return (
    <defs>
      {/* No data: a light dotted fill, unlike both zero (the lightest class) and the remainder's stripes. */}
      <pattern id={ids.noData} width={6} height={6} patternUnits="userSpaceOnUse">
        <circle cx={3} cy={3} r={0.9} style={{ fill: 'var(--kzt-context)' }} />
      </pattern>
      {/* The remainder, not broken down by unit: neutral diagonal stripes. */}
      <pattern id={ids.remainder} width={5} height={5} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1={0} y1={0} x2={0} y2={5} style={{ stroke: 'var(--kzt-unknown-hatch)', strokeWidth: 1.6 }} />
      </pattern>
    </defs>
  );
}

function unitStyle(unit: RegionalUnit, data: RegionalShareData, ids: PatternIds): CSSProperties {
  const base = { stroke: 'var(--kzt-context)', strokeWidth: 0.6, strokeLinejoin: 'round' as const };
  if (unit.step === null) return { ...base, fill: `url(#${ids.noData})` };
  return { ...base, fill: 'var(--kzt-accent)', fillOpacity: data.classes[unit.step]?.opacity ?? 1 };
}

function Label({
  at,
  lines,
  anchor,
  fontSize,
  bold,
}: {
  at: Point;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  fontSize: number;
  bold: boolean;
}) {
  const line = fontSize * lineHeight;
  const top = at[1] - ((lines.length - 1) * line) / 2;
  return (
    <text
      x={at[0]}
      textAnchor={anchor}
      paintOrder="stroke"
      style={{ ...halo, fill: 'var(--kzt-text)', fontSize, fontWeight: bold ? 700 : 400, pointerEvents: 'none' }}
    >
      {lines.map((text, index) => (
        <tspan key={text} x={at[0]} y={top + index * line} dominantBaseline="central">
          {text}
        </tspan>
      ))}
    </text>
  );
}

interface LabelSpec {
  key: string;
  at: Point;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  bold: boolean;
}

function labelBox(label: LabelSpec, fontSize: number): Rect {
  const width = linesWidth(label.lines, fontSize);
  const height = label.lines.length * fontSize * lineHeight;
  const x =
    label.anchor === 'start' ? label.at[0] : label.anchor === 'end' ? label.at[0] - width : label.at[0] - width / 2;
  return { x, y: label.at[1] - height / 2, width, height };
}

function overlapping(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Labels nudged up or down, one line at a time, until they clear the labels placed before them
 * (highlighted units and larger shares first); a label with no free place nearby stays where it was.
 */
function placeLabels(labels: readonly LabelSpec[], fontSize: number, bounds: Rect): LabelSpec[] {
  const step = fontSize * lineHeight * 0.75;
  const placed: Rect[] = [];
  return labels.map((label) => {
    for (const shift of [0, 1, -1, 2, -2, 3, -3]) {
      const moved = { ...label, at: [label.at[0], label.at[1] + shift * step] as Point };
      const box = labelBox(moved, fontSize);
      const inside = box.y >= bounds.y && box.y + box.height <= bounds.y + bounds.height;
      if (inside && !placed.some((other) => overlapping(other, box))) {
        placed.push(box);
        return moved;
      }
    }
    placed.push(labelBox(label, fontSize));
    return label;
  });
}

/** The direct labels of the units with data on the main map (units in the inset are labelled there). */
function mainLabels(
  units: readonly RegionalUnit[],
  map: ProjectedMap,
  layout: MapLayout,
  fontSize: number,
): ReactNode[] {
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
  const share = (key: string) => units.find((unit) => unit.code === key)?.share ?? 0;
  const order = [...specs].sort((a, b) => Number(b.bold) - Number(a.bold) || share(b.key) - share(a.key));
  const area = { x: 0, y: 0, width: layout.width, height: layout.height };
  return placeLabels(order, fontSize, area).map((label) => (
    <Label
      key={label.key}
      at={label.at}
      lines={label.lines}
      anchor={label.anchor}
      fontSize={fontSize}
      bold={label.bold}
    />
  ));
}

/**
 * The label of a unit in the inset: on the unit where it fits, otherwise beside it, on the side with
 * more room, so that the label never hides the city it names.
 */
function InsetLabel({
  unit,
  shape,
  rect,
  fontSize,
}: {
  unit: RegionalUnit;
  shape: { bounds: Rect; centroid: Point };
  rect: Rect;
  fontSize: number;
}) {
  const lines = [unit.name, unit.valueLabel ?? ''];
  const width = linesWidth(lines, fontSize);
  const height = lines.length * fontSize * lineHeight;
  const { bounds, centroid } = shape;
  const left = bounds.x - rect.x - 4;
  const right = rect.x + rect.width - (bounds.x + bounds.width) - 4;
  const inside = width <= bounds.width * 0.8 && height <= bounds.height * 0.6;
  if (inside || Math.max(left, right) < width + 4) {
    return <Label at={centroid} lines={lines} anchor="middle" fontSize={fontSize} bold={unit.highlighted} />;
  }
  const y = Math.min(Math.max(centroid[1], rect.y + height / 2 + 2), rect.y + rect.height - height / 2 - 2);
  return right >= width + 4 ? (
    <Label
      at={[bounds.x + bounds.width + 4, y]}
      lines={lines}
      anchor="start"
      fontSize={fontSize}
      bold={unit.highlighted}
    />
  ) : (
    <Label at={[bounds.x - 4, y]} lines={lines} anchor="end" fontSize={fontSize} bold={unit.highlighted} />
  );
}

/** A unit's copy in the inset: not a second option for assistive technology, but the same tooltip on hover and touch. */
function InsetUnit({
  unit,
  d,
  anchor,
  style,
}: {
  unit: RegionalUnit;
  d: string;
  anchor: Anchor;
  style: CSSProperties;
}) {
  const { activate, deactivate } = useMarksApi();
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a pointer-only copy of an option on the main map, which keyboards reach.
    <path
      d={d}
      fillRule="evenodd"
      data-kzt-code={unit.code}
      style={style}
      onMouseEnter={() => activate(unit.index, anchor)}
      onMouseLeave={() => deactivate(unit.index)}
      onPointerDown={(event) => {
        if (event.pointerType !== 'mouse') activate(unit.index, anchor);
      }}
    />
  );
}

function Legend({
  layout,
  legend,
  ids,
  fontSize,
}: {
  layout: Rect;
  legend: LegendLayout;
  ids: PatternIds;
  fontSize: number;
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> is not focusable; the legend repeats the notes and table.
    <g aria-hidden="true" transform={`translate(${layout.x},${layout.y})`}>
      {legend.swatches.map((box) => (
        <rect
          key={box.x}
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          style={{
            fill: 'var(--kzt-accent)',
            fillOpacity: box.opacity,
            stroke: 'var(--kzt-background)',
            strokeWidth: 1,
          }}
        />
      ))}
      {legend.keys.map((key) => (
        <rect
          key={key.kind}
          x={0.5}
          y={key.y + 0.5}
          width={keySwatch - 1}
          height={keySwatch - 1}
          style={{
            fill: `url(#${key.kind === 'remainder' ? ids.remainder : ids.noData})`,
            stroke: 'var(--kzt-text-muted)',
            strokeWidth: 1,
          }}
        />
      ))}
      {legend.texts.map((text) => (
        <text
          key={`${text.x},${text.y},${text.text}`}
          x={text.x}
          y={text.y}
          textAnchor={text.anchor ?? 'start'}
          style={{
            fill: text.muted ? 'var(--kzt-text-muted)' : 'var(--kzt-text)',
            fontSize,
            fontWeight: text.bold ? 700 : 400,
          }}
        >
          {text.text}
        </text>
      ))}
    </g>
  );
}

function Inset({
  data,
  layout,
  map,
  ids,
  fontSize,
  activeIndex,
}: {
  data: RegionalShareData;
  layout: MapLayout;
  map: ProjectedMap;
  ids: PatternIds;
  fontSize: number;
  activeIndex: number | null;
}) {
  const inset = layout.inset;
  if (!inset) return null;
  const { rect, caption, frame, leader } = inset;
  const shown = data.units.flatMap((unit) => {
    const shape = map.units.get(unit.code)?.inset;
    return shape ? [{ unit, shape }] : [];
  });
  const active = shown.find(({ unit }) => unit.index === activeIndex);
  const captionLines = insetCaption(data, rect.width, fontSize);
  const captionSize = fontSize - 1;
  return (
    <g className="kzt-inset" data-kzt-inset="">
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: nothing in the inset is focusable; its units are options on the main map. */}
      <g aria-hidden="true">
        <rect
          x={frame.x}
          y={frame.y}
          width={frame.width}
          height={frame.height}
          style={{ fill: 'none', stroke: 'var(--kzt-text)', strokeWidth: 1, pointerEvents: 'none' }}
        />
        {leader ? (
          <line
            x1={leader[0][0]}
            y1={leader[0][1]}
            x2={leader[1][0]}
            y2={leader[1][1]}
            style={{ stroke: 'var(--kzt-text)', strokeWidth: 1, pointerEvents: 'none' }}
          />
        ) : null}
        <rect
          x={caption.x}
          y={caption.y}
          width={caption.width}
          height={caption.height + rect.height}
          style={{ fill: 'var(--kzt-background)', stroke: 'none' }}
        />
        {shown.map(({ unit, shape }) => (
          <InsetUnit
            key={unit.code}
            unit={unit}
            d={shape.d}
            anchor={{ x: shape.centroid[0], y: shape.centroid[1] }}
            style={unitStyle(unit, data, ids)}
          />
        ))}
        {map.insetOutline ? (
          <path
            d={map.insetOutline}
            style={{ fill: 'none', stroke: 'var(--kzt-text-muted)', strokeWidth: 1, pointerEvents: 'none' }}
          />
        ) : null}
        {shown
          .filter(({ unit }) => unit.highlighted)
          .map(({ unit, shape }) => (
            <path
              key={unit.code}
              d={shape.d}
              fillRule="evenodd"
              style={{ fill: 'none', stroke: 'var(--kzt-text)', strokeWidth: 1.5, pointerEvents: 'none' }}
            />
          ))}
        {active ? (
          <path
            d={active.shape.d}
            fillRule="evenodd"
            style={{ fill: 'none', stroke: 'var(--kzt-focus)', strokeWidth: 3, pointerEvents: 'none' }}
          />
        ) : null}
        {shown.map(({ unit, shape }) =>
          unit.valueLabel !== null && map.units.get(unit.code)?.zoomed ? (
            <InsetLabel key={unit.code} unit={unit} shape={shape} rect={rect} fontSize={fontSize} />
          ) : null,
        )}
        {captionLines.map((text, index) => (
          <text
            // biome-ignore lint/suspicious/noArrayIndexKey: wrapped lines are positional; narrow, "Almaty" is two of them.
            key={index}
            x={caption.x + 6}
            y={caption.y + captionPadding + (index + 1) * captionSize * lineHeight - captionSize * 0.25}
            style={{ fill: 'var(--kzt-text-muted)', fontSize: captionSize }}
          >
            {text}
          </text>
        ))}
        <line
          x1={rect.x}
          y1={rect.y}
          x2={rect.x + rect.width}
          y2={rect.y}
          style={{ stroke: 'var(--kzt-grid)', strokeWidth: 1 }}
        />
        <rect
          x={caption.x}
          y={caption.y}
          width={caption.width}
          height={caption.height + rect.height}
          style={{ fill: 'none', stroke: 'var(--kzt-text)', strokeWidth: 1 }}
        />
      </g>
    </g>
  );
}

function MapView({ model, size }: { model: ChartModel<RegionalShareData>; size: BoxSize }) {
  const data = model.data;
  const { api, active } = useMarks(data.units.length);
  const reactId = useId();
  const ids = useMemo(() => {
    const base = `kzt-rs-${reactId.replace(/[^\w-]/g, '')}`;
    return { noData: `${base}-nodata`, remainder: `${base}-rest` };
  }, [reactId]);
  const fontSize = size.width < narrowWidth ? fontSizes.narrow : fontSizes.wide;
  const layout = useMemo(
    () =>
      mapLayout(size.width, size.height, {
        inset: data.inset,
        legendHeight: (width) => legendLayout(data, width, fontSize).height,
        insetCaptionHeight: (width) => insetCaptionHeight(data, width, fontSize),
      }),
    [size.width, size.height, data, fontSize],
  );
  const legend = useMemo(() => legendLayout(data, layout.legend.width, fontSize), [data, layout, fontSize]);
  const map = useMemo(() => projectMap(layout), [layout]);
  const activeUnit = api.activeIndex === null ? undefined : data.units[api.activeIndex];
  const activeShape = activeUnit ? map.units.get(activeUnit.code) : undefined;
  return (
    <MarksContext.Provider value={api}>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: the SVG is a listbox named by aria-label (a <title> would be a tooltip over the whole map). */}
      <svg
        width={size.width}
        height={size.height}
        viewBox={`0 0 ${size.width} ${size.height}`}
        {...markListProps(model.title)}
      >
        <Patterns ids={ids} />
        {data.units.map((unit) => {
          const shape = map.units.get(unit.code);
          if (!shape) return null;
          return (
            <Mark
              key={unit.code}
              index={unit.index}
              label={unit.tooltip}
              anchor={{ x: shape.centroid[0], y: shape.centroid[1] }}
            >
              <path
                className="kzt-mark-shape"
                d={shape.d}
                fillRule="evenodd"
                data-kzt-code={unit.code}
                style={unitStyle(unit, data, ids)}
              />
            </Mark>
          );
        })}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: outlines and labels only; each label repeats its option's name. */}
        <g aria-hidden="true" style={{ pointerEvents: 'none' }}>
          <path d={map.outline} style={{ fill: 'none', stroke: 'var(--kzt-text-muted)', strokeWidth: 1 }} />
          {data.units
            .filter((unit) => unit.highlighted)
            .map((unit) => (
              <path
                key={unit.code}
                d={map.units.get(unit.code)?.d}
                fillRule="evenodd"
                style={{ fill: 'none', stroke: 'var(--kzt-text)', strokeWidth: 1.25 }}
              />
            ))}
          {activeShape ? (
            <path
              d={activeShape.d}
              fillRule="evenodd"
              style={{ fill: 'none', stroke: 'var(--kzt-focus)', strokeWidth: 3 }}
            />
          ) : null}
          {mainLabels(data.units, map, layout, fontSize)}
        </g>
        <Legend layout={layout.legend} legend={legend} ids={ids} fontSize={fontSize} />
        <Inset data={data} layout={layout} map={map} ids={ids} fontSize={fontSize} activeIndex={api.activeIndex} />
      </svg>
      <MarkTooltip active={active} labels={data.units.map((unit) => unit.tooltip)} size={size} />
    </MarksContext.Provider>
  );
}

const definition: ChartDefinition<RegionalShareProps, RegionalShareData, RegionalShareMessages> = {
  name: 'RegionalShare',
  catalogues: regionalShareCatalogues,
  fallbackTitle: (messages) => messages.regionalShare.title,
  compute: computeRegionalShare,
  render: (model, size) => <MapView model={model} size={size} />,
  embed: (props) =>
    props.values || props.total !== undefined || props.inset !== undefined || props.remainderLabel !== undefined
      ? null
      : { chart: 'regional-share', options: { highlight: props.highlight } },
};

/**
 * A map of Kazakhstan's 20 first-level units (2022 layout) shaded by their share of a total, with an
 * inset zooming on Almaty city inside Almaty Region. Units without data are hatched as "no data"
 * (never zero), and the part of the total not broken down by unit is a legend entry of its own,
 * never spread over the map. Drawn with d3-geo (equal-area conic projection) — no Recharts.
 *
 * By default: registered Art. 135 cases (trafficking in minors) in 2025, Almaty city 26 of 31.
 */
export function RegionalShare(props: RegionalShareProps) {
  return <ChartShell definition={definition} props={props} />;
}
