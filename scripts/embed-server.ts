// A small static file server for the embed's pages, used by the demo command and the embed tests:
// 127.0.0.1 only, GET/HEAD only, no directory listing, paths kept inside their mount.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

export interface StaticServerOptions {
  /** URL prefix → directory, e.g. `{ '/': 'examples/news-article', '/embed/': 'packages/embed/dist' }`; longest prefix wins. */
  mounts: Record<string, string>;
  port?: number;
  /** Extra headers for a response, by request path (e.g. a Content-Security-Policy for HTML). */
  headers?: (path: string, type: string) => Record<string, string>;
}

export interface StaticServer {
  url: string;
  port: number;
  /** Paths requested so far, in order (for tests that count loads). */
  requests: string[];
  close: () => Promise<void>;
}

function fileFor(mounts: [string, string][], path: string): string | null {
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(path.slice(prefix.length))).replace(/^([/\\])+/, '');
    const file = resolve(dir, relative || 'index.html');
    return file === resolve(dir) || file.startsWith(resolve(dir) + sep) ? file : null;
  }
  return null;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const mounts = Object.entries(options.mounts).sort((a, b) => b[0].length - a[0].length);
  const requests: string[] = [];
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    let file: string | null = null;
    try {
      file = fileFor(mounts, path);
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      file = null;
    }
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      ...options.headers?.(path, type),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
