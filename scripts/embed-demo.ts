// The news-article demo: builds examples/news-article/dist from src/ and the embed's dist (copied
// under embed/), then serves it on 127.0.0.1 under a strict Content-Security-Policy and prints the URL.
// Usage: tsx scripts/embed-demo.ts [--port 4321] [--build-only]
// Needs the embed built first (pnpm run embed:build), including the static images.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { locales } from '@kz-trafficking/core';
import {
  chartIds,
  figureTexts,
  staticFigureHtml,
  staticImages,
  staticPictureHtml,
  staticStem,
} from '../packages/core/src/embed.js';
import { frameStyleHash } from './embed-build.js';
import { type StaticServer, startStaticServer } from './embed-server.js';

const root = resolve(import.meta.dirname, '..');
const source = join(root, 'examples/news-article/src');
export const demoDist = join(root, 'examples/news-article/dist');
const embedDist = join(root, 'packages/embed/dist');

/** The demo's policy: no inline script, no eval; inline styles only the figure stylesheet's hash. */
export function demoPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${frameStyleHash()}`,
    "img-src 'self' data: blob:",
    "frame-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

interface Manifest {
  frameHeights: Record<string, Record<string, number>>;
  files: { stem: string; width: number; height: number }[];
}

export async function buildDemo(): Promise<void> {
  const manifest = JSON.parse(await readFile(join(embedDist, 'static/manifest.json'), 'utf8')) as Manifest;
  await rm(demoDist, { recursive: true, force: true });
  await mkdir(demoDist, { recursive: true });
  await cp(embedDist, join(demoDist, 'embed'), { recursive: true });
  for (const file of ['demo.css', 'demo.js']) await cp(join(source, file), join(demoDist, file));
  let html = await readFile(join(source, 'index.html'), 'utf8');
  html = html.replaceAll('{{csp}}', demoPolicy());
  for (const chart of chartIds) {
    const height = manifest.frameHeights[chart]?.ru;
    html = html
      .replaceAll(`{{frame-height:${chart}}}`, String(height ?? 600))
      .replaceAll(`{{frame-title:${chart}}}`, figureTexts(chart, { locale: 'ru' }).title);
    // The static figure in every locale (the switch shows one), light or dark with the reader's scheme.
    const figures = locales.map((locale) => {
      const stem = staticStem(chart, locale, 'light');
      const size = manifest.files.find((file) => file.stem === stem) ?? { width: 640, height: 600 };
      const figure = staticFigureHtml(
        figureTexts(chart, { locale }),
        staticImages('embed/static', chart, locale, 'auto'),
        size,
        true,
      );
      return `<div data-static-locale="${locale}"${locale === 'ru' ? '' : ' hidden'}>\n${figure}\n</div>`;
    });
    html = html.replaceAll(`{{static:${chart}}}`, figures.join('\n'));
    // Inside a custom element: its pre-rendered picture, shown until the chart is drawn.
    const stem = staticStem(chart, 'ru', 'light');
    const size = manifest.files.find((file) => file.stem === stem) ?? { width: 640, height: 600 };
    const picture = staticPictureHtml(
      figureTexts(chart, { locale: 'ru' }),
      staticImages('embed/static', chart, 'ru', 'auto'),
      size,
      true,
    );
    html = html.replaceAll(`{{picture:${chart}}}`, picture);
  }
  if (/\{\{[^}]+\}\}/.test(html))
    throw new Error(`Unfilled placeholder in the demo: ${/\{\{[^}]+\}\}/.exec(html)?.[0]}`);
  await writeFile(join(demoDist, 'index.html'), html);
}

export function serveDemo(port = 0): Promise<StaticServer> {
  return startStaticServer({
    mounts: { '/': demoDist },
    port,
    headers: (_path, type): Record<string, string> =>
      type.startsWith('text/html') ? { 'content-security-policy': demoPolicy() } : {},
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PORT ?? 4321);
  await buildDemo();
  if (!args.includes('--build-only')) {
    const server = await serveDemo(port);
    console.log(`News-article demo: ${server.url}/`);
    console.log(`  kk charts: ${server.url}/?lang=kk   en charts: ${server.url}/?lang=en`);
    console.log('Press Ctrl+C to stop.');
  } else {
    console.log(`Built ${demoDist}`);
  }
}
