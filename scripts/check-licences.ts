// Checks the licence of every run-time dependency of the published packages: `pnpm run licences`.
// Walks the production tree (dependencies, installed optional dependencies and required peer
// dependencies, which a host installs alongside) of packages/core and packages/react through
// node_modules — no network — prints a table, and fails on a licence not in the allow-list or missing.
// Other packages: `pnpm run licences -- packages/embed`.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Permissive licences (SPDX ids): no copyleft, no field-of-use restriction. */
const allowed = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'Python-2.0',
  'Unlicense',
  'Zlib',
]);

interface PackageJson {
  name?: string;
  version?: string;
  private?: boolean;
  license?: string | { type?: string };
  licenses?: ({ type?: string } | string)[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

interface Row {
  name: string;
  version: string;
  licence: string;
  path: string;
  via: string;
  ok: boolean;
}

function readPackage(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
}

/** The directory `name` resolves to from `from`, as Node would look it up; null if not installed. */
function resolvePackage(name: string, from: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function licenceOf(pkg: PackageJson): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  const legacy = (pkg.licenses ?? []).map((item) => (typeof item === 'string' ? item : (item.type ?? '')));
  return legacy.length > 0 ? `(${legacy.join(' OR ')})` : '';
}

/** Whether an SPDX expression is satisfied by allowed licences (any branch of OR, all of AND). */
function isPermissive(expression: string): boolean {
  const text = expression.replace(/[()]/g, ' ').trim();
  if (text === '') return false;
  return text.split(/\s+OR\s+/i).some((branch) =>
    branch
      .split(/\s+AND\s+/i)
      .map((id) => id.trim().replace(/\+$/, ''))
      .every((id) => allowed.has(id)),
  );
}

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const starts = args.length > 0 ? args : ['packages/core', 'packages/react'];
const rows = new Map<string, Row>();
const missing: string[] = [];
const queue: { dir: string; via: string }[] = starts.map((dir) => ({ dir: resolve(root, dir), via: '(root)' }));
const seen = new Set<string>();

while (queue.length > 0) {
  const { dir, via } = queue.shift() as { dir: string; via: string };
  if (seen.has(dir)) continue;
  seen.add(dir);
  const pkg = readPackage(dir);
  const id = `${pkg.name}@${pkg.version}`;
  const licence = licenceOf(pkg);
  rows.set(id, {
    name: pkg.name ?? '?',
    version: pkg.version ?? '?',
    licence: licence || '(none)',
    path: relative(root, dir),
    via,
    ok: isPermissive(licence),
  });
  const required = {
    ...pkg.dependencies,
    ...Object.fromEntries(
      Object.entries(pkg.peerDependencies ?? {}).filter(([name]) => !pkg.peerDependenciesMeta?.[name]?.optional),
    ),
  };
  for (const name of Object.keys(required)) {
    const found = resolvePackage(name, dir);
    if (found) queue.push({ dir: found, via: pkg.name ?? id });
    else missing.push(`${name} (required by ${id})`);
  }
  for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
    const found = resolvePackage(name, dir);
    if (found) queue.push({ dir: found, via: pkg.name ?? id });
  }
}

const sorted = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
const widths = [44, 22, 28];
const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ');
console.log(`Run-time dependencies of ${starts.join(', ')} (dependencies and required peers, transitively):\n`);
console.log(line(['package', 'licence', 'required by', 'status']));
for (const row of sorted) {
  console.log(line([`${row.name}@${row.version}`, row.licence, row.via, row.ok ? 'ok' : 'NOT ALLOWED']));
}
const refused = sorted.filter((row) => !row.ok);
console.log(`\n${sorted.length} packages; allowed: ${[...allowed].join(', ')}.`);
if (missing.length > 0) {
  console.error(`\nNot installed, so not checked (run pnpm install): ${missing.join('; ')}`);
  process.exitCode = 1;
}
if (refused.length > 0) {
  console.error(
    `\n${refused.length} package(s) with a licence outside the allow-list:\n${refused.map((row) => `  ${row.name}@${row.version}: ${row.licence} (${row.path})`).join('\n')}`,
  );
  process.exitCode = 1;
} else if (missing.length === 0) {
  console.log('Every run-time dependency has a permissive licence.');
}
