// size-limit's configuration: the budgets in .size-limit.json, each measured as what a page downloads
// first. Code a chart loads only on demand, with import() (the file export, the embed panel), stays out
// of the chart's budget and is measured by its own entries. Chart entries are measured as size-limit
// measures a library's export (`import`): the named component, tree-shaken.
import { readFileSync } from 'node:fs';

/** An esbuild plugin leaving every dynamically imported module out of the bundle. */
const leaveOutLazyModules = {
  name: 'leave-out-lazy-modules',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

const budgets = JSON.parse(readFileSync(new URL('./.size-limit.json', import.meta.url), 'utf8'));

export default budgets.map((budget) => ({
  ...budget,
  modifyEsbuildConfig: (config) => ({ ...config, plugins: [...(config.plugins ?? []), leaveOutLazyModules] }),
}));
