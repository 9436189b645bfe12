// A page that adds and removes charts for a long read keeps nothing of the removed ones in
// Recharts' selector caches: heap snapshots (CDP) after 10 and after 30 mounts of each Recharts
// chart hold the same number of Recharts item ids. Before the charts named their items, each mount
// left its generated id (`recharts-line-_r_…_`) and the cache entries under it behind for good.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heapNodes, rechartsItemId, takeHeapSnapshot } from '../../scripts/bench/heap-snapshot.js';
import { launchChromium } from '../../scripts/chromium.js';
import { type StaticServer, startStaticServer } from '../../scripts/embed-server.js';
import { assertBuilt, embedDist } from './helpers.js';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'kz-embed-memory-'));
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>memory</title><link rel="icon" href="data:,">' +
      '<script src="/embed/kz-charts.js"></script></head><body></body></html>',
  );
  server = await startStaticServer({ mounts: { '/': dir, '/embed/': embedDist } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['slavery-index-bar', 'crime-trend-line', 'victim-gender-donut'])(
  '<kz-%s> mounted again and again',
  (chart) => {
    it('leaves no Recharts item id behind', async () => {
      const page = await browser.newPage({ reducedMotion: 'reduce' });
      await page.goto(`${server.url}/index.html`);
      const mount = (times: number) =>
        page.evaluate(
          async ([tag, times]) => {
            for (let cycle = 0; cycle < times; cycle++) {
              const element = document.createElement(tag);
              element.setAttribute('locale', ['ru', 'kk', 'en'][cycle % 3] ?? 'ru');
              document.body.append(element);
              while (!element.shadowRoot?.querySelector('figure[data-kzt-drawn]')) {
                await new Promise((done) => requestAnimationFrame(done));
              }
              element.remove();
              // The element unmounts its chart in a microtask after it is removed.
              await new Promise((done) => setTimeout(done, 0));
            }
          },
          [`kz-${chart}`, times] as const,
        );
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      const idsHeld = async () =>
        heapNodes(await takeHeapSnapshot(cdp)).filter(
          (node) => node.type === 'string' && rechartsItemId.test(node.name),
        ).length;
      await mount(10);
      const before = await idsHeld();
      await mount(20);
      expect(await idsHeld()).toBe(before);
      await page.close();
    }, 120_000);
  },
);
