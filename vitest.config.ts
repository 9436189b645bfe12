import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their sources, with the same map the type check uses.
const tsconfig = JSON.parse(readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = Object.entries(tsconfig.compilerOptions.paths).map(([find, [path = '']]) => ({
  find: new RegExp(`^${find}$`),
  replacement: resolve(import.meta.dirname, path),
}));

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
          setupFiles: ['tests/setup/fail-on-console.ts', 'tests/setup/jsdom.ts'],
          typecheck: { enabled: true, include: ['tests/react/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'react-ssr',
          include: ['tests/react/**/*.ssr.test.tsx'],
          environment: 'node',
          setupFiles: ['tests/setup/fail-on-console.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/fail-on-console.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            // Debian's Chromium (installed by scripts/ensure-chromium.sh); no browser is downloaded.
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--no-first-run',
                  '--disable-sync',
                ],
              },
              // Charts must not animate for readers who ask for reduced motion: tests run as such a reader.
              contextOptions: { reducedMotion: 'reduce' },
            }),
            instances: [{ browser: 'chromium' }],
          },
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
