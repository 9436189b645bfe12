import { defineConfig } from 'tsup';

// The Node/bundler library: the snippet generator and the attribute parsing, for the React
// package's Embed action and the Storybook page. The browser bundles (kz-charts.js, the iframe
// pages, the resizer) are built after this by scripts/embed-build.ts.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  external: [/^@kz-trafficking\/core/],
});
