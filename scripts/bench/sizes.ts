// 1. Bundle sizes: every entry point of ours, the same charts written directly with Recharts, the peer
// libraries, and the embed's scripts; minified, then gzip (level 9) and brotli (quality 11).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundleForSize } from './bundle.js';
import { root } from './options.js';

export interface Size {
  min: number;
  gzip: number;
  brotli: number;
}

export interface SizeRow extends Size {
  group: 'core' | 'react' | 'bare' | 'peer' | 'embed';
  name: string;
  /** The bundled file, relative to the project root. */
  entry: string;
  /** Minified bytes of the first download by origin (our React package, core, recharts and its dependencies, …). */
  origins?: Record<string, number>;
  /** Code the entry loads later with `import()` (sum over its chunks, each compressed on its own). */
  lazy?: Size;
}

function sum(sizes: readonly Size[]): Size {
  return sizes.reduce(
    (total, size) => ({ min: total.min + size.min, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }),
    {
      min: 0,
      gzip: 0,
      brotli: 0,
    },
  );
}

export function compressed(code: Uint8Array): Size {
  return {
    min: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

function origin(path: string): string {
  if (path.includes('packages/react/')) return 'ours: @kz-trafficking/react';
  if (path.includes('packages/core/') && /geo\/|geo\.js|topo/.test(path)) return 'ours: geometry';
  if (path.includes('packages/core/')) return 'ours: @kz-trafficking/core';
  if (path.includes('scripts/bench/fixtures/') && path.endsWith('.json')) return 'ours: geometry';
  if (path.includes('scripts/bench/')) return 'chart code and data';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(path);
  const name = match?.[1] ?? path;
  if (
    /^(recharts|immer|es-toolkit|decimal\.js-light|eventemitter3|react-redux|reselect|redux|redux-thunk|tiny-invariant|use-sync-external-store|victory-vendor|clsx)$/.test(
      name,
    ) ||
    name.startsWith('@reduxjs/')
  )
    return 'recharts and its dependencies';
  if (/^(d3-|internmap)/.test(name)) return 'd3 modules';
  return name;
}

async function measure(group: SizeRow['group'], name: string, entry: string): Promise<SizeRow> {
  const bundle = await bundleForSize(join(root, entry));
  const initial = bundle.files.filter((file) => file.load === 'initial');
  const lazy = bundle.files.filter((file) => file.load === 'lazy');
  const initialNames = new Set(initial.map((file) => file.path));
  const origins: Record<string, number> = {};
  for (const [outputPath, output] of Object.entries(bundle.metafile.outputs)) {
    if (!initialNames.has(outputPath.split('/').pop() ?? outputPath)) continue;
    for (const [path, input] of Object.entries(output.inputs)) {
      const key = origin(path);
      origins[key] = (origins[key] ?? 0) + input.bytesInOutput;
    }
  }
  // Each file travels on its own, so each is compressed on its own.
  const size = sum(initial.map((file) => compressed(file.code)));
  return {
    group,
    name,
    entry,
    ...size,
    origins,
    ...(lazy.length > 0 ? { lazy: sum(lazy.map((file) => compressed(file.code))) } : {}),
  };
}

const coreEntries = [
  'index',
  'dataset',
  'messages',
  'slavery-index',
  'crime-trend',
  'victim-breakdown',
  'regional-share',
  'geo',
];
const reactEntries = ['index', 'slavery-index-bar', 'crime-trend-line', 'victim-gender-donut', 'regional-share'];

/** The bare-Recharts equivalent of each of our Recharts charts. */
export const bareFor: Readonly<Record<string, string>> = {
  'slavery-index-bar': 'scripts/bench/fixtures/bare-slavery-index-bar.tsx',
  'crime-trend-line': 'scripts/bench/fixtures/bare-crime-trend-line.tsx',
  'victim-gender-donut': 'scripts/bench/fixtures/bare-victim-gender-donut.tsx',
};

export const peers = [
  { name: '@nivo/bar (ResponsiveBar)', entry: 'scripts/bench/fixtures/peer-nivo-bar.tsx', versus: 'slavery-index-bar' },
  {
    name: 'chart.js + react-chartjs-2 (bar, tree-shaken)',
    entry: 'scripts/bench/fixtures/peer-chartjs-bar.tsx',
    versus: 'slavery-index-bar',
  },
  {
    name: '@observablehq/plot (barX + text)',
    entry: 'scripts/bench/fixtures/peer-plot-bar.ts',
    versus: 'slavery-index-bar',
  },
  {
    name: 'react-simple-maps/core + our TopoJSON',
    entry: 'scripts/bench/fixtures/peer-simple-maps.tsx',
    versus: 'regional-share',
  },
  {
    name: 'react-simple-maps (root entry) + our TopoJSON',
    entry: 'scripts/bench/fixtures/peer-simple-maps-root.tsx',
    versus: 'regional-share',
  },
] as const;

export async function measureSizes(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  const ourEntries = [
    ['core', coreEntries],
    ['react', reactEntries],
  ] as const;
  for (const [pkg, entries] of ourEntries) {
    for (const entry of entries) {
      const name = `@kz-trafficking/${pkg}${entry === 'index' ? '' : `/${entry}`}`;
      rows.push(await measure(pkg, name, `packages/${pkg}/dist/${entry}.js`));
    }
  }
  for (const [chart, entry] of Object.entries(bareFor)) rows.push(await measure('bare', chart, entry));
  for (const peer of peers) rows.push(await measure('peer', peer.name, peer.entry));
  const embed = join(root, 'packages/embed/dist');
  for (const file of ['kz-charts.js', 'kz-resizer.js', 'kz-frame.js']) {
    const path = join(embed, file);
    if (!existsSync(path)) continue;
    rows.push({ group: 'embed', name: file, entry: relative(root, path), ...compressed(await readFile(path)) });
  }
  return rows;
}
