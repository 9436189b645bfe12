/**
 * Import graph rules for `pnpm lint` (dependency-cruiser): no module may import its importer, and the
 * packages meet only through their published entries.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle, type imports included: move what both sides share into its own module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'packages-meet-through-exports',
      severity: 'error',
      comment:
        'A package imports another by its name and published entries (@kz-trafficking/…), never by a relative path into its folder.',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/', pathNot: '^packages/$1/', dependencyTypesNot: ['aliased-tsconfig-paths'] },
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
