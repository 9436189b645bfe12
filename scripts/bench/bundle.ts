// One esbuild setting for every bundle the benchmark measures or loads: minified ESM for the browser,
// production React, JSX compiled the same way.
import { join, resolve } from 'node:path';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { root } from './options.js';

/** React and its peers are the host page's: left out of every size, as in the research notes. */
export const reactExternals = ['react', 'react-dom', 'react/*', 'react-dom/*', 'react-is'];

export const sharedOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
} satisfies BuildOptions;

export interface BundleFile {
  /** Output path, relative to the (virtual) output directory. */
  path: string;
  code: Uint8Array;
  /** `initial`: the entry and the chunks it imports statically (the first download); `lazy`: loaded by `import()`. */
  load: 'initial' | 'lazy';
}

export interface Bundle {
  files: BundleFile[];
  metafile: Metafile;
}

/**
 * Bundles `entry` in memory, React external, with code splitting: what the entry loads with `import()`
 * (our charts' file export and embed panel, their texts in other locales) stays in its own chunks, as
 * a consumer's bundler keeps it, and is counted apart from the first download.
 */
export async function bundleForSize(entry: string): Promise<Bundle> {
  const outdir = join(root, '.artifacts/bench/size-out');
  const result = await build({
    ...sharedOptions,
    entryPoints: [entry],
    external: reactExternals,
    write: false,
    metafile: true,
    splitting: true,
    outdir,
    entryNames: 'entry',
    chunkNames: 'chunk-[hash]',
  });
  const outputs = result.metafile.outputs;
  const key = (path: string) => path.replace(/\\/g, '/').split('/').pop() ?? path;
  // The entry's output (the texts' chunks, imported with import(), have entry points of their own).
  const entryOutput = Object.keys(outputs).find((path) => resolve(outputs[path]?.entryPoint ?? '') === resolve(entry));
  if (!entryOutput) throw new Error(`esbuild wrote no entry for ${entry}`);
  // The first download: the entry and, transitively, the chunks it imports statically, with our
  // chart's Russian texts, which it imports dynamically but cannot draw without (Russian is its
  // default locale; the Kazakh and English texts load only when a chart is shown in them).
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(key(path))) return;
    initial.add(key(path));
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.external) continue;
      const russianTexts = /\/texts\/ru\//.test(outputs[imported.path]?.entryPoint ?? '');
      if (imported.kind === 'import-statement' || russianTexts) visit(imported.path);
    }
  };
  visit(entryOutput);
  const files = result.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .map(
      (file): BundleFile => ({
        path: key(file.path),
        code: file.contents,
        load: initial.has(key(file.path)) ? 'initial' : 'lazy',
      }),
    );
  return { files, metafile: result.metafile };
}

/**
 * The benchmark imports our charts from source for their types; the bundle takes the built entry
 * instead (`packages/react/src/<chart>/index.js` → `packages/react/dist/<chart>.js`), the code users
 * install, consistent with the built core it imports.
 */
export const builtEntries: Plugin = {
  name: 'kz-built-entries',
  setup(builder) {
    builder.onResolve({ filter: /packages\/react\/src\/[a-z-]+\/index\.js$/ }, (args) => {
      const chart = /src\/([a-z-]+)\/index\.js$/.exec(args.path)?.[1] ?? '';
      return { path: join(root, 'packages/react/dist', `${chart}.js`) };
    });
  },
};

/** Bundles a browser page (React included) to `outfile`, with our charts from their built entries. */
export async function bundlePage(entry: string, outfile: string): Promise<void> {
  await build({ ...sharedOptions, entryPoints: [entry], outfile, sourcemap: false, plugins: [builtEntries] });
}
