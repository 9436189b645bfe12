// The tarballs as the registry would get them: publint, Are the Types Wrong?, and what they contain.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PackageName, packageNames, packed, root, run } from './helpers.js';

interface Unpacked {
  dir: string;
  files: string[];
  manifest: {
    name: string;
    license: string;
    repository: { url: string; directory: string };
    exports: Record<string, unknown>;
    files: string[];
  };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : Promise.resolve([join(prefix, entry.name)]),
    ),
  );
  return nested.flat().sort();
}

const unpacked = {} as Record<PackageName, Unpacked>;

beforeAll(async () => {
  const { work, tarballs } = packed();
  for (const name of packageNames) {
    const dir = await mkdtemp(join(work, `unpacked-${name}-`));
    await run('tar', ['-xzf', tarballs[name], '-C', dir, '--strip-components=1'], dir);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Unpacked['manifest'];
    unpacked[name] = { dir, files: await listFiles(dir), manifest };
  }
});

interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}

describe.each(packageNames)('@kz-trafficking/%s tarball', (name) => {
  it('passes publint with no error, warning or suggestion (strict)', async () => {
    const tarball = await readFile(packed().tarballs[name]);
    const buffer = tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength);
    const { messages, pkg } = await publint({ pack: { tarball: buffer }, level: 'suggestion', strict: true });
    expect(messages.map((message) => formatMessage(message, pkg) ?? message.code)).toEqual([]);
  });

  it('has no problem for Are the Types Wrong? in node10, node16 (ESM and CJS) and bundler', async () => {
    // Every entry point, with the strict profile. @kz-trafficking/embed's `./dist/*` holds
    // browser-only files (the custom-element script, the iframe pages and resizer, the static images):
    // assets to serve or load with <script>, not modules to import. attw lists the pattern but checks
    // no module behind it; node.test.ts loads these files from the installed tarball in Chromium.
    const attw = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    // Into a file: Node cuts a long report short when it exits while a pipe still holds it.
    const report = join(packed().work, `attw-${name}.json`);
    await run(
      'bash',
      ['-c', '"$0" "$1" "$2" --format json > "$3"', process.execPath, attw, packed().tarballs[name], report],
      root,
      {
        allowFailure: true,
      },
    );
    const { analysis } = JSON.parse(await readFile(report, 'utf8')) as {
      analysis: {
        types: unknown;
        entrypoints: Record<string, { hasTypes: boolean; isWildcard: boolean }>;
        problems?: AttwProblem[];
      };
    };
    expect(analysis.types, 'attw found no type declarations in the tarball').toBeTruthy();
    expect(
      (analysis.problems ?? []).map(
        (problem) => `${problem.kind} ${problem.entrypoint ?? ''} ${problem.resolutionKind ?? ''}`,
      ),
    ).toEqual([]);
    expect(Object.keys(analysis.entrypoints).sort()).toEqual(Object.keys(unpacked[name].manifest.exports).sort());
    for (const [subpath, entry] of Object.entries(analysis.entrypoints)) {
      // JSON files (package.json, core's update schema) are data, with no types to have.
      if (subpath.endsWith('.json')) continue;
      expect(entry.isWildcard ? subpath : entry.hasTypes, subpath).toBe(entry.isWildcard ? './dist/*' : true);
    }
  });

  it('ships LICENSE and NOTICE identical to the root ones, its README and package.json', async () => {
    const { dir, files } = unpacked[name];
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'NOTICE', 'README.md', 'package.json']));
    for (const file of ['LICENSE', 'NOTICE']) {
      expect(await readFile(join(dir, file), 'utf8'), file).toBe(await readFile(join(root, file), 'utf8'));
    }
  });

  it('ships only the build, the legal texts, the README and the update schema: no sources, tests or configuration', () => {
    const { files } = unpacked[name];
    const outside = files.filter(
      (file) => !file.startsWith('dist/') && !['LICENSE', 'NOTICE', 'README.md', 'package.json'].includes(file),
    );
    expect(outside.sort()).toEqual(name === 'core' ? ['dataset-update.schema.json', 'src/geo/NOTICE.md'] : []);
    expect(files.filter((file) => /\.(test|spec)\.|tsconfig|tsup\.config/.test(file))).toEqual([]);
  });

  it('declares MIT, the repository folder and an exports map with ESM, CJS and types for every module entry', () => {
    const { manifest, files } = unpacked[name];
    expect(manifest.license).toBe('MIT');
    expect(manifest.repository.directory).toBe(`packages/${name}`);
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (subpath === './package.json' || subpath.includes('*')) continue;
      // A data file (core's JSON Schema of updates) is exported as itself.
      if (typeof target === 'string') {
        expect(files, subpath).toContain(target.replace(/^\.\//, ''));
        continue;
      }
      const conditions = target as Record<'import' | 'require', { types: string; default: string }>;
      for (const file of [
        conditions.import.types,
        conditions.import.default,
        conditions.require.types,
        conditions.require.default,
      ]) {
        expect(files, `${subpath} → ${file}`).toContain(file.replace(/^\.\//, ''));
      }
      expect(conditions.import.default).toMatch(/\.js$/);
      expect(conditions.require.default).toMatch(/\.cjs$/);
      expect(conditions.require.types).toMatch(/\.d\.cts$/);
    }
  });
});

describe('@kz-trafficking/react tarball', () => {
  it('opens every built module with "use client", so that server components can import the charts', async () => {
    const { dir, files } = unpacked.react;
    const modules = files.filter((file) => /^dist\/.*\.c?js$/.test(file));
    expect(modules.length).toBeGreaterThan(10);
    for (const file of modules) {
      const code = await readFile(join(dir, file), 'utf8');
      expect(code.startsWith("'use client';\n"), file).toBe(true);
    }
  });
});

describe('@kz-trafficking/embed tarball', () => {
  it("ships the loader, each chart's chunks, the iframe pages and the static images of every chart", () => {
    const { files } = unpacked.embed;
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/kz-charts.js',
        'dist/kz-frame.js',
        'dist/kz-frame.css',
        'dist/kz-resizer.js',
        'dist/csp.json',
        'dist/static/manifest.json',
        ...['slavery-index-bar', 'crime-trend-line', 'victim-gender-donut', 'regional-share'].flatMap((chart) => [
          `dist/${chart}.html`,
          `dist/charts/${chart}.js`,
          `dist/pages/${chart}.kk.auto.html`,
          `dist/static/${chart}.ru.light.svg`,
          `dist/static/${chart}.kk.dark.png`,
        ]),
      ]),
    );
  });
});
