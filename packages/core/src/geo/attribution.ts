// Credit required by CC BY 4.0 for the boundary data; the wording follows shared/geo/ATTRIBUTION.md.

/** Full attribution for the geometry, with source, license and the changes made. */
export const geometryAttribution =
  'Kazakhstan administrative boundaries (ADM1, 2022 layout): derived from geokz by Alexander Rodionov ' +
  '(https://github.com/arodionoff/geokz, v1.0.2), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). ' +
  'geokz is based on OCHA/HDX COD-AB Kazakhstan (source: UNHCR, with city polygons from © OpenStreetMap contributors). ' +
  'Changes: geometry simplified and topologically cleaned with mapshaper; attributes replaced ' +
  '(ISO 3166-2 codes, KATO codes, EN/RU/KK names). ' +
  'Boundaries and names shown do not imply official endorsement or acceptance.';

/** Short credit line for the map itself. */
export const geometryCredit = 'Boundaries: geokz (CC BY 4.0), OCHA/UNHCR, © OpenStreetMap contributors';
