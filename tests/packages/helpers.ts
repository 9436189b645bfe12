import { execFile } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

export const root = resolve(import.meta.dirname, '../..');
export const fixtures = join(root, 'tests/packages/fixtures');

export const packageNames = ['core', 'react', 'embed'] as const;
export type PackageName = (typeof packageNames)[number];

export interface Packed {
  /** The run's temporary folder: the tarballs and one folder per consumer. */
  work: string;
  tarballs: Record<PackageName, string>;
}

/** Where global-setup.ts hands the tarballs to the test files (workers start after it). */
export const packedVariable = 'KZ_PACKED_TARBALLS';

export function packed(): Packed {
  const value = process.env[packedVariable];
  if (!value) throw new Error(`${packedVariable} is not set: run these tests through the \`packages\` vitest project.`);
  return JSON.parse(value) as Packed;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** The exit code (only with `allowFailure`; otherwise a failure rejects). */
  code: number;
}

export interface RunOptions {
  env?: Record<string, string>;
  /** Resolve with the exit code instead of rejecting when the command fails. */
  allowFailure?: boolean;
}

/** Runs a command; rejects with its output when it fails. */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  { env = {}, allowFailure = false }: RunOptions = {},
): Promise<RunResult> {
  return new Promise((done, fail) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && !allowFailure)
          fail(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`));
        else done({ stdout, stderr, code: typeof error?.code === 'number' ? error.code : error ? 1 : 0 });
      },
    );
  });
}

/** Node with a script of a consumer folder. */
export function node(args: readonly string[], cwd: string, options: RunOptions = {}): Promise<RunResult> {
  return run(process.execPath, args, cwd, options);
}

/**
 * The pnpm that runs this test (`npx -y pnpm@10.34.9 run test:packages` sets npm_execpath), else the
 * README's pinned one through npx. Every consumer installs through the same store as the workspace.
 */
export function pnpm(args: readonly string[], cwd: string): Promise<RunResult> {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return node([execPath, ...args], cwd);
  return run('npx', ['-y', 'pnpm@10.34.9', ...args], cwd);
}

export interface ConsumerSpec {
  /** Folder name under the run's temporary folder. */
  name: string;
  /** Folder of tests/packages/fixtures copied into it. */
  fixture: string;
  /** Our packages it depends on, installed from their tarballs. */
  packages: readonly PackageName[];
  /** Other dependencies, from the registry. */
  dependencies: Record<string, string>;
  type?: 'module' | 'commonjs';
}

/**
 * Copies a fixture into its own temporary folder, writes its package.json and installs it with pnpm
 * from the registry and the tarballs. `@kz-trafficking/*` are overridden everywhere in the tree, so
 * that @kz-trafficking/react's dependency on core resolves to core's tarball, not the registry.
 */
export async function installConsumer(spec: ConsumerSpec): Promise<string> {
  const { work, tarballs } = packed();
  const dir = join(work, spec.name);
  await cp(join(fixtures, spec.fixture), dir, { recursive: true });
  const tarball = (name: PackageName) => `file:${tarballs[name]}`;
  const manifest = {
    name: `kz-consumer-${spec.name}`,
    private: true,
    type: spec.type ?? 'module',
    dependencies: {
      ...Object.fromEntries(spec.packages.map((name) => [`@kz-trafficking/${name}`, tarball(name)])),
      ...spec.dependencies,
    },
    pnpm: {
      overrides: Object.fromEntries(packageNames.map((name) => [`@kz-trafficking/${name}`, tarball(name)])),
    },
  };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await pnpm(['install', '--prefer-offline', '--reporter=silent', '--config.strict-peer-dependencies=true'], dir);
  return dir;
}

/** The versions every consumer shares with the workspace, so that the store already holds them. */
export const versions = {
  react19: '19.3.1',
  react18: '18.3.1',
  recharts: '3.11.0',
  typesReact19: '19.3.0',
  typesReactDom19: '19.3.0',
  vite: '8.3.8',
  pluginReact: '6.3.0',
  next: '16.4.6',
} as const;

/** What the page shows of one chart. */
export interface ChartSeen {
  chart: string;
  title: string;
  svg: boolean;
  marks: number;
}

/** Every `<figure class="kzt-figure">` of the page, in its document and its open shadow roots. */
export function chartsOn(page: Page): Promise<ChartSeen[]> {
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    return roots.flatMap((scope) =>
      [...scope.querySelectorAll('figure.kzt-figure')].map((figure) => ({
        chart:
          figure.closest('[data-chart]')?.getAttribute('data-chart') ?? (scope as ShadowRoot).host?.localName ?? '',
        title: figure.querySelector('.kzt-title')?.textContent?.trim() ?? '',
        svg: figure.querySelector('.kzt-box svg') !== null,
        marks: figure.querySelectorAll('.kzt-box svg .kzt-mark').length,
      })),
    );
  });
}

export interface PageVisit {
  charts: ChartSeen[];
  /** The `data-react` attribute of the page, where the app writes React's version. */
  react: string | null;
  /** Console errors and warnings, uncaught errors and failed requests. */
  problems: string[];
}

/** Opens `url` and waits until `count` charts have drawn their SVG. */
export async function visit(browser: Browser, url: string, count: number): Promise<PageVisit> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    let charts: ChartSeen[] = [];
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      charts = await chartsOn(page);
      if (charts.length >= count && charts.every((chart) => chart.svg && chart.marks > 0)) break;
      await page.waitForTimeout(100);
    }
    const react = await page.evaluate(() => document.querySelector('[data-react]')?.getAttribute('data-react') ?? null);
    return { charts, react, problems };
  } finally {
    await page.close();
  }
}

/** Every chart of the fixture apps, in page order, drawn: a figure with its title, its SVG and marks. */
export function expectAllChartsDrawn(charts: readonly ChartSeen[]): void {
  expect(charts.map((chart) => chart.chart)).toEqual([
    'slavery-index-bar',
    'crime-trend-line',
    'victim-gender-donut',
    'regional-share',
  ]);
  for (const chart of charts) {
    expect(chart.title, chart.chart).not.toBe('');
    expect(chart.svg, chart.chart).toBe(true);
    expect(chart.marks, chart.chart).toBeGreaterThan(0);
  }
}
