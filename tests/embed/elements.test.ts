import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedSnippets, staticHeights } from '../../packages/core/src/embed.js';
import { launchChromium } from '../../scripts/chromium.js';
import { type StaticServer, startStaticServer } from '../../scripts/embed-server.js';
import { assertBuilt, embedDist, layoutShift, newPageIn, observeLayoutShift, type Watched, watch } from './helpers.js';

const embedPackage = JSON.parse(readFileSync(join(embedDist, '..', 'package.json'), 'utf8')) as { version: string };

let browser: Browser;
let server: StaticServer;
let serverDir: string;

// A host page with hostile styles, two charts, and the script pasted twice (two snippets).
const hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="host.css">
<script src="/embed/kz-charts.js"></script></head>
<body><h1>Host</h1>
<kz-slavery-index-bar id="bar" locale="en"></kz-slavery-index-bar>
<script src="/embed/kz-charts.js"></script>
<kz-victim-gender-donut id="donut" locale="en" theme="dark"></kz-victim-gender-donut>
</body></html>`;
const hostCss = `body{font-family:"Courier New",monospace}
h2{color:rgb(255,0,0)!important;font-size:60px}
p{display:none}
svg{display:none}`;

beforeAll(async () => {
  assertBuilt();
  serverDir = await mkdtemp(join(tmpdir(), 'kz-embed-elements-'));
  await writeFile(join(serverDir, 'index.html'), hostPage);
  await writeFile(join(serverDir, 'host.css'), hostCss);
  server = await startStaticServer({ mounts: { '/': serverDir, '/embed/': embedDist } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<{ page: Page; watched: Watched; runs: () => Promise<number> }> {
  const page = await newPageIn(browser, 1000);
  const watched = await watch(page);
  // Counts how often a runtime publishes itself: once, however many times the script is pasted.
  await page.addInitScript(() => {
    let value: unknown;
    const state = window as unknown as { __kzRuns: number };
    state.__kzRuns = 0;
    Object.defineProperty(window, 'KzCharts', {
      configurable: true,
      get: () => value,
      set: (next) => {
        state.__kzRuns += 1;
        value = next;
      },
    });
  });
  await page.goto(`${server.url}/`);
  await page.locator('#bar .kzt-box svg .kzt-mark').first().waitFor();
  await page.locator('#donut .kzt-box svg .kzt-mark').first().waitFor();
  return { page, watched, runs: () => page.evaluate(() => (window as unknown as { __kzRuns: number }).__kzRuns) };
}

const title = (page: Page, id: string) => page.locator(`#${id} .kzt-title`).textContent();

describe('custom elements', () => {
  it('share one runtime between charts, even when the script is pasted twice', async () => {
    const { page, watched, runs } = await open();
    expect(await runs()).toBe(1);
    const runtime = await page.evaluate(
      () => (window as unknown as { KzCharts: { charts: string[]; version: string } }).KzCharts,
    );
    expect(runtime.charts).toHaveLength(4);
    // The package's own version, written in by the build.
    expect(runtime.version).toBe(embedPackage.version);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('isolates styles from the host page but inherits its font', async () => {
    const { page } = await open();
    const styles = await page.locator('#bar .kzt-title').evaluate((heading) => {
      const style = getComputedStyle(heading);
      return { color: style.color, font: style.fontFamily };
    });
    expect(styles.color).not.toBe('rgb(255, 0, 0)');
    expect(styles.font).toMatch(/Courier New/);
    expect(await page.locator('#bar .kzt-subtitle').isVisible()).toBe(true);
    expect(await page.locator('#bar .kzt-box svg').first().isVisible()).toBe(true);
    await page.close();
  });

  it('re-renders when an attribute changes', async () => {
    const { page, watched } = await open();
    expect(await title(page, 'bar')).toBe('Prevalence of modern slavery');
    await page.locator('#bar').evaluate((element) => element.setAttribute('locale', 'ru'));
    await expect.poll(() => title(page, 'bar')).toBe('Распространённость современного рабства');
    await page.locator('#bar').evaluate((element) => element.setAttribute('countries', 'KZ, UZ KG'));
    await expect.poll(() => page.locator('#bar [role="option"]').count()).toBe(3);
    await page.locator('#donut').evaluate((element) => element.setAttribute('breakdown', 'citizenship'));
    await expect
      .poll(() => page.locator('#donut [role="option"]').first().getAttribute('aria-label'))
      .toMatch(/citizens/i);
    await page.locator('#donut').evaluate((element) => element.setAttribute('theme', 'light'));
    await expect.poll(() => page.locator('#donut figure').getAttribute('data-kzt-theme')).toBe('light');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('treats attribute values as data, never markup', async () => {
    const { page, watched } = await open();
    const payload = '<img src=x onerror="window.__kzXss=1"><script>window.__kzXss=2</script>';
    await page.locator('#bar').evaluate((element, value) => element.setAttribute('chart-title', value), payload);
    await expect.poll(() => title(page, 'bar')).toBe(payload);
    // An invalid option: the chart's visible error state, with the value as text.
    await page
      .locator('#donut')
      .evaluate((element) => element.setAttribute('breakdown', '<script>window.__kzXss=3</script>'));
    await expect.poll(() => page.locator('#donut .kzt-error').textContent()).toContain('<script>');
    const injected = await page.evaluate(() => {
      const roots = [...document.querySelectorAll('kz-slavery-index-bar, kz-victim-gender-donut')].map(
        (element) => element.shadowRoot as ShadowRoot,
      );
      return {
        xss: (window as unknown as { __kzXss?: number }).__kzXss ?? null,
        elements: roots.flatMap((root) => [...root.querySelectorAll('img, script')].map((element) => element.tagName)),
        links: roots.flatMap((root) => [...root.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'))),
      };
    });
    expect(injected.xss).toBeNull();
    expect(injected.elements).toEqual([]);
    for (const href of injected.links) expect(href).toMatch(/^https?:\/\//);
    // The runtime is a production build: the error state is shown, and nothing is logged.
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('gives the figure as a standalone SVG', async () => {
    const { page } = await open();
    const svg = await page
      .locator('#bar')
      .evaluate((element) => (element as HTMLElement & { toSvg(): string }).toSvg());
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>Prevalence of modern slavery</title>');
    await page.close();
  });

  it('gives, from toSvg(), the same SVG as the figure’s own Download SVG button', async () => {
    const { page } = await open();
    for (const id of ['#bar', '#donut']) {
      const element = page.locator(id);
      await element.locator('.kzt-box svg .kzt-mark').first().waitFor();
      const fromElement = await element.evaluate((chart) => (chart as HTMLElement & { toSvg(): string }).toSvg());
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        element.getByRole('button', { name: 'Download SVG' }).click(),
      ]);
      const path = await download.path();
      expect(readFileSync(path, 'utf8'), id).toBe(fromElement);
    }
    await page.close();
  });

  it('offers the Embed action, its snippets served from where the script was loaded', async () => {
    const { page, watched } = await open();
    // Playwright's locators pierce the open shadow root.
    await page.locator('#bar').getByRole('button', { name: 'Embed' }).click();
    const script = page.locator('#bar').getByRole('textbox', { name: 'Script and custom element' });
    await expect
      .poll(() => script.inputValue())
      .toContain(`<script src="${server.url}/embed/kz-charts.js" defer></script>`);
    // The options are pre-rendered: the element holds its picture, shown until the chart is drawn.
    expect(await script.inputValue()).toMatch(
      new RegExp(
        `<kz-slavery-index-bar locale="en" style="display:block;min-height:810px"><picture><source media="\\(prefers-color-scheme: dark\\)" srcset="${server.url}/embed/static/slavery-index-bar\\.en\\.dark\\.svg"><img src="${server.url}/embed/static/slavery-index-bar\\.en\\.light\\.svg" width="640" height="${staticHeights['slavery-index-bar'].en}" alt="Horizontal bar chart [^"]+"[^>]*></picture></kz-slavery-index-bar>`,
      ),
    );
    const iframe = await page.locator('#bar').getByRole('textbox', { name: 'Iframe' }).inputValue();
    expect(iframe).toContain(`src="${server.url}/embed/pages/slavery-index-bar.en.auto.html"`);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('works as a module script too, its snippets served from where it was loaded', async () => {
    await writeFile(
      join(serverDir, 'module.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Module</title><link rel="icon" href="data:,">' +
        '<script type="module" src="/embed/kz-charts.js"></script></head>' +
        '<body><kz-crime-trend-line id="line" locale="en"></kz-crime-trend-line></body></html>',
    );
    const page = await newPageIn(browser, 1000);
    const watched = await watch(page);
    await page.goto(`${server.url}/module.html`);
    await page.locator('#line figure[data-kzt-drawn]').waitFor();
    await page.locator('#line').getByRole('button', { name: 'Embed' }).click();
    const script = page.locator('#line').getByRole('textbox', { name: 'Script and custom element' });
    await expect
      .poll(() => script.inputValue())
      .toContain(`<script src="${server.url}/embed/kz-charts.js" defer></script>`);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  describe('hold their place until the deferred script draws them, so the article below does not jump', () => {
    const article = (
      snippet: string,
      column = 640,
    ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
<link rel="icon" href="data:,"><style>main{max-width:${column}px;margin:0 auto;font:16px/1.5 sans-serif}</style></head>
<body><main><h1>Article</h1><p>${'Text before the chart. '.repeat(20)}</p>${snippet}<p id="after">${'Text after the chart. '.repeat(40)}</p></main></body></html>`;
    const shiftOf = async (file: string) => {
      const page = await newPageIn(browser, 1000);
      await observeLayoutShift(page);
      await page.goto(`${server.url}/${file}`);
      await page.locator('kz-crime-trend-line figure[data-kzt-drawn]').waitFor();
      await page.waitForTimeout(300);
      const { cls } = await layoutShift(page);
      const reserved = await page
        .locator('kz-crime-trend-line')
        .evaluate((element) => (element as HTMLElement).style.minHeight);
      await page.close();
      return { cls, reserved };
    };

    it('with the pre-rendered picture inside the element, at 640 and 720 px', async () => {
      const { script } = embedSnippets('crime-trend-line', { locale: 'en' }, `${server.url}/embed`);
      expect(script).toContain('<img src=');
      // The control: the same element with nothing inside and no reserved height, which must shift.
      const empty = script.replace(/<picture>.*<\/picture>/, '').replace(/ style="[^"]*"/, '');
      await writeFile(join(serverDir, 'empty.html'), article(empty));
      const control = await shiftOf('empty.html');
      expect(control.cls).toBeGreaterThan(0.1);
      for (const column of [640, 720]) {
        await writeFile(join(serverDir, `picture-${column}.html`), article(script, column));
        expect((await shiftOf(`picture-${column}.html`)).cls, `${column} px`).toBe(0);
      }
    });

    it('with the reserved height of options that are not pre-rendered', async () => {
      const { script } = embedSnippets('crime-trend-line', { locale: 'en', series: ['total'] }, `${server.url}/embed`);
      expect(script).not.toContain('<img');
      await writeFile(join(serverDir, 'reserved.html'), article(script));
      await writeFile(join(serverDir, 'unreserved.html'), article(script.replace(/ style="[^"]*"/, '')));
      const control = await shiftOf('unreserved.html');
      expect(control.cls).toBeGreaterThan(0.1);
      const held = await shiftOf('reserved.html');
      expect(held.cls).toBe(0);
      // The element dropped the reserved height once its chart was drawn.
      expect(held.reserved).toBe('');
    });
  });
});
