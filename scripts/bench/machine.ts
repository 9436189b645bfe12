// The machine, the browser and the versions the numbers were measured with.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { root } from './options.js';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the benchmark started, and how many cores that is. */
  loadAtStart: number;
  commit: string;
  /** Files changed in the working tree (not committed) when the benchmark ran. */
  uncommitted: number;
  versions: Record<string, string>;
}

const libraries = [
  'react',
  'react-dom',
  'recharts',
  'd3-geo',
  'topojson-client',
  '@nivo/bar',
  'chart.js',
  'react-chartjs-2',
  '@observablehq/plot',
  'react-simple-maps',
  'esbuild',
  'playwright-core',
];

function versionOf(directory: string): string {
  try {
    return (JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

function osName(): string {
  try {
    return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? process.platform;
  } catch {
    return process.platform;
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

export function machineInfo(chromium: string): MachineInfo {
  const versions: Record<string, string> = {};
  for (const name of ['core', 'react', 'embed'])
    versions[`@kz-trafficking/${name}`] = versionOf(join(root, 'packages', name));
  // The benchmark's own package holds the peers; the workspace root, what the library is built with.
  for (const name of libraries) {
    const own = versionOf(join(root, 'scripts/bench/node_modules', name));
    versions[name] = own === 'not installed' ? versionOf(join(root, 'node_modules', name)) : own;
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    chromium,
    loadAtStart: loadavg()[0] ?? 0,
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    // The report a previous run left is no change to what is measured.
    uncommitted: git(['status', '--porcelain', '--', '.', ':!BENCHMARKS.md']).split('\n').filter(Boolean).length,
    versions,
  };
}
