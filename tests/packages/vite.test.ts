// A fresh Vite app per React major (19 and 18.3), installing the tarballs, built with `vite build`
// and checked in Chromium: every chart has its figure, title and drawing, and the console stays clean.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.js';
import { startStaticServer } from '../../scripts/embed-server.js';
import { expectAllChartsDrawn, installConsumer, node, versions, visit } from './helpers.js';

const reacts = [
  { name: 'vite-react-19', react: versions.react19 },
  { name: 'vite-react-18', react: versions.react18 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(reacts)('a Vite app on React $react', ({ name, react }) => {
  it('builds with vite and draws all four charts in Chromium without a console error', async () => {
    const app = await installConsumer({
      name,
      fixture: 'vite-app',
      packages: ['core', 'react'],
      dependencies: {
        react,
        'react-dom': react,
        'react-is': react,
        recharts: versions.recharts,
        vite: versions.vite,
        '@vitejs/plugin-react': versions.pluginReact,
      },
    });
    const build = await node([join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], app);
    expect(build.stdout + build.stderr).toBe('');
    const server = await startStaticServer({ mounts: { '/': join(app, 'dist') } });
    try {
      const { charts, problems, react: rendered } = await visit(browser, `${server.url}/`, 4);
      expect(problems).toEqual([]);
      expect(rendered).toBe(react);
      expectAllChartsDrawn(charts);
      expect(charts[0]?.title).toBe('Prevalence of modern slavery');
    } finally {
      await server.close();
    }
  });
});
