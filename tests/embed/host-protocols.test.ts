// A chart page inside the hosts newsrooms publish with, each with its real client: NPR's pym.js
// (npm) as the parent page's library, WordPress's own wp-embed.js (Debian's wordpress package) around
// the HTML WordPress 6.1 keeps of the page's own oEmbed html, and an AMP-style parent reading amp-iframe's messages.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedSnippets, figureTexts, pymScriptUrl } from '../../packages/core/src/embed.js';
import { launchChromium } from '../../scripts/chromium.js';
import { publishedBase } from '../../scripts/embed-publish.js';
import { type StaticServer, startStaticServer } from '../../scripts/embed-server.js';
import { assertBuilt, embedDist, newPageIn, root, type Watched, watch } from './helpers.js';
import { wordpressFilteredEmbed } from './wordpress-oembed-filter.js';

let browser: Browser;
let host: StaticServer;
let charts: StaticServer;
let hostDir: string;

const chartPage = () => `${charts.url}/pages/crime-trend-line.en.light.html`;
const title = figureTexts('crime-trend-line', { locale: 'en' }).title;

beforeAll(async () => {
  assertBuilt();
  const wpEmbed = execFileSync('bash', [join(root, 'scripts/ensure-wp-embed.sh')], { encoding: 'utf8' }).trim();
  // A CDN that allows CORS: WordPress's sandbox gives the page an opaque origin, from which even its
  // own module chunks are cross-origin.
  charts = await startStaticServer({
    mounts: { '/': embedDist },
    headers: () => ({ 'access-control-allow-origin': '*' }),
  });
  hostDir = await mkdtemp(join(tmpdir(), 'kz-embed-hosts-'));
  host = await startStaticServer({
    mounts: {
      '/': hostDir,
      '/pym/': join(root, 'node_modules/pym.js/dist'),
      '/wp/': dirname(wpEmbed),
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await charts?.close();
});

async function hostPage(file: string, body: string): Promise<string> {
  await writeFile(
    join(hostDir, file),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="margin:0;font-family:sans-serif"><main style="padding:0 12px"><h1>Host article</h1>${body}<p>After the chart.</p></main></body></html>`,
  );
  return `${host.url}/${file}`;
}

async function drawnFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no chart frame');
  await frame.locator('figure[data-kzt-drawn]').waitFor();
  return frame;
}

const frameHeight = (page: Page) =>
  page.locator('iframe').evaluate((frame: HTMLIFrameElement) => frame.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 0));

async function open(url: string, width: number): Promise<{ page: Page; frame: Frame; watched: Watched }> {
  const page = await newPageIn(browser, width);
  const watched = await watch(page);
  await page.goto(url);
  return { page, frame: await drawnFrame(page), watched };
}

describe('a chart page in a Pym.js parent (pym.js 1.3.2)', () => {
  // The pym snippet as a newsroom pastes it, with Pym's script served here instead of NPR's CDN.
  const pymHost = (file: string) => {
    const { pym } = embedSnippets('crime-trend-line', { locale: 'en', theme: 'light' }, charts.url);
    return hostPage(file, pym.replace(pymScriptUrl, '/pym/pym.v1.min.js'));
  };

  it.each([1200, 360])('takes its content’s height at %i px', async (width) => {
    const { page, frame, watched } = await open(await pymHost('pym.html'), width);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(2);
    // Pym's own initialisation of the snippet's element: its id is the child's id, the title the frame's.
    const container = page.locator('[data-pym-src]');
    expect(new URL(frame.url()).searchParams.get('childId')).toBe(await container.getAttribute('id'));
    expect(await page.locator('iframe').getAttribute('title')).toBe(title);
    expect(await container.locator('a').count()).toBe(0);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('follows the parent page’s resizes', async () => {
    const { page, frame } = await open(await pymHost('pym-resize.html'), 1200);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(2);
    const wide = await frameHeight(page);
    await page.setViewportSize({ width: 360, height: 900 });
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(2);
    expect(await frameHeight(page)).not.toBe(wide);
    await page.close();
  });
});

describe('a chart page embedded by WordPress (wp-embed.js of WordPress 6.1)', () => {
  // The page's own oEmbed html, with its published addresses pointing at the test's server, as
  // WordPress keeps it.
  const secret = 'a1B2c3D4e5';
  const embed = () => {
    const response = JSON.parse(
      readFileSync(join(embedDist, 'pages/crime-trend-line.en.light.oembed.json'), 'utf8'),
    ) as { html: string };
    const filtered = wordpressFilteredEmbed(
      response.html.replaceAll(publishedBase([], process.env), charts.url),
      secret,
    );
    if (!filtered) throw new Error('WordPress keeps nothing of the oEmbed html');
    return `${filtered}<script src="/wp/wp-embed.js"></script>`;
  };

  it('keeps the link to the chart page and the titled iframe of the oEmbed html', () => {
    const kept = embed();
    expect(kept).toContain(
      `<blockquote class="wp-embedded-content" data-secret="${secret}"><a href="${chartPage()}">${title}</a></blockquote>`,
    );
    expect(kept).toContain(`src="${chartPage()}#?secret=${secret}"`);
    expect(kept).toContain(`title="${title}"`);
  });

  it('is shown in place of its blockquote at its content’s height, within WordPress’s 200–1000 px', async () => {
    const { page, frame, watched } = await open(await hostPage('wordpress.html', embed()), 1000);
    await expect.poll(() => page.locator('iframe').getAttribute('style')).toBeNull();
    expect(await page.locator('blockquote').isVisible()).toBe(false);
    const expected = Math.min(1000, Math.max(200, await contentHeight(frame)));
    await expect.poll(async () => Math.abs((await frameHeight(page)) - expected)).toBeLessThanOrEqual(2);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('stays hidden behind its blockquote when the secret in its address is not the one WordPress gave it', async () => {
    const forged = embed().replace(`#?secret=${secret}`, '#?secret=zzzzzzzzzz');
    const { page } = await open(await hostPage('wordpress-forged.html', forged), 1000);
    await page.waitForTimeout(500);
    expect(await page.locator('iframe').getAttribute('style')).not.toBeNull();
    expect(await page.locator('blockquote').isVisible()).toBe(true);
    await page.close();
  });
});

describe('a chart page in an amp-iframe (#amp=1)', () => {
  it('posts AMP’s embed-size with its content’s height, and embed-ready once drawn', async () => {
    const url = await hostPage(
      'amp.html',
      `<iframe src="${chartPage()}#amp=1" title="Chart" width="600" height="400"></iframe>
<script>window.ampMessages = []; addEventListener('message', (event) => {
  if (event.source === document.querySelector('iframe').contentWindow && event.data && event.data.sentinel === 'amp') window.ampMessages.push(event.data);
});</script>`,
    );
    const { page, frame } = await open(url, 1000);
    type AmpMessage = { type: string; height?: number };
    const messages = () => page.evaluate(() => (window as unknown as { ampMessages: AmpMessage[] }).ampMessages);
    await expect.poll(async () => (await messages()).map((message) => message.type)).toContain('embed-ready');
    const sizes = (await messages()).filter((message) => message.type === 'embed-size');
    expect(Math.abs((sizes.at(-1)?.height ?? 0) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
    await page.close();
  });
});
