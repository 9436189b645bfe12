import { readdir, readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

const directive = "'use client';";

// Components use state and effects: every built module must open with the client directive, which
// bundling drops or buries (the CommonJS build puts "use strict" and helpers before it).
async function keepUseClient(): Promise<void> {
  const files = (await readdir('dist')).filter((file) => /\.c?js$/.test(file));
  for (const file of files) {
    const path = `dist/${file}`;
    const code = await readFile(path, 'utf8');
    if (!code.startsWith(directive)) await writeFile(path, `${directive}\n${code.replaceAll(directive, '')}`);
  }
}

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'slavery-index-bar': 'src/slavery-index-bar/index.ts',
    'crime-trend-line': 'src/crime-trend-line/index.ts',
    'victim-gender-donut': 'src/victim-gender-donut/index.ts',
    'regional-share': 'src/regional-share/index.ts',
    // What @kz-trafficking/embed needs besides the charts (the figure's SVG export).
    internal: 'src/internal.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
  banner: { js: directive },
  external: ['react', 'react-dom', 'recharts', /^@kz-trafficking\/core/],
  onSuccess: keepUseClient,
});
