import type { CSSProperties } from 'react';
import type { Anchor } from '../marks/MarksContext.js';
import { useMarksApi } from '../marks/MarksContext.js';
import { labelLineHeight as lineHeight } from '../marks/TextLines.js';
import { ActiveOutline } from './ActiveOutline.js';
import type { RegionalShareData, RegionalUnit } from './compute.js';
import { captionPadding, insetCaption } from './insetCaption.js';
import { insetLabel } from './labelLayout.js';
import { MapLabel } from './MapLabel.js';
import { outlineStyles, type PatternIds, unitStyle } from './MapPatterns.js';
import type { MapLayout, ProjectedMap } from './projection.js';

const frameLine: CSSProperties = { stroke: 'var(--kzt-text)', strokeWidth: 1, pointerEvents: 'none' };

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

/** The inset on Almaty: its frame on the main map, the leader, the caption and the zoomed units with their labels. */
export function Inset({
  data,
  layout,
  map,
  ids,
  fontSize,
}: {
  data: RegionalShareData;
  layout: MapLayout;
  map: ProjectedMap;
  ids: PatternIds;
  fontSize: number;
}) {
  const inset = layout.inset;
  if (!inset) return null;
  const { rect, caption, frame, leader } = inset;
  const shown = data.units.flatMap((unit) => {
    const shape = map.units.get(unit.code)?.inset;
    return shape ? [{ unit, shape }] : [];
  });
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
          style={{ fill: 'none', ...frameLine }}
        />
        {leader ? (
          <line x1={leader[0][0]} y1={leader[0][1]} x2={leader[1][0]} y2={leader[1][1]} style={frameLine} />
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
          <path d={map.insetOutline} style={{ ...outlineStyles.border, pointerEvents: 'none' }} />
        ) : null}
        {shown
          .filter(({ unit }) => unit.highlighted)
          .map(({ unit, shape }) => (
            <path key={unit.code} d={shape.d} fillRule="evenodd" style={outlineStyles.insetHighlight} />
          ))}
        <ActiveOutline units={shown.map(({ unit }) => unit)} pathOf={(unit) => map.units.get(unit.code)?.inset?.d} />
        {shown.map(({ unit, shape }) =>
          unit.valueLabel !== null && map.units.get(unit.code)?.zoomed ? (
            <MapLabel key={unit.code} label={insetLabel(unit, shape, rect, fontSize)} fontSize={fontSize} />
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
