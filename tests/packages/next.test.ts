// A Next.js App Router app installing the tarballs: a server component file imports the charts
// (client components through their "use client" modules) and core's data; `next build`, then
// `next start`, checked as served HTML and in Chromium after hydration.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.js';
import { expectAllChartsDrawn, installConsumer, node, versions, visit } from './helpers.js';

const env = { NEXT_TELEMETRY_DISABLED: '1' };

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not answer at ${url}:\n${output()}`);
}

let app: string;
let browser: Browser;
let server: ChildProcess | undefined;
let url: string;
let serverOutput = '';

beforeAll(async () => {
  [app, browser] = await Promise.all([
    installConsumer({
      name: 'next',
      fixture: 'next-app',
      packages: ['core', 'react'],
      dependencies: {
        next: versions.next,
        react: versions.react19,
        'react-dom': versions.react19,
        'react-is': versions.react19,
        recharts: versions.recharts,
      },
    }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  // `next start` runs in a process group of its own: end it with anything it started.
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  await browser?.close();
});

describe('a Next.js App Router app', () => {
  it('builds with next build, with the charts imported from a server component', async () => {
    const build = await node([join(app, 'node_modules/next/dist/bin/next'), 'build'], app, { env });
    expect(build.stderr).toBe('');
    expect(build.stdout).toMatch(/○ \/\s/);
  });

  it('serves the charts server-rendered (figure, title, table) with next start', async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    server = spawn(
      process.execPath,
      [join(app, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
      {
        cwd: app,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => {
      serverOutput += chunk.toString();
    });
    server.stderr?.on('data', (chunk: Buffer) => {
      serverOutput += chunk.toString();
    });
    await waitForHttp(url, server, () => serverOutput);
    const html = await (await fetch(url)).text();
    expect(html.match(/<figure class="kzt-figure"/g)).toHaveLength(4);
    expect(html.match(/<h2 id="[^"]+" class="kzt-title">[^<]+<\/h2>/g)).toHaveLength(4);
    expect(html.match(/<table>/g)).toHaveLength(4);
    expect(html).toContain('<p data-testid="server-fact">159</p>');
    expect(html).not.toContain('role="alert"');
    // The map is drawn on the server, to be seen without JavaScript; the Recharts charts draw once hydrated.
    expect(html.match(/data-kzt-scaled=""><svg /g)).toHaveLength(1);
    expect(html).toContain('data-kzt-code="KZ-75"');
  });

  it('hydrates and draws all four charts in Chromium without a console error', async () => {
    const { charts, problems } = await visit(browser, url, 4);
    expect(problems).toEqual([]);
    expectAllChartsDrawn(charts);
    expect(serverOutput).not.toMatch(/error|warn/i);
  });
});
