// Charts take a newsroom's update of the figures (#18 item 4): an element's data-src (fetched with
// CORS) or inline JSON child, the error state of a bad update or a failed fetch (with its retry), and
// the iframe pages, which take data-src only from their own origin (or one allowed at build time).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.js';
import { framePage } from '../../scripts/embed-build.js';
import { type StaticServer, startStaticServer } from '../../scripts/embed-server.js';
import { assertBuilt, embedDist, newPageIn, type Watched, watch } from './helpers.js';

const fact = (id: string, value: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  status: 'reported',
  value,
  unit: 'offences',
  period: id.split('.').pop(),
  source: 'kpsisu',
  ...extra,
});
/** A valid update: the year 2026 of the line's total. */
const update = { facts: [fact('crimes.total.2026', 310)] };
const hostile = '<img src=x onerror="window.__kzXss=1">';
/** A valid update whose new source's texts are markup, and whose source list has a link. */
const markupUpdate = {
  sources: {
    'news-desk': {
      publisher: `<b>Desk</b>${hostile}`,
      title: '<script>window.__kzXss=2</script>',
      date: '2026',
      url: 'https://news.example.kz/method',
      language: 'en',
    },
  },
  facts: [fact('crimes.total.2026', 310, { source: 'news-desk' })],
};
/** A bad update, with markup in its values and a javascript: link. */
const badUpdate = {
  sources: {
    evil: { publisher: 'Evil', title: 'Evil', date: '2026', url: 'javascript:alert(1)', language: 'en' },
  },
  facts: [fact('crimes.total.2026', hostile), fact('crimes.art128.2026', -5, { unit: 'javascript:alert(1)' })],
};

let browser: Browser;
/** The article's origin, serving the embed at /embed/ and the newsroom's files at /data/. */
let site: StaticServer;
/** Another origin, serving update files with CORS. */
let other: StaticServer;
let siteDir: string;
let dataDir: string;

beforeAll(async () => {
  assertBuilt();
  siteDir = await mkdtemp(join(tmpdir(), 'kz-embed-data-site-'));
  dataDir = await mkdtemp(join(tmpdir(), 'kz-embed-data-other-'));
  for (const dir of [siteDir, dataDir]) {
    await writeFile(join(dir, 'update.json'), JSON.stringify(update));
    await writeFile(join(dir, 'bad.json'), JSON.stringify(badUpdate));
  }
  await writeFile(join(siteDir, 'markup.json'), JSON.stringify(markupUpdate));
  await writeFile(
    join(siteDir, 'update.csv'),
    '\uFEFFid;status;value;unit;period;source\ncrimes.total.2026;reported;310;offences;2026;kpsisu\n',
  );
  // Over core's maxUpdateBytes (2 MiB): refused without being read.
  await writeFile(join(siteDir, 'huge.json'), `{"facts":[],"pad":"${'x'.repeat(2 * 1024 * 1024 + 10)}"}`);
  site = await startStaticServer({ mounts: { '/': siteDir, '/embed/': embedDist } });
  other = await startStaticServer({
    mounts: { '/': dataDir },
    headers: () => ({ 'access-control-allow-origin': '*' }),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await other?.close();
});

/** An article with `body` and the loader from the site's /embed/. */
async function article(name: string, body: string): Promise<string> {
  await writeFile(
    join(siteDir, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">
<script src="/embed/kz-charts.js" defer></script></head><body><h1>Article</h1>${body}</body></html>`,
  );
  return `${site.url}/${name}`;
}

async function open(url: string): Promise<{ page: Page; watched: Watched }> {
  const page = await newPageIn(browser, 1000);
  const watched = await watch(page);
  await page.goto(url);
  return { page, watched };
}

/** The text of the line chart's data table, in the shadow root of `selector`. */
const tableText = (page: Page, selector: string) =>
  page.evaluate(
    (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('.kzt-table table')?.textContent ?? '',
    selector,
  );

/** A bar chart without an update on the same page, which must draw whatever happens to the line. */
const bystander = '<kz-slavery-index-bar id="bar" locale="en" loading="eager"></kz-slavery-index-bar>';

describe('custom elements with an update of the figures', () => {
  it('draw the figures of a data-src on another origin, fetched with CORS, and offer snippets carrying it', async () => {
    const src = `${other.url}/update.json`;
    const { page, watched } = await open(
      await article(
        'cors.html',
        `<kz-crime-trend-line id="line" locale="en" loading="eager" data-src="${src}" style="display:block;min-height:710px"><img id="bundled" src="/embed/static/crime-trend-line.en.light.svg" alt="bundled"></kz-crime-trend-line>${bystander}`,
      ),
    );
    await page.locator('#line figure[data-kzt-drawn]').waitFor();
    await page.locator('#bar figure[data-kzt-drawn]').waitFor();
    expect(await tableText(page, '#line')).toContain('2026');
    expect(await tableText(page, '#bar')).not.toBe('');
    // The pre-rendered picture of the bundled figures was never shown in its place.
    expect(await page.locator('#bundled').isVisible()).toBe(false);
    // The figure's Embed action gives snippets that carry the update's address, without the bundled picture.
    await page.locator('#line').getByRole('button', { name: 'Embed' }).click();
    const script = page.locator('#line').getByRole('textbox', { name: 'Script and custom element' });
    await expect.poll(() => script.inputValue()).toContain(`data-src="${src}"`);
    expect(await script.inputValue()).not.toContain('<img');
    const iframe = await page.locator('#line').getByRole('textbox', { name: 'Iframe' }).inputValue();
    expect(iframe).toContain(`crime-trend-line.html?locale=en&#38;data-src=${encodeURIComponent(src)}`);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('draw the figures of an inline JSON child', async () => {
    const { page, watched } = await open(
      await article(
        'inline.html',
        `<kz-crime-trend-line id="line" locale="en" loading="eager"><script type="application/json">${JSON.stringify(update)}</script></kz-crime-trend-line>`,
      ),
    );
    await page.locator('#line figure[data-kzt-drawn]').waitFor();
    expect(await tableText(page, '#line')).toContain('2026');
    // Inline figures have no address an embed could fetch them from: no Embed action.
    expect(await page.locator('#line').getByRole('button', { name: 'Embed' }).count()).toBe(0);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('read a CSV update as a spreadsheet saves it', async () => {
    const { page, watched } = await open(
      await article(
        'csv.html',
        '<kz-crime-trend-line id="line" locale="en" loading="eager" data-src="update.csv"></kz-crime-trend-line>',
      ),
    );
    await page.locator('#line figure[data-kzt-drawn]').waitFor();
    expect(await tableText(page, '#line')).toContain('2026');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('show the texts of a valid update as text, never markup', async () => {
    const { page, watched } = await open(
      await article(
        'markup.html',
        '<kz-crime-trend-line id="line" locale="en" loading="eager" data-src="/markup.json"></kz-crime-trend-line>',
      ),
    );
    await page.locator('#line figure[data-kzt-drawn]').waitFor();
    expect(await tableText(page, '#line')).toContain('2026');
    const shown = await page.evaluate(() => {
      const root = document.querySelector('#line')?.shadowRoot;
      return {
        xss: (window as unknown as { __kzXss?: number }).__kzXss ?? null,
        elements: [...(root?.querySelectorAll('img, script, b') ?? [])].map((node) => node.tagName),
        links: [...(root?.querySelectorAll('a[href]') ?? [])].map((link) => link.getAttribute('href')),
        text: root?.textContent ?? '',
      };
    });
    expect(shown.xss).toBeNull();
    expect(shown.elements).toEqual([]);
    for (const href of shown.links) expect(href).toMatch(/^https?:\/\//);
    // The chart's source line credits the update's own source, its markup shown as text.
    expect(shown.text).toContain('<b>Desk</b>');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('refuse a file over the size limit without reading it', async () => {
    const { page } = await open(
      await article(
        'huge.html',
        '<kz-crime-trend-line id="line" locale="en" loading="eager" data-src="/huge.json"></kz-crime-trend-line>',
      ),
    );
    const notice = page.locator('#line [role="alert"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('too large');
    await page.close();
  });

  it('load the update code only for an element with an update', async () => {
    const before = site.requests.length;
    const { page } = await open(await article('plain.html', bystander));
    await page.locator('#bar figure[data-kzt-drawn]').waitFor();
    expect(site.requests.slice(before).filter((path) => path.includes('dataset-update'))).toEqual([]);
    await page.close();
  });

  it('show a bad update’s problems by fact id and field, as text, in the figure’s language', async () => {
    const { page, watched } = await open(
      await article(
        'bad.html',
        `<kz-crime-trend-line id="line" locale="en" loading="eager" data-src="/bad.json"></kz-crime-trend-line>
<kz-crime-trend-line id="line-ru" loading="eager" data-src="/bad.json"></kz-crime-trend-line>${bystander}`,
      ),
    );
    const notice = page.locator('#line [role="alert"]');
    await notice.waitFor();
    await page.locator('#bar figure[data-kzt-drawn]').waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('The update of the figures has problems');
    expect(text).toContain('crimes.total.2026 value');
    expect(text).toContain('crimes.art128.2026');
    expect(text).toContain('source:evil url');
    // The value is quoted as text (its quotes escaped), never parsed as markup.
    expect(text).toContain('<img src=x onerror=');
    const russian = (await page.locator('#line-ru [role="alert"]').textContent()) ?? '';
    expect(russian).toContain('В обновлении данных есть ошибки');
    expect(russian).toContain('crimes.total.2026 value');
    // No retry: the same file would give the same problems.
    expect(await notice.getByRole('button').count()).toBe(0);
    const injected = await page.evaluate(() => ({
      xss: (window as unknown as { __kzXss?: number }).__kzXss ?? null,
      elements: [...document.querySelectorAll('kz-crime-trend-line')].flatMap((element) =>
        [...(element.shadowRoot?.querySelectorAll('img, script, a[href^="javascript"]') ?? [])].map(
          (node) => node.tagName,
        ),
      ),
    }));
    expect(injected).toEqual({ xss: null, elements: [] });
    // One warning for the page, however many charts name the file.
    expect(watched.errors.length).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('show a failed fetch with a retry that works, leaving the other charts alone', async () => {
    await rm(join(siteDir, 'late.json'), { force: true });
    const { page } = await open(
      await article(
        'late.html',
        `<kz-crime-trend-line id="line" locale="en" loading="eager" data-src="/late.json"></kz-crime-trend-line>${bystander}`,
      ),
    );
    const retry = page.locator('#line').getByRole('button', { name: 'Try again' });
    await retry.waitFor();
    expect(await page.locator('#line [role="alert"]').textContent()).toContain('could not be loaded');
    await page.locator('#bar figure[data-kzt-drawn]').waitFor();
    await writeFile(join(siteDir, 'late.json'), JSON.stringify(update));
    await retry.click();
    await page.locator('#line figure[data-kzt-drawn]').waitFor();
    expect(await tableText(page, '#line')).toContain('2026');
    expect(await page.locator('#line [role="alert"]').count()).toBe(0);
    await page.close();
  });

  it('draw again from a new data-src', async () => {
    const { page } = await open(
      await article('change.html', '<kz-crime-trend-line id="line" locale="en" loading="eager"></kz-crime-trend-line>'),
    );
    await page.locator('#line figure[data-kzt-drawn]').waitFor();
    expect(await tableText(page, '#line')).not.toContain('2026');
    await page.locator('#line').evaluate((element) => element.setAttribute('data-src', '/update.json'));
    await expect.poll(() => tableText(page, '#line')).toContain('2026');
    await page.close();
  });
});

describe('iframe chart pages with an update of the figures', () => {
  it('take a data-src of their own origin, without showing the bundled picture as the figure', async () => {
    await writeFile(join(embedDist, 'kz-test-update.json'), JSON.stringify(update));
    try {
      for (const path of ['crime-trend-line.html?locale=en&', 'pages/crime-trend-line.en.light.html?']) {
        const { page, watched } = await open(`${site.url}/embed/${path}data-src=/embed/kz-test-update.json`);
        await page.locator('kz-crime-trend-line figure[data-kzt-drawn]').waitFor();
        expect(await tableText(page, 'kz-crime-trend-line'), path).toContain('2026');
        expect(await page.locator('main img, main details').count(), path).toBe(0);
        // The page's favicon is no concern of this test.
        expect(
          watched.errors.filter((error) => !error.includes('404')),
          path,
        ).toEqual([]);
        await page.close();
      }
    } finally {
      await rm(join(embedDist, 'kz-test-update.json'), { force: true });
    }
  });

  it('take a data-src of an origin allowed when they were built', async () => {
    const allowedPage = join(embedDist, 'kz-test-allowed.html');
    await writeFile(
      allowedPage,
      framePage('crime-trend-line', { locale: 'en', title: 'Allowed', body: '', dataOrigins: [other.url] }),
    );
    try {
      const { page, watched } = await open(
        `${site.url}/embed/kz-test-allowed.html?locale=en&data-src=${encodeURIComponent(`${other.url}/update.json`)}`,
      );
      await page.locator('kz-crime-trend-line figure[data-kzt-drawn]').waitFor();
      expect(await tableText(page, 'kz-crime-trend-line')).toContain('2026');
      expect(watched.errors.filter((error) => !error.includes('404'))).toEqual([]);
      await page.close();
    } finally {
      await rm(allowedPage, { force: true });
    }
  });

  it('refuse a data-src of another origin, saying so, and fetch nothing from it', async () => {
    const foreign = `${other.url}/update.json`;
    const before = other.requests.length;
    for (const path of ['crime-trend-line.html?locale=en&', 'pages/crime-trend-line.en.light.html?']) {
      const { page } = await open(`${site.url}/embed/${path}data-src=${encodeURIComponent(foreign)}`);
      const notice = page.locator('main [role="alert"]');
      await notice.waitFor();
      expect(await notice.textContent(), path).toContain('This chart page does not take figures from this address');
      expect(await notice.textContent(), path).toContain(foreign);
      expect(await page.locator('kz-crime-trend-line').count(), path).toBe(0);
      expect(await page.locator('main img').count(), path).toBe(0);
      await page.close();
    }
    expect(other.requests.length).toBe(before);
  });
});
