import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STORYBOOK_TEST_INITIAL_GLOBALS_PROVIDE_KEY } from '@storybook/addon-vitest/constants';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.js';
import { browserCommands } from './tests/browser/commands/index.js';

// Workspace packages resolve to their sources, with the same map the type check uses.
const tsconfig = JSON.parse(readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = Object.entries(tsconfig.compilerOptions.paths).map(([find, [path = '']]) => ({
  find: new RegExp(`^${find}$`),
  replacement: resolve(import.meta.dirname, path),
}));

// Debian's Chromium (installed by scripts/ensure-chromium.sh); no browser is downloaded.
const chromium = playwright({
  launchOptions: chromiumLaunchOptions,
  // Charts must not animate for readers who ask for reduced motion: tests run as such a reader.
  contextOptions: { reducedMotion: 'reduce' },
});

/** One run of every story per theme: `--project storybook` runs both instances. */
const storyThemes = ['light', 'dark'] as const;

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/fail-on-console.ts'],
          typecheck: { enabled: true, include: ['tests/core/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          include: ['tests/react/**/*.test.{ts,tsx}'],
          exclude: ['tests/react/**/*.ssr.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/fail-on-console.ts', 'tests/setup/jsdom.ts', 'tests/setup/texts.ts'],
          typecheck: { enabled: true, include: ['tests/react/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'robustness',
          include: ['tests/robustness/**/*.test.{ts,tsx}'],
          exclude: ['tests/robustness/**/*.ssr.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/fail-on-console.ts', 'tests/setup/jsdom.ts', 'tests/setup/texts.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'robustness-ssr',
          include: ['tests/robustness/**/*.ssr.test.tsx'],
          environment: 'node',
          setupFiles: ['tests/setup/fail-on-console.ts', 'tests/setup/texts.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react-ssr',
          include: ['tests/react/**/*.ssr.test.tsx'],
          environment: 'node',
          setupFiles: ['tests/setup/fail-on-console.ts', 'tests/setup/texts.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/fail-on-console.ts', 'tests/setup/texts.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            // Debian's Chromium (installed by scripts/ensure-chromium.sh); no browser is downloaded.
            provider: chromium,
            commands: browserCommands,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        // Every story of stories/ as a test: it renders, its play function passes, axe finds no
        // violation (parameters.a11y.test = 'error'), the console stays clean (.storybook/preview.tsx)
        // and its charts' marks are options in Chromium's computed accessibility tree (the setup file).
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          setupFiles: ['tests/setup/story-ax-tree.ts'],
          // A docs story may draw all four charts and the fact-check (Newsroom update): more than the
          // default 15 s on two busy cores.
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: chromium,
            commands: browserCommands,
            instances: storyThemes.map((theme) => ({
              browser: 'chromium' as const,
              name: `storybook (${theme})`,
              // The toolbar's theme for the whole run, as storybookTest({ initialGlobals }) would set it.
              provide: { [STORYBOOK_TEST_INITIAL_GLOBALS_PROVIDE_KEY]: { theme } },
            })),
          },
        },
      },
      {
        extends: true,
        // The embeds (custom elements, iframe pages, static images) and the news-article demo, built
        // into packages/embed/dist and driven in Debian's Chromium by playwright-core from Node.
        test: {
          name: 'embed',
          include: ['tests/embed/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        // The packed tarballs (tests/packages/README.md): publint, attw, consumer type checks, and
        // consumer apps (Vite on React 19 and 18, Next.js, Node ESM and CommonJS) that install them
        // from temporary folders, checked in Debian's Chromium. Needs the build and embed:static first.
        test: {
          name: 'packages',
          include: ['tests/packages/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/packages/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['packages/core/src/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { 'packages/core/src/**': { lines: 95 } },
    },
  },
});
