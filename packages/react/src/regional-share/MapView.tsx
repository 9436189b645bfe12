import { useId, useMemo } from 'react';
import { Mark } from '../marks/Mark.js';
import type { DrawingProps } from '../marks/MarkLayer.js';
import { markListProps } from '../marks/MarksContext.js';
import { ActiveOutline } from './ActiveOutline.js';
import type { RegionalShareData } from './compute.js';
import { fontSize as fontSizes, narrowWidth } from './defaults.js';
import { Inset } from './Inset.js';
import { insetCaptionHeight } from './insetCaption.js';
import { Legend } from './Legend.js';
import { mainLabels } from './labelLayout.js';
import { legendLayout } from './legendLayout.js';
import { MapLabel } from './MapLabel.js';
import { outlineStyles, Patterns, unitStyle } from './MapPatterns.js';
import { mapLayout, projectMap } from './projection.js';

/** The map's drawing: the units as options, their outlines and labels, the legend and the inset. */
export function MapView({ model, size }: DrawingProps<RegionalShareData>) {
  const data = model.data;
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
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: the SVG is a listbox named by aria-label (a <title> would be a tooltip over the whole map).
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
        <path d={map.outline} style={outlineStyles.border} />
        {data.units
          .filter((unit) => unit.highlighted)
          .map((unit) => (
            <path key={unit.code} d={map.units.get(unit.code)?.d} fillRule="evenodd" style={outlineStyles.highlight} />
          ))}
        <ActiveOutline units={data.units} pathOf={(unit) => map.units.get(unit.code)?.d} />
        {mainLabels(data.units, map, layout, fontSize).map((label) => (
          <MapLabel key={label.key} label={label} fontSize={fontSize} />
        ))}
      </g>
      <Legend rect={layout.legend} legend={legend} ids={ids} fontSize={fontSize} />
      <Inset data={data} layout={layout} map={map} ids={ids} fontSize={fontSize} />
    </svg>
  );
}
