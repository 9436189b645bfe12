// Bundles the benchmark page (browser/page.tsx) once, serves it on 127.0.0.1 and opens it in
// Debian's Chromium: headless, reduced motion, 1000×800, with `gc()` exposed to the page.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.js';
import { type StaticServer, startStaticServer } from '../embed-server.js';
import { bundlePage } from './bundle.js';
import { root, workDir } from './options.js';

const pageDir = join(workDir, 'page');
let built = false;

async function buildPage(): Promise<void> {
  if (built) return;
  await mkdir(pageDir, { recursive: true });
  await bundlePage(join(root, 'scripts/bench/browser/page.tsx'), join(pageDir, 'page.js'));
  await writeFile(
    join(pageDir, 'index.html'),
    '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>kz charts benchmark</title>' +
      '<style>body{margin:8px;font-family:sans-serif}</style></head><body><script type="module" src="page.js"></script></body></html>',
  );
  built = true;
}

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, '--js-flags=--expose-gc'],
    headless: true,
  });
}

export interface BenchPage {
  page: Page;
  close: () => Promise<void>;
}

export async function openBenchPage(browser: Browser, mode: 'render' | 'memory'): Promise<BenchPage> {
  await buildPage();
  const server: StaticServer = await startStaticServer({ mounts: { '/': pageDir } });
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/?mode=${mode}`);
  await page.waitForSelector('html[data-ready=true]', { timeout: 30_000 }).catch(() => {
    throw new Error(`The benchmark page did not start: ${errors.join('; ') || 'no error reported'}`);
  });
  return {
    page,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}
