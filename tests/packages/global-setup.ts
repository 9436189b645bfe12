// Packs each published package with `pnpm pack` into a fresh temporary folder, once per run of the
// `packages` project. The tests then check the tarballs, and install them (never the workspace) into
// consumer apps of their own. Needs the build first: `pnpm run build && pnpm run embed:static`.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PackageName, type Packed, packageNames, packedVariable, pnpm, root } from './helpers.js';

/** Files the build must have written before packing (the embed's static images come last). */
const built: Record<PackageName, string[]> = {
  core: ['dist/index.js', 'dist/geo.cjs'],
  react: ['dist/index.js', 'dist/regional-share.cjs'],
  embed: ['dist/index.js', 'dist/kz-charts.js', 'dist/kz-resizer.js', 'dist/static/manifest.json'],
};

export default async function setup(): Promise<() => Promise<void>> {
  for (const name of packageNames) {
    for (const file of built[name]) {
      if (!existsSync(join(root, 'packages', name, file))) {
        throw new Error(
          `packages/${name}/${file} is missing: run \`pnpm run build && pnpm run embed:static\` before the packages tests.`,
        );
      }
    }
  }
  const work = await mkdtemp(join(tmpdir(), 'kz-packages-'));
  const tarballDir = join(work, 'tarballs');
  await Promise.all(
    packageNames.map((name) => pnpm(['pack', '--pack-destination', tarballDir], join(root, 'packages', name))),
  );
  const files = await readdir(tarballDir);
  const tarballs = Object.fromEntries(
    packageNames.map((name) => {
      const file = files.find((candidate) => candidate.startsWith(`kz-trafficking-${name}-`));
      if (!file) throw new Error(`pnpm pack wrote no tarball for @kz-trafficking/${name} in ${tarballDir}`);
      return [name, join(tarballDir, file)];
    }),
  ) as Record<PackageName, string>;
  const packed: Packed = { work, tarballs };
  process.env[packedVariable] = JSON.stringify(packed);
  return async () => {
    if (!process.env.KZ_KEEP_CONSUMERS) await rm(work, { recursive: true, force: true });
  };
}
