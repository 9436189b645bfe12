// What the benchmark reads must exist: the packages' dist/ (sizes, pages, server rendering) and the
// embed's dist/ with its static images (demo). On a clean clone the test command has built them; what
// is missing is built here, and `--build` rebuilds everything first. Built files older than the
// sources are reported, since the numbers then describe the last build, not the working tree.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './options.js';

const builtFiles = [
  'packages/core/dist/index.js',
  'packages/core/dist/geo.js',
  'packages/react/dist/index.js',
  'packages/react/dist/slavery-index-bar.js',
  'packages/react/dist/crime-trend-line.js',
  'packages/react/dist/victim-gender-donut.js',
  'packages/react/dist/regional-share.js',
  'packages/embed/dist/kz-charts.js',
  'packages/embed/dist/kz-resizer.js',
];
const staticManifest = 'packages/embed/dist/static/manifest.json';

function pnpm(...args: string[]): void {
  console.log(`bench: pnpm ${args.join(' ')}`);
  // The pnpm running this script when there is one (`pnpm bench`), else the project's pinned version.
  const own = process.env.npm_execpath;
  if (own && /pnpm/.test(own)) execFileSync(process.execPath, [own, ...args], { cwd: root, stdio: 'inherit' });
  else execFileSync('npx', ['-y', 'pnpm@10.34.9', ...args], { cwd: root, stdio: 'inherit' });
}

function newest(directory: string): number {
  let time = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

/** Builds what is missing (or everything with `rebuild`); returns warnings for the report. */
export function prepare(rebuild: boolean): string[] {
  const missing = (files: readonly string[]) => files.filter((file) => !existsSync(join(root, file)));
  if (rebuild || missing(builtFiles).length > 0) pnpm('run', 'build');
  if (rebuild || missing([staticManifest]).length > 0) pnpm('run', 'embed:static');
  const still = missing([...builtFiles, staticManifest]);
  if (still.length > 0) throw new Error(`Still missing after the build: ${still.join(', ')}`);
  const warnings: string[] = [];
  for (const name of ['core', 'react', 'embed']) {
    const built = Math.min(
      ...builtFiles
        .filter((file) => file.startsWith(`packages/${name}/`))
        .map((file) => statSync(join(root, file)).mtimeMs),
    );
    if (newest(join(root, 'packages', name, 'src')) > built)
      warnings.push(
        `packages/${name}/src has changes newer than its dist/: the numbers describe the last build (run with --build).`,
      );
  }
  return warnings;
}
