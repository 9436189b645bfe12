// One esbuild setting for every bundle the benchmark measures or loads: minified ESM for the browser,
// production React, JSX compiled the same way.
import { join } from 'node:path';
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

export interface Bundle {
  code: Uint8Array;
  metafile: Metafile;
}

/** Bundles `entry` in memory, React external. */
export async function bundleForSize(entry: string): Promise<Bundle> {
  const result = await build({
    ...sharedOptions,
    entryPoints: [entry],
    external: reactExternals,
    write: false,
    metafile: true,
    outfile: 'out.js',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
  return { code: output.contents, metafile: result.metafile };
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
