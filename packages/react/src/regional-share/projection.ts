// Pure geometry of the map: projections fitted to a box, the layout of map, legend and inset, and the
// projected shape of every unit. No React here, so that each step can be tested on its own.
import { type KzRegionProperties, kzTopology } from '@kz-trafficking/core/geo';
import {
  type ExtendedFeature,
  type GeoGeometryObjects,
  type GeoPermissibleObjects,
  type GeoProjection,
  geoConicEqualArea,
  geoPath,
} from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { clamp, overlaps, type Point, type Rect } from '../marks/geometry.js';
import {
  gap,
  insetCityShare,
  insetShare,
  insetWidth,
  margin as margins,
  maxInsetAspect,
  minInsetHeight,
  minZoomFrame,
  narrowWidth,
} from './defaults.js';

export type { Point, Rect } from '../marks/geometry.js';

type RegionsTopology = Topology<{ regions: GeometryCollection<KzRegionProperties> }>;

/** One unit's geometry as GeoJSON, with its ISO 3166-2 code. */
export type RegionFeature = ExtendedFeature<GeoGeometryObjects, KzRegionProperties> & { id: string };

interface Geography {
  /** All 20 units, in the topology's order. */
  features: readonly RegionFeature[];
  /** The units as one FeatureCollection, for fitting and bounds. */
  collection: GeoPermissibleObjects;
  /** The country's border (arcs used by one unit only). */
  outline: GeoPermissibleObjects;
  byCode: ReadonlyMap<string, RegionFeature>;
}

let geography: Geography | null = null;

/** The units and the country's border as GeoJSON, decoded from core's TopoJSON once, on first use. */
export function kzGeography(): Geography {
  if (geography) return geography;
  const topology = kzTopology as unknown as RegionsTopology;
  const collection = feature(topology, topology.objects.regions);
  const features: RegionFeature[] = collection.features.map((unit) => ({
    type: 'Feature',
    id: String(unit.id),
    properties: unit.properties,
    geometry: unit.geometry as GeoGeometryObjects,
  }));
  geography = {
    features,
    collection: collection as GeoPermissibleObjects,
    outline: mesh(topology, topology.objects.regions, (a, b) => a === b) as GeoPermissibleObjects,
    byCode: new Map(features.map((unit) => [unit.id, unit])),
  };
  return geography;
}

/** The projection for Kazakhstan: Albers-type equal-area conic, standard parallels 45° and 52° N, centred on 67° E. */
export function kzProjection(): GeoProjection {
  return geoConicEqualArea().parallels([45, 52]).rotate([-67, 0]);
}

function unitFeature(code: string): RegionFeature {
  const unit = kzGeography().byCode.get(code);
  if (!unit) throw new Error(`The map has no geometry for ${code}.`);
  return unit;
}

function toRect([[x0, y0], [x1, y1]]: [[number, number], [number, number]]): Rect {
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Projected bounds of `object` as a rectangle. */
export function projectedBounds(projection: GeoProjection, object: GeoPermissibleObjects): Rect {
  return toRect(geoPath(projection).bounds(object));
}

/** A projection that fits `object` into `box`, touching its top and centred across its width. */
export function fitTop(box: Rect, object: GeoPermissibleObjects): GeoProjection {
  const projection = kzProjection().fitExtent(
    [
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ],
    object,
  );
  const bounds = projectedBounds(projection, object);
  const [tx, ty] = projection.translate();
  return projection.translate([tx + box.x + (box.width - bounds.width) / 2 - bounds.x, ty + box.y - bounds.y]);
}

/** The point of `rect` nearest to `point` (the point itself if inside). */
export function nearestPoint(rect: Rect, point: Point): Point {
  return [clamp(point[0], rect.x, rect.x + rect.width), clamp(point[1], rect.y, rect.y + rect.height)];
}

function centre(rect: Rect): Point {
  return [rect.x + rect.width / 2, rect.y + rect.height / 2];
}

/** Whether `point` lies in `rect`. */
export function contains(rect: Rect, [x, y]: Point): boolean {
  return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
}

export interface InsetLayout {
  /** Where the inset's map is drawn. */
  rect: Rect;
  /** Where its caption goes, right above `rect`; the inset's border goes around both. */
  caption: Rect;
  /** The inset's projection, clipped to `rect`: Almaty city in the middle, Almaty Region around it. */
  projection: GeoProjection;
  /** The area the inset shows, outlined on the main map. */
  frame: Rect;
  /** From the frame on the main map to the inset; `null` when they touch. */
  leader: [Point, Point] | null;
}

export interface MapLayout {
  width: number;
  height: number;
  narrow: boolean;
  margin: number;
  /** The main map's projection. */
  projection: GeoProjection;
  /** Projected bounds of the whole country on the main map. */
  bounds: Rect;
  legend: Rect;
  /** `null` without the `inset` option, or when the box is too short for one. */
  inset: InsetLayout | null;
}

export interface MapLayoutOptions {
  /** Draw the inset on Almaty. */
  inset: boolean;
  /** The height the legend needs at a given width, in pixels. */
  legendHeight: (width: number) => number;
  /** The height the inset's caption needs at the inset's width, in pixels. */
  insetCaptionHeight: (width: number) => number;
}

/** The inset's projection: the city fills `insetCityShare` of the shorter side; clipped to `rect`. */
export function insetProjection(rect: Rect): GeoProjection {
  const pad = ((1 - insetCityShare) / 2) * Math.min(rect.width, rect.height);
  return kzProjection()
    .fitExtent(
      [
        [rect.x + pad, rect.y + pad],
        [rect.x + rect.width - pad, rect.y + rect.height - pad],
      ],
      unitFeature('KZ-75'),
    )
    .clipExtent([
      [rect.x, rect.y],
      [rect.x + rect.width, rect.y + rect.height],
    ]);
}

/** The area `rect` of the inset shows, as a rectangle on the main map (at least `minZoomFrame` across). */
function zoomFrame(main: GeoProjection, inset: GeoProjection, rect: Rect): Rect {
  const xs = [rect.x, rect.x + rect.width / 2, rect.x + rect.width];
  const ys = [rect.y, rect.y + rect.height / 2, rect.y + rect.height];
  const points = xs.flatMap((x) => ys.map((y) => inset.invert?.([x, y]) ?? null));
  const projected = points.flatMap((point) => {
    const xy = point ? main(point) : null;
    return xy ? [xy] : [];
  });
  const x0 = Math.min(...projected.map(([x]) => x));
  const x1 = Math.max(...projected.map(([x]) => x));
  const y0 = Math.min(...projected.map(([, y]) => y));
  const y1 = Math.max(...projected.map(([, y]) => y));
  const width = Math.max(x1 - x0, minZoomFrame);
  const height = Math.max(y1 - y0, minZoomFrame);
  return { x: (x0 + x1 - width) / 2, y: (y0 + y1 - height) / 2, width, height };
}

/**
 * Where the map, the legend and the inset go in a box of `width` × `height` pixels.
 *
 * Wide (≥ `narrowWidth`): the map is fitted to the width above a band as tall as the legend; the
 * legend sits in the lower left and the inset in the lower right, reaching up into the map's empty
 * corner (over Kyrgyzstan and China) as far as the units above it allow. Narrow: the same, except
 * that the inset stays wholly below the map.
 */
export function mapLayout(width: number, height: number, options: MapLayoutOptions): MapLayout {
  const narrow = width < narrowWidth;
  const m = narrow ? margins.narrow : margins.wide;
  const inner = Math.max(width - 2 * m, 1);
  const { collection, features } = kzGeography();
  const insetW = options.inset
    ? Math.min(
        clamp(Math.round(width * (narrow ? insetShare.narrow : insetShare.wide)), insetWidth.min, insetWidth.max),
        Math.round(inner * 0.6),
      )
    : 0;
  const legendWidth = options.inset ? inner - insetW - gap : Math.min(inner, 360);
  const legendHeight = options.legendHeight(legendWidth);
  const band = Math.max(legendHeight, options.inset ? minInsetHeight + options.insetCaptionHeight(insetW) : 0);
  const mapBox = { x: m, y: m, width: inner, height: Math.max(height - 2 * m - band - gap, 40) };
  let projection = fitTop(mapBox, collection);
  let bounds = projectedBounds(projection, collection);
  const bottom = height - m;
  const legend = {
    x: m,
    y: Math.max(Math.min(bounds.y + bounds.height + gap, bottom - legendHeight), m),
    width: legendWidth,
    height: legendHeight,
  };
  if (!options.inset) return { width, height, narrow, margin: m, projection, bounds, legend, inset: null };

  const x1 = width - m;
  const x0 = x1 - insetW;
  const captionHeight = options.insetCaptionHeight(insetW);
  const insetTop = (map: GeoProjection, mapBounds: Rect) => {
    // Wide, the inset reaches up to the lowest unit above it; narrow, it stays below the whole map.
    const above = narrow
      ? [mapBounds]
      : features.map((unit) => projectedBounds(map, unit)).filter((box) => box.x < x1 && box.x + box.width > x0 - gap);
    const lowest = Math.max(m, ...above.map((box) => box.y + box.height));
    return Math.max(lowest + gap, bottom - insetW * maxInsetAspect - captionHeight);
  };
  let top = insetTop(projection, bounds);
  if (bottom - top - captionHeight < minInsetHeight - 1) {
    // A short box (a `height` or `aspectRatio` prop): the map gives up the inset's width instead.
    projection = fitTop({ ...mapBox, width: inner - insetW - gap }, collection);
    bounds = projectedBounds(projection, collection);
    top = Math.max(m, bottom - insetW * maxInsetAspect - captionHeight);
  }
  // Still too short for its caption and a map half the least height: the box drops the inset, and
  // Almaty's units are labelled on the main map.
  if (bottom - top - captionHeight < minInsetHeight / 2) {
    return { width, height, narrow, margin: m, projection, bounds, legend, inset: null };
  }
  const caption = { x: x0, y: top, width: insetW, height: captionHeight };
  const rect = { x: x0, y: top + captionHeight, width: insetW, height: bottom - top - captionHeight };
  const zoom = insetProjection(rect);
  const frame = zoomFrame(projection, zoom, rect);
  const outer = { x: x0, y: top, width: insetW, height: bottom - top };
  const leader: [Point, Point] | null = overlaps(frame, outer)
    ? null
    : [nearestPoint(frame, centre(outer)), nearestPoint(outer, centre(frame))];
  return {
    width,
    height,
    narrow,
    margin: m,
    projection,
    bounds,
    legend,
    inset: { rect, caption, projection: zoom, frame, leader },
  };
}

/** One unit as drawn on the main map and, if it shows there, in the inset. */
export interface ProjectedUnit {
  code: string;
  /** SVG path on the main map. */
  d: string;
  bounds: Rect;
  centroid: Point;
  /** Its centre lies in the zoomed area: it is labelled in the inset rather than on the main map. */
  zoomed: boolean;
  /** The unit in the inset (clipped to it), or `null` if it does not show there. */
  inset: { d: string; bounds: Rect; centroid: Point } | null;
}

export interface ProjectedMap {
  /** By ISO 3166-2 code. */
  units: ReadonlyMap<string, ProjectedUnit>;
  /** The country's border on the main map and in the inset. */
  outline: string;
  insetOutline: string | null;
}

/** Every unit's path, bounds and centroid in `layout`. */
export function projectMap(layout: MapLayout): ProjectedMap {
  const { features, outline } = kzGeography();
  const main = geoPath(layout.projection).digits(1);
  const zoom = layout.inset ? geoPath(layout.inset.projection).digits(1) : null;
  const units = new Map<string, ProjectedUnit>();
  for (const unit of features) {
    const bounds = toRect(main.bounds(unit));
    const insetD = zoom ? zoom(unit) : null;
    units.set(unit.id, {
      code: unit.id,
      d: main(unit) ?? '',
      bounds,
      centroid: main.centroid(unit),
      zoomed: layout.inset !== null && contains(layout.inset.frame, centre(bounds)),
      inset: zoom && insetD ? { d: insetD, bounds: toRect(zoom.bounds(unit)), centroid: zoom.centroid(unit) } : null,
    });
  }
  return { units, outline: main(outline) ?? '', insetOutline: zoom ? zoom(outline) : null };
}
