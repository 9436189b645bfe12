// Builds the browser side of @kz-trafficking/embed into packages/embed/dist:
//   kz-charts.js   the custom-element runtime (React, ReactDOM, Recharts and the charts bundled in)
//   kz-frame.js    the iframe page's script (builds the element from the query, posts its height)
//   kz-resizer.js  the host page's iframe resizer
//   <chart>.html   one iframe page per chart, and kz-frame.css
//   csp.json       the style hash and the Content-Security-Policy the embeds need
//   sizes.json     raw and gzip sizes of the scripts
// Fails when a bundle contains eval or new Function, or when the resizer is over its budget.
// Usage: tsx scripts/embed-build.ts   (run by `pnpm --filter @kz-trafficking/embed build`, after tsup)
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { type ChartId, chartIds, figureTexts, tagName } from '../packages/core/src/embed.js';
import { frameCss } from '../packages/react/src/frame/styles.js';

const root = resolve(import.meta.dirname, '..');
const packageDir = join(root, 'packages/embed');
const dist = join(packageDir, 'dist');
/** The resizer's budget, min+gzip. */
const resizerBudget = 1536;

/** The CSP hash of the stylesheet every figure renders in its own `<style>` element. */
export function frameStyleHash(): string {
  return `'sha256-${createHash('sha256').update(frameCss, 'utf8').digest('base64')}'`;
}

/** The policy an embedding page needs, with this build's style hash. */
export function embedPolicy(origin = "'self'"): string {
  return [
    "default-src 'self'",
    `script-src ${origin}`,
    `style-src ${origin} ${frameStyleHash()}`,
    `img-src ${origin} data: blob:`,
    `frame-src ${origin}`,
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/**
 * Dependencies that reach the global object with `Function('return this')()` (decimal.js-light,
 * under Recharts) get `globalThis` instead, so that the bundle never needs `'unsafe-eval'`.
 */
const noFunctionConstructor: Plugin = {
  name: 'no-function-constructor',
  setup(builder) {
    builder.onLoad({ filter: /node_modules[\\/].*\.[cm]?js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      if (!code.includes('return this')) return undefined;
      return { contents: code.replace(/\bFunction\((['"])return this\1\)\(\)/g, 'globalThis'), loader: 'js' };
    });
  },
};

/** The package's version, which the runtime reports as `window.KzCharts.version`. */
const embedVersion = (JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string })
  .version;

async function bundle(entry: string, outfile: string, guard?: string): Promise<void> {
  await build({
    entryPoints: [join(packageDir, 'src', entry)],
    outfile: join(dist, outfile),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    // Workspace packages from their sources, through the root type check's `paths`.
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"', __KZ_EMBED_VERSION__: JSON.stringify(embedVersion) },
    // A second copy of the script on the page runs nothing.
    ...(guard ? { banner: { js: `if(!window.${guard}){` }, footer: { js: '}' } } : {}),
    plugins: [noFunctionConstructor],
    logLevel: 'warning',
  });
}

function framePage(chart: ChartId): string {
  const title = figureTexts(chart, { locale: 'ru' }).title;
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${frameStyleHash()}`,
    "img-src 'self' data: blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${title}</title>
<link rel="stylesheet" href="kz-frame.css">
<script src="kz-charts.js" defer></script>
<script src="kz-frame.js" defer></script>
</head>
<body>
<main data-kz-chart="${chart}"><noscript>${tagName(chart)}: JavaScript is needed for this chart; see the static images in static/.</noscript></main>
</body>
</html>
`;
}

const frameStylesheet = `html{color-scheme:light dark}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;font-size:16px;line-height:1.4;background:transparent}
main{display:flow-root;padding:2px}
`;

async function main(): Promise<void> {
  await mkdir(dist, { recursive: true });
  await bundle('kz-charts.ts', 'kz-charts.js', 'KzCharts');
  await bundle('kz-frame.ts', 'kz-frame.js');
  await bundle('kz-resizer.ts', 'kz-resizer.js', 'KzResizer');
  await writeFile(join(dist, 'kz-frame.css'), frameStylesheet);
  for (const chart of chartIds) await writeFile(join(dist, `${chart}.html`), framePage(chart));

  const sizes: Record<string, { bytes: number; gzip: number }> = {};
  for (const file of ['kz-charts.js', 'kz-frame.js', 'kz-resizer.js']) {
    const code = await readFile(join(dist, file), 'utf8');
    if (/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(code)) {
      throw new Error(`${file} contains eval or new Function: it would need 'unsafe-eval'.`);
    }
    sizes[file] = { bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
  }
  const resizer = sizes['kz-resizer.js'];
  if (resizer && resizer.gzip > resizerBudget) {
    throw new Error(`kz-resizer.js is ${resizer.gzip} B min+gzip, over its ${resizerBudget} B budget.`);
  }
  await writeFile(join(dist, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  await writeFile(
    join(dist, 'csp.json'),
    `${JSON.stringify({ frameStyleHash: frameStyleHash(), policy: embedPolicy() }, null, 2)}\n`,
  );
  for (const [file, size] of Object.entries(sizes)) {
    console.log(
      `${file.padEnd(14)} ${(size.bytes / 1024).toFixed(1).padStart(7)} KB min  ${(size.gzip / 1024).toFixed(1).padStart(6)} KB min+gzip`,
    );
  }
  console.log(`CSP style hash of the figure stylesheet: ${frameStyleHash()}`);
  console.log(`Built ${dirname(join(dist, 'x'))}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
