// Node consumers of the tarballs: type checks (bundler, nodenext), server rendering from ESM and
// CommonJS, a CommonJS require of core, and the embed's browser files served as a CDN would.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.js';
import { startStaticServer } from '../../scripts/embed-server.js';
import { installConsumer, node, root, run, versions, visit } from './helpers.js';

const tsc = join(root, 'node_modules/typescript/bin/tsc');
const chartNames = ['slavery-index-bar', 'crime-trend-line', 'victim-gender-donut', 'regional-share'];

let app: string;
let cjs: string;

beforeAll(async () => {
  [app, cjs] = await Promise.all([
    installConsumer({
      name: 'node',
      fixture: 'node',
      packages: ['core', 'react', 'embed'],
      dependencies: {
        react: versions.react19,
        'react-dom': versions.react19,
        'react-is': versions.react19,
        recharts: versions.recharts,
        '@types/react': versions.typesReact19,
        '@types/react-dom': versions.typesReactDom19,
      },
    }),
    installConsumer({ name: 'cjs', fixture: 'cjs', packages: ['core'], dependencies: {}, type: 'commonjs' }),
  ]);
});

describe('a TypeScript consumer', () => {
  it.each(['bundler', 'nodenext', 'node10'])('type-checks under moduleResolution %s', async (resolution) => {
    const { stdout, code } = await node([tsc, '-p', `tsconfig.${resolution}.json`, '--pretty', 'false'], app, {
      allowFailure: true,
    });
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });
});

/** The server-rendered figure of a chart: everything but the drawing, which mounts on the client. */
function expectServerFigure(html: string | undefined): void {
  expect(html).toMatch(/^<figure class="kzt-figure"/);
  expect(html).toMatch(/<h2 id="[^"]+" class="kzt-title">[^<]+<\/h2>/);
  expect(html).toContain('<table>');
  expect(html).toMatch(/class="kzt-box" style="(height:\d+px|aspect-ratio:[\d.]+)"/);
  expect(html).not.toContain('role="alert"');
}

describe('server rendering with react-dom/server', () => {
  it('renders every chart from a Node ESM script, with no window', async () => {
    const { stdout, stderr } = await node(['render.mjs'], app);
    const result = JSON.parse(stdout) as { html: Record<string, string>; window: string };
    expect(result.window).toBe('undefined');
    expect(Object.keys(result.html)).toEqual(chartNames);
    for (const name of chartNames) expectServerFigure(result.html[name]);
    expect(result.html['slavery-index-bar']).toContain('Walk Free, Global Slavery Index 2023');
    expect(stderr).toBe('');
  });

  it('renders every chart from CommonJS (the root entry’s require build)', async () => {
    const { stdout, stderr } = await node(['render.cjs'], app);
    const { html } = JSON.parse(stdout) as { html: Record<string, string> };
    expect(Object.keys(html)).toHaveLength(4);
    for (const markup of Object.values(html)) expectServerFigure(markup);
    expect(stderr).toBe('');
  });
});

describe('CommonJS', () => {
  it('requires every entry of core', async () => {
    const { stdout, stderr } = await node(['require.cjs'], cjs);
    expect(JSON.parse(stdout)).toEqual({
      percentChange: 10,
      csv: 'a,b\r\nx,1\r\n',
      crimes2025: 298,
      kkLocale: 'kk',
      slaveryRows: 2,
      crimeYears: 4,
      victimSlices: 2,
      regionalRows: 20,
      topology: 'Topology',
      geometryCredit: 'Boundaries: geokz (CC BY 4.0), OCHA/UNHCR, © OpenStreetMap contributors',
      error: { isKztError: true, code: 'unknown-country' },
    });
    expect(stderr).toBe('');
  });
});

describe('the kz-charts command of the installed core', () => {
  // The bin as a data desk runs it after `npm install @kz-trafficking/core`.
  const kzCharts = (args: string[]) => run(join(cjs, 'node_modules/.bin/kz-charts'), args, cjs, { allowFailure: true });

  it('writes a chart’s template, which checks as valid, and prints the fact check', async () => {
    const template = await kzCharts(['template', 'crime-trend-line', '--out', 'crimes.json']);
    expect(template).toMatchObject({ code: 0, stderr: '' });
    const check = await kzCharts(['check', 'crimes.json', '--locale', 'en']);
    expect(check).toMatchObject({ code: 0, stderr: '' });
    expect(check.stdout).toContain('The update is valid: 0 facts replaced, 0 added.');
  });

  it('prints a bad file’s problems with exit 1, and no stack trace', async () => {
    await writeFile(
      join(cjs, 'bad.csv'),
      '\uFEFFid;status;value;unit;period;source\ncrimes.total.2026;reported;много;offences;2026;kpsisu\n',
    );
    const check = await kzCharts(['check', 'bad.csv']);
    expect(check).toMatchObject({ code: 1, stderr: '' });
    expect(check.stdout).toBe('crimes.total.2026 value: должно быть: конечное число, указано «много»\n');
  });
});

describe('@kz-trafficking/embed installed from its tarball', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('resolves its browser files through the exports map (ESM and CommonJS)', async () => {
    const script = `
      const { createRequire } = await import('node:module');
      const require = createRequire(process.cwd() + '/');
      const files = ['dist/kz-charts.js', 'dist/kz-resizer.js', 'dist/static/manifest.json'];
      console.log(JSON.stringify(files.map((file) => [
        import.meta.resolve('@kz-trafficking/embed/' + file).endsWith(file),
        require.resolve('@kz-trafficking/embed/' + file).endsWith(file),
      ])));`;
    const { stdout } = await node(['--input-type=module', '-e', script], app);
    expect(JSON.parse(stdout)).toEqual([
      [true, true],
      [true, true],
      [true, true],
    ]);
  });

  it('draws the four custom elements in Chromium from the files a CDN would serve', async () => {
    const server = await startStaticServer({ mounts: { '/': app, '/cdn/': join(app, 'node_modules') } });
    try {
      const { charts, problems } = await visit(browser, `${server.url}/cdn.html`, 4);
      expect(problems).toEqual([]);
      expect(charts.map((chart) => chart.chart)).toEqual(chartNames.map((name) => `kz-${name}`));
      for (const chart of charts) {
        expect(chart.title, chart.chart).not.toBe('');
        expect(chart.svg, chart.chart).toBe(true);
        expect(chart.marks, chart.chart).toBeGreaterThan(0);
      }
    } finally {
      await server.close();
    }
  });

  it('draws its iframe page, which the resizer sizes to the chart', async () => {
    const server = await startStaticServer({ mounts: { '/': app, '/cdn/': join(app, 'node_modules') } });
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    try {
      await page.goto(`${server.url}/cdn.html`);
      const frame = page.frameLocator('iframe[data-kz-chart]');
      await frame.locator('figure.kzt-figure .kzt-box svg .kzt-mark').first().waitFor({ timeout: 30_000 });
      // The resizer makes the iframe as tall as the chart page's content, with nothing scrolled away.
      const gap = () =>
        page.evaluate(() => {
          const iframe = document.querySelector('iframe') as HTMLIFrameElement;
          const main = iframe.contentDocument?.querySelector('main');
          return Math.abs(iframe.getBoundingClientRect().height - (main?.getBoundingClientRect().height ?? 0));
        });
      await expect.poll(gap, { timeout: 10_000 }).toBeLessThanOrEqual(2);
      const sizes = await page.evaluate(() => {
        const iframe = document.querySelector('iframe') as HTMLIFrameElement;
        const root = iframe.contentDocument?.documentElement;
        return {
          height: iframe.getBoundingClientRect().height,
          hidden: (root?.scrollHeight ?? 0) - (root?.clientHeight ?? 0),
        };
      });
      expect(sizes.height).toBeGreaterThan(300);
      expect(sizes.hidden, JSON.stringify(sizes)).toBeLessThanOrEqual(2);
      expect(await frame.locator('.kzt-title').textContent()).not.toBe('');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
