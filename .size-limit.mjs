// size-limit's configuration: the budgets in .size-limit.json. Code a chart loads only on demand, with
// import() (the file export, the embed panel, the Kazakh and English texts), stays out of every budget
// that loads it and is measured by its own entries. Chart entries are measured as size-limit measures a library's export (`import`):
// the named component, tree-shaken.
//
// A chart's own code is its folder's code alone: the frame every chart shares (src/frame, src/marks) is
// measured once, by its own entry, as a dependency is. What a page downloads first for one chart (its
// own code with the shared frame) is measured from the built files by the "first download" entries.
import { readFileSync } from 'node:fs';

/** The `ignore` item that leaves the shared frame out of a chart's own code. */
const sharedFrame = 'the shared frame (src/frame, src/marks)';

/**
 * An esbuild plugin leaving every dynamically imported module out of the bundle, except a chart's
 * Russian texts: a chart cannot draw without the texts of its locale, and Russian is the default.
 * The Kazakh and English texts load only when a chart is shown in them.
 */
const leaveOutLazyModules = {
  name: 'leave-out-lazy-modules',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' && !/(^|\/)(texts|i18n)\/ru\/|^\.\/ru\//.test(args.path)
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};

/** An esbuild plugin leaving the shared frame out of a chart's bundle, as a chart's folder imports it. */
const leaveOutSharedFrame = {
  name: 'leave-out-shared-frame',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/(frame|marks)\// }, (args) => ({ path: args.path, external: true }));
  },
};

const budgets = JSON.parse(readFileSync(new URL('./.size-limit.json', import.meta.url), 'utf8'));

export default budgets.map(({ ignore, ...budget }) => {
  const plugins = [leaveOutLazyModules, ...(ignore?.includes(sharedFrame) ? [leaveOutSharedFrame] : [])];
  return {
    ...budget,
    ...(ignore ? { ignore: ignore.filter((name) => name !== sharedFrame) } : {}),
    modifyEsbuildConfig: (config) => ({ ...config, plugins: [...(config.plugins ?? []), ...plugins] }),
  };
});
