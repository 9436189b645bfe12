'use client';
import { type RegionalShareMessages, regionalShareTexts } from '@kz-trafficking/core/regional-share';
import { type ChartDefinition, ChartShell } from '../frame/ChartShell.js';
import { MarkLayer } from '../marks/MarkLayer.js';
import { computeRegionalShare, type RegionalShareData, type RegionalShareProps } from './compute.js';
import { aspectRatio, serverWidth } from './defaults.js';
import { MapView } from './MapView.js';

export type { RegionalShareProps } from './compute.js';

const definition: ChartDefinition<RegionalShareProps, RegionalShareData, RegionalShareMessages> = {
  name: 'RegionalShare',
  texts: regionalShareTexts,
  placeholderBox: { aspectRatio },
  fallbackTitle: (messages) => messages.regionalShare.title,
  compute: computeRegionalShare,
  // Drawn with d3-geo during render: the server can draw it too.
  serverWidth,
  render: (model, size, context) => (
    <MarkLayer
      drawing={MapView}
      labels={model.data.units.map((unit) => unit.tooltip)}
      model={model}
      size={size}
      // The map's units do not animate: it is final as soon as it is drawn.
      context={{ ...context, animate: false }}
    />
  ),
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
