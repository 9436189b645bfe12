// Entry point `@kz-trafficking/core/geo`: the boundaries of Kazakhstan's 20 first-level units, kept out of the other
// entries so that only maps pay for them (about 8 KB gzip).
import topology from './geo/kz-adm1-2022.topo.json';
import type { KzTopology } from './geo/topology.js';

export { geometryAttribution, geometryCredit } from './geo/attribution.js';
export type {
  ArcIndex,
  KzMultiPolygon,
  KzPolygon,
  KzRegionGeometry,
  KzRegionProperties,
  KzTopology,
  TopoPosition,
  TopoTransform,
} from './geo/topology.js';

/**
 * TopoJSON of the 17 regions and 3 cities (2022 layout), simplified from geokz (CC BY 4.0; credit with
 * `geometryAttribution` or `geometryCredit`). The object `regions` holds one geometry per unit, with the ISO 3166-2 code
 * as `id`; Almaty city (KZ-75) sits in a hole of Almaty Region (KZ-19).
 */
export const kzTopology: KzTopology = topology as KzTopology;
