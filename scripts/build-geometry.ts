// Builds core's simplified TopoJSON of Kazakhstan's 20 first-level units (2022 layout) from shared/geo (geokz).
//   npx tsx scripts/build-geometry.ts          writes packages/core/src/geo/kz-adm1-2022.topo.json and NOTICE.md
//   npx tsx scripts/build-geometry.ts --check  writes nothing; exits 1 if the committed files differ from a fresh build
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';
import { regions } from '../packages/core/src/data/regions.js';
import { geometryAttribution, geometryCredit } from '../packages/core/src/geo/attribution.js';
import type {
  KzMultiPolygon,
  KzPolygon,
  KzRegionGeometry,
  KzRegionProperties,
  KzTopology,
} from '../packages/core/src/geo/topology.js';
import type { Region } from '../packages/core/src/types.js';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** shared/ lies beside the project, both for developers and in CI. */
const defaultSharedGeoDir = resolve(projectDir, '../shared/geo');
const sourceShapefile = 'geokz/kaz_admbnda_adm1_2024';
const sourceCommit = '41c1a00454ec9e01bda031b5074920bd82de02ce';

/** Files the build writes, relative to the project. */
export const outputPaths = {
  topology: 'packages/core/src/geo/kz-adm1-2022.topo.json',
  notice: 'packages/core/src/geo/NOTICE.md',
} as const;

// Weighted Visvalingam keeping 12% of the vertices, on a 5,000-step grid (about 600 m east-west by 330 m north-south):
// finer than a pixel of a whole-country map, and about 26 KB raw, 8 KB gzip against a budget of 60 KB and 25 KB.
const simplifyPercent = 12;
const quantization = 5_000;

/** Contents of the files the build writes. */
export interface GeometryFiles {
  topology: string;
  notice: string;
}

/** Builds the topology and its notice in memory; `sharedGeoDir` is the folder holding `geokz/`. */
export async function buildGeometry(sharedGeoDir: string = defaultSharedGeoDir): Promise<GeometryFiles> {
  const source = await simplify(await readShapefile(sharedGeoDir));
  return { topology: serializeTopology(withRegionAttributes(source)), notice: noticeText() };
}

// --- mapshaper --------------------------------------------------------------------------------------------------------

/** The two source fields kept through mapshaper; every other attribute is dropped. */
interface SourceProperties {
  KATO: string;
  ADM1_PCODE: string;
}

type SourceGeometry =
  | (Omit<KzPolygon, 'id' | 'properties'> & { properties: SourceProperties })
  | (Omit<KzMultiPolygon, 'id' | 'properties'> & { properties: SourceProperties });

type SourceTopology = Omit<KzTopology, 'objects'> & {
  objects: { regions: { type: 'GeometryCollection'; geometries: SourceGeometry[] } };
};

async function readShapefile(sharedGeoDir: string): Promise<Record<string, Uint8Array>> {
  const files = await Promise.all(
    ['shp', 'shx', 'dbf', 'prj', 'cpg'].map(async (part) => {
      const contents = await readFile(resolve(sharedGeoDir, `${sourceShapefile}.${part}`));
      return [`source.${part}`, contents] as const;
    }),
  );
  return Object.fromEntries(files);
}

async function simplify(shapefile: Record<string, Uint8Array>): Promise<SourceTopology> {
  // snap + the first -clean close the source's sliver gaps so that neighbours share arcs; the second -clean repairs
  // anything the simplification made invalid.
  const commands = [
    '-i source.shp encoding=utf8 snap name=regions',
    '-clean',
    `-simplify ${simplifyPercent}% weighted keep-shapes`,
    '-clean',
    '-filter-fields KATO,ADM1_PCODE',
    `-o format=topojson quantization=${quantization} regions.json`,
    '-quiet',
  ];
  const output = await mapshaper.applyCommands(commands.join(' '), shapefile);
  const json = output['regions.json'];
  if (json === undefined) throw new Error('mapshaper wrote no regions.json');
  const parsed: unknown = JSON.parse(typeof json === 'string' ? json : new TextDecoder().decode(json));
  return parsed as SourceTopology;
}

// --- attributes -------------------------------------------------------------------------------------------------------

/** Replaces the source attributes with core's codes and names, and orders the units by code. */
function withRegionAttributes(source: SourceTopology): KzTopology {
  const geometries = source.objects.regions.geometries.map(toRegionGeometry);
  geometries.sort((a, b) => a.id.localeCompare(b.id));
  checkOneGeometryPerRegion(geometries);
  return {
    type: 'Topology',
    transform: source.transform,
    objects: { regions: { type: 'GeometryCollection', geometries } },
    arcs: source.arcs,
  };
}

function toRegionGeometry(geometry: SourceGeometry): KzRegionGeometry {
  const region = regionOf(geometry.properties);
  const properties = regionProperties(region);
  // Keys in this order so that the file reads type, id, names, then arcs; one branch per type keeps arcs matched to it.
  return geometry.type === 'Polygon'
    ? { type: geometry.type, id: region.code, properties, arcs: geometry.arcs }
    : { type: geometry.type, id: region.code, properties, arcs: geometry.arcs };
}

/** The ISO 3166-2 code is the KATO prefix; the source's own code (`KZ10`) must agree with it. */
function regionOf({ KATO, ADM1_PCODE }: SourceProperties): Region {
  const prefix = KATO.slice(0, 2);
  const region = regions.find((candidate) => candidate.code === `KZ-${prefix}`);
  if (region === undefined || region.kato !== KATO || ADM1_PCODE !== `KZ${prefix}`) {
    throw new Error(`No region in core matches KATO ${KATO} / ADM1_PCODE ${ADM1_PCODE}`);
  }
  return region;
}

function regionProperties(region: Region): KzRegionProperties {
  return {
    kato: region.kato,
    type: region.type,
    name_ru: region.names.ru,
    name_kk: region.names.kk,
    name_en: region.names.en,
  };
}

function checkOneGeometryPerRegion(geometries: readonly KzRegionGeometry[]): void {
  const built = geometries.map((geometry) => geometry.id).join(' ');
  const expected = regions
    .map((region) => region.code)
    .sort()
    .join(' ');
  if (built !== expected) throw new Error(`Expected one geometry for each of ${expected}, built ${built}`);
}

// --- output -----------------------------------------------------------------------------------------------------------

/** Compact JSON with one geometry and one arc per line, so that a rebuild shows up in a diff as what changed. */
function serializeTopology(topology: KzTopology): string {
  const lines = [
    `{"type":"Topology","transform":${JSON.stringify(topology.transform)},`,
    '"objects":{"regions":{"type":"GeometryCollection","geometries":[',
    topology.objects.regions.geometries.map((geometry) => JSON.stringify(geometry)).join(',\n'),
    ']}},',
    '"arcs":[',
    topology.arcs.map((arc) => JSON.stringify(arc)).join(',\n'),
    ']}',
  ];
  return `${lines.join('\n')}\n`;
}

function noticeText(): string {
  return `# Notice for kz-adm1-2022.topo.json

\`kz-adm1-2022.topo.json\` (shipped in \`@kz-trafficking/core/geo\`) holds the boundaries of Kazakhstan's 20
first-level units in the 2022 layout. It is generated by \`scripts/build-geometry.ts\`; do not edit it by hand.

## Attribution

> ${geometryAttribution}

Short map-credit form:

> ${geometryCredit}

Both texts are exported by \`@kz-trafficking/core/geo\` as \`geometryAttribution\` and \`geometryCredit\`.

## Source and changes

- Source: \`${sourceShapefile}.shp\` from geokz (https://github.com/arodionoff/geokz), commit \`${sourceCommit}\`
  (geokz 1.0.2), CC BY 4.0, © Alexander Rodionov. geokz is derived from OCHA/HDX COD-AB Kazakhstan (UNHCR, with city
  polygons from OpenStreetMap).
- Geometry: mapshaper \`snap\`, \`-clean\`, \`-simplify ${simplifyPercent}% weighted keep-shapes\`, \`-clean\`, TopoJSON with
  \`quantization=${quantization}\`.
- Attributes: all source attributes replaced. Each unit's \`id\` is its ISO 3166-2 code (the two-digit KATO prefix);
  \`kato\`, \`type\`, \`name_ru\`, \`name_kk\` and \`name_en\` come from core's \`regions\`.
- The data is not suitable for legal or cadastral use.

License of the data: Creative Commons Attribution 4.0 International, https://creativecommons.org/licenses/by/4.0/legalcode
`;
}

// --- command line -----------------------------------------------------------------------------------------------------

function describeSizes(topology: string): string {
  const raw = Buffer.byteLength(topology);
  const gzip = gzipSync(topology).length;
  return `${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`;
}

async function staleOutputs(files: GeometryFiles): Promise<string[]> {
  const stale: string[] = [];
  for (const key of ['topology', 'notice'] as const) {
    const path = outputPaths[key];
    const committed = await readFile(resolve(projectDir, path), 'utf8').catch(() => null);
    if (committed !== files[key]) stale.push(path);
  }
  return stale;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const files = await buildGeometry();
  if (values.check) {
    const stale = await staleOutputs(files);
    if (stale.length > 0) {
      process.stderr.write(`Out of date (run npx tsx scripts/build-geometry.ts): ${stale.join(', ')}\n`);
      process.exitCode = 1;
    }
    return;
  }
  await writeFile(resolve(projectDir, outputPaths.topology), files.topology);
  await writeFile(resolve(projectDir, outputPaths.notice), files.notice);
  process.stdout.write(`Wrote ${outputPaths.topology} (${describeSizes(files.topology)}) and ${outputPaths.notice}\n`);
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
