// A minimal TopoJSON vocabulary for the one topology core ships, so that the public types need no @types package.

/** Quantized position: integers in the grid of the topology's transform (delta-encoded within an arc). */
export type TopoPosition = [x: number, y: number];

/** Maps quantized positions to longitude/latitude: `lon = x * scale[0] + translate[0]`, likewise for latitude. */
export interface TopoTransform {
  scale: [number, number];
  translate: [number, number];
}

/** Properties of each first-level unit; names in Russian, Kazakh and English. */
export interface KzRegionProperties {
  /** KATO code (9 digits). */
  kato: string;
  type: 'region' | 'city';
  name_ru: string;
  name_kk: string;
  name_en: string;
}

/** Index into the topology's arcs; a negative index `~i` means arc `i` reversed. */
export type ArcIndex = number;

interface KzRegionGeometryBase {
  /** ISO 3166-2 code, e.g. `KZ-75`. */
  id: string;
  properties: KzRegionProperties;
}

export interface KzPolygon extends KzRegionGeometryBase {
  type: 'Polygon';
  /** Rings: the exterior first, then holes. */
  arcs: ArcIndex[][];
}

export interface KzMultiPolygon extends KzRegionGeometryBase {
  type: 'MultiPolygon';
  arcs: ArcIndex[][][];
}

export type KzRegionGeometry = KzPolygon | KzMultiPolygon;

/** TopoJSON topology of Kazakhstan's 20 first-level units (2022 layout), in one object named `regions`. */
export interface KzTopology {
  type: 'Topology';
  transform: TopoTransform;
  objects: {
    regions: {
      type: 'GeometryCollection';
      geometries: KzRegionGeometry[];
    };
  };
  arcs: TopoPosition[][];
}
