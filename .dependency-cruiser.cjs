/** Import graph rules for `pnpm lint` (dependency-cruiser): no module may import its importer. */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle, type imports included: move what both sides share into its own module.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Type-only imports count: a circle through `import type` still ties the two files together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '/dist/', 'storybook-static'] },
  },
};
