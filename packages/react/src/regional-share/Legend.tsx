import type { Rect } from '../marks/geometry.js';
import { keySwatch } from './defaults.js';
import type { LegendLayout } from './legendLayout.js';
import type { PatternIds } from './MapPatterns.js';

/** The legend, drawn where the layout put it; hidden from assistive technology (the notes and table say the same). */
export function Legend({
  rect,
  legend,
  ids,
  fontSize,
}: {
  rect: Rect;
  legend: LegendLayout;
  ids: PatternIds;
  fontSize: number;
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> is not focusable; the legend repeats the notes and table.
    <g aria-hidden="true" transform={`translate(${rect.x},${rect.y})`}>
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
