import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/react-vite';

// Stories import the workspace packages from their sources, with the map the type check uses.
const tsconfig = JSON.parse(readFileSync(resolve(import.meta.dirname, '../tsconfig.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = Object.entries(tsconfig.compilerOptions.paths).map(([find, [path = '']]) => ({
  find: new RegExp(`^${find}$`),
  replacement: resolve(import.meta.dirname, '..', path),
}));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // A designer opens the Introduction, not Storybook's own "Get started" checklist: neither its
  // sidebar widget nor its guide page in the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    resolve: { ...viteConfig.resolve, alias: [...alias] },
    build: {
      ...viteConfig.build,
      // Storybook is a workbench, not what readers download: one large chunk is expected.
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        ...viteConfig.build?.rolldownOptions,
        // The components' "use client" is for React Server Components (Next.js); a bundle for
        // Storybook drops it by design, so the warning about it carries no information here.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use client')) return;
          const previous = viteConfig.build?.rolldownOptions?.onwarn;
          if (previous) previous(warning, warn);
          else warn(warning);
        },
      },
    },
  }),
};

export default config;
