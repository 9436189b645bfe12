import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { afterEach, expect, it, vi } from 'vitest';

// Issue #9, "supply chain": no package makes a network request at run time. In Node, with every
// way out stubbed to throw, the packages are loaded and every chart is rendered to a string in
// every locale (the browser side is in tests/browser/long-life.test.tsx).

const attempts: string[] = [];

function blockNetwork(): void {
  const block =
    (what: string) =>
    (...args: unknown[]): never => {
      attempts.push(`${what} ${String(args[0])}`);
      throw new Error(`network blocked: ${what}`);
    };
  vi.stubGlobal('fetch', block('fetch'));
  vi.stubGlobal('WebSocket', block('WebSocket'));
  vi.stubGlobal('XMLHttpRequest', block('XMLHttpRequest'));
  for (const [module, name, methods] of [
    [http, 'http', ['request', 'get']],
    [https, 'https', ['request', 'get']],
    [net, 'net', ['connect', 'createConnection']],
    [tls, 'tls', ['connect']],
    [dns, 'dns', ['lookup', 'resolve']],
  ] as const) {
    for (const method of methods) {
      const target = module as unknown as Record<string, (...args: unknown[]) => unknown>;
      vi.spyOn(target, method).mockImplementation(block(`${name}.${method}`));
    }
  }
}

afterEach(() => vi.unstubAllGlobals());

it('loads the packages and renders every chart to a string with the network blocked', async () => {
  blockNetwork();
  // Loaded only now, so that whatever a module does when it loads runs with the network blocked.
  const { renderToString } = await import('react-dom/server');
  const { chartCases } = await import('../fixtures/charts.js');
  const core = await import('../../packages/core/src/index.js');
  const { audit } = core;
  const { dataset } = await import('../../packages/core/src/dataset.js');
  expect(audit(dataset).length).toBeGreaterThan(0);
  for (const chart of chartCases) {
    for (const locale of core.locales) {
      const html = renderToString(chart.render(locale));
      expect(html, `${chart.name} in ${locale}`).toMatch(/^<figure class="kzt-figure"/);
      expect(html).not.toContain('role="alert"');
    }
  }
  expect(attempts).toEqual([]);
  // The blockers work: a request would have been caught and recorded.
  expect(() => http.get('http://example.com/')).toThrow(/network blocked/);
  await expect(async () => fetch('https://example.com/')).rejects.toThrow(/network blocked/);
  expect(attempts).toEqual(['http.get http://example.com/', 'fetch https://example.com/']);
});
