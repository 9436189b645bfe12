import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    dataset: 'src/dataset.ts',
    messages: 'src/messages.ts',
    'slavery-index': 'src/charts/slavery-index.ts',
    'crime-trend': 'src/charts/crime-trend.ts',
    'victim-breakdown': 'src/charts/victim-breakdown.ts',
    'regional-share': 'src/charts/regional-share.ts',
    geo: 'src/geo.ts',
    embed: 'src/embed.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
});
