import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Each locale's texts, loaded with import() by the charts (src/i18n/chart-texts.ts), are entries of
// their own, so that their files say which locale and chart they hold: texts/<locale>/<chart>.js
// (the audit's and the update check's texts are no chart's: their modules import them).
const textEntries = Object.fromEntries(
  ['ru', 'kk', 'en'].flatMap((locale) =>
    readdirSync(`src/i18n/${locale}`)
      .filter((file) => file !== 'audit.ts' && file !== 'update.ts')
      .map((file) => [`texts/${locale}/${file.replace(/\.ts$/, '')}`, `src/i18n/${locale}/${file}`]),
  ),
);

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
    update: 'src/update.ts',
    cli: 'src/cli.ts',
    ...textEntries,
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
});
