// Builds the browser side of @kz-trafficking/embed into packages/embed/dist:
//   kz-charts.js   the custom-element loader (no React: it defines the elements and loads their charts)
//   charts/        one ES module chunk per chart, the chunks they share (React, Recharts...), and
//                  texts/<locale>/: each locale's texts, loaded by a chart shown in that locale;
//                  dataset-update.js: the update check and CSV reader, loaded only by an element
//                  whose figures come from an update (data-src or inline JSON)
//   kz-frame.js    the iframe page's script (builds the element from the query, posts its height)
//   kz-resizer.js  the host page's iframe resizer
//   <chart>.html   one iframe page per chart (options from its query), and kz-frame.css
//                  (scripts/embed-static.ts adds pages/<stem>.html: the pre-rendered options' pages)
//   csp.json       the style hash and the Content-Security-Policy the embeds need
//   sizes.json     raw and gzip sizes of the scripts, and of each chart's first download
// Fails when a bundle contains eval or new Function, or when the resizer is over its budget.
// Usage: tsx scripts/embed-build.ts [--allow-data-origin=https://…]   (run by `pnpm --filter
// @kz-trafficking/embed build`, after tsup; or KZ_EMBED_DATA_ORIGINS: the origins besides their own
// from which the chart pages take an update, scripts/embed-data-origins.ts)
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { type ChartId, chartIds, escapeHtml, figureTexts, tagName } from '../packages/core/src/embed.js';
import { type Locale, locales } from '../packages/core/src/index.js';
import { frameCss } from '../packages/react/src/frame/styles.js';
import { allowedDataOrigins } from './embed-data-origins.js';

const root = resolve(import.meta.dirname, '..');
const packageDir = join(root, 'packages/embed');
const dist = join(packageDir, 'dist');
/** Raw and gzip bytes of a file, or of a set of files. */
interface Size {
  bytes: number;
  gzip: number;
}
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

/** What every browser bundle is built with. */
const browserBuild = {
  absWorkingDir: root,
  bundle: true,
  platform: 'browser',
  target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  // Workspace packages from their sources, through the root type check's `paths`.
  tsconfig: join(root, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"', __KZ_EMBED_VERSION__: JSON.stringify(embedVersion) },
  plugins: [noFunctionConstructor],
  logLevel: 'warning',
} satisfies BuildOptions;

/** A classic script from `entryPath` at `outPath`, built as the embed's own scripts are. */
export async function bundleScript(entryPath: string, outPath: string, guard?: string): Promise<void> {
  await build({
    ...browserBuild,
    entryPoints: [entryPath],
    outfile: outPath,
    format: 'iife',
    // A second copy of the script on the page runs nothing.
    ...(guard ? { banner: { js: `if(!window.${guard}){` }, footer: { js: '}' } } : {}),
  });
}

/**
 * The chart chunks: one ES module per chart in dist/charts/, importing the chunks it shares with the
 * others by relative address, so that they load from wherever the folder is served.
 */
async function bundleCharts(): Promise<Metafile> {
  // Each locale's texts, which the charts load with import(), at addresses naming their locale
  // (the audit's texts are no chart's).
  const i18n = join(root, 'packages/core/src/i18n');
  const texts = locales.flatMap((locale) =>
    readdirSync(join(i18n, locale))
      .filter((file) => file !== 'audit.ts')
      .map((file) => ({
        in: join(i18n, locale, file),
        out: `texts/${locale}/${file.replace(/\.ts$/, '')}`,
      })),
  );
  const result = await build({
    ...browserBuild,
    entryPoints: [
      ...chartIds.map((chart) => ({ in: join(packageDir, 'src/charts', `${chart}.ts`), out: chart })),
      ...texts,
    ],
    outdir: join(dist, 'charts'),
    format: 'esm',
    splitting: true,
    chunkNames: 'shared-[hash]',
    // V8's explicit compile hint: a chart's code runs as soon as it arrives, so its functions are
    // compiled with the file, off the main thread as it streams, not one by one as the chart first
    // calls them (which blocked the page for most of a chart's first drawing).
    banner: { js: '//# allFunctionsCalledOnLoad' },
    // Module scripts are always decoded as UTF-8, whatever the page's encoding, so the texts need
    // no \u escapes (the classic loader keeps them: a page in another encoding would misread it).
    charset: 'utf8',
    metafile: true,
  });
  return result.metafile;
}

/**
 * The update chunk (dist/charts/dataset-update.js), which the loader imports only for an element with
 * an update: one module of its own, built apart from the charts' chunks, so that it changes none of
 * them (a shared entry would split their shared chunks further, and every chart's first download with them).
 */
async function bundleUpdate(): Promise<void> {
  await build({
    ...browserBuild,
    entryPoints: [join(packageDir, 'src/dataset-update.ts')],
    outfile: join(dist, 'charts/dataset-update.js'),
    format: 'esm',
    charset: 'utf8',
    // An empty export on a line of its own: minified, the module's one `export` follows a `}` after
    // papaparse's worker source, where tools that read a file's format by pattern (publint) miss it
    // and take the file for CommonJS.
    footer: { js: 'export {};' },
  });
}

/**
 * The files a chart's chunk loads before it can draw in `locale`: itself, its static imports and its
 * texts in that locale (which it imports dynamically), in dist/.
 */
function firstDownload(metafile: Metafile, chart: ChartId, locale: Locale): string[] {
  const files = new Set<string>();
  const visit = (output: string) => {
    if (files.has(output)) return;
    files.add(output);
    for (const imported of metafile.outputs[output]?.imports ?? []) {
      if (imported.kind === 'import-statement' || imported.path.includes(`/texts/${locale}/`)) visit(imported.path);
    }
  };
  const entry = Object.keys(metafile.outputs).find((output) => output.endsWith(`/charts/${chart}.js`));
  if (!entry) throw new Error(`The build wrote no chunk for ${chart}.`);
  visit(entry);
  return [...files].map((output) => relative(dist, resolve(root, output)));
}

/** What a chart page holds besides its scripts. */
export interface FramePageContent {
  /** The page's language and title (the figure's title in it). */
  locale: string;
  title: string;
  /** The options the page is for (`locale=kk&theme=dark`); without them, the page reads its query. */
  options?: string;
  /** The page's markup inside `<main>`, shown until the chart is drawn. */
  body: string;
  /** Where the page is, relative to the folder of kz-charts.js: '' or '../'. */
  up?: string;
  /** More tags for the `<head>` (the published pages' oEmbed discovery and social tags). */
  head?: string;
  /**
   * Origins besides the page's own from which it takes an update of the figures (`data-src` in its
   * query): `allowedDataOrigins` of scripts/embed-data-origins.ts.
   */
  dataOrigins?: readonly string[];
}

/** An iframe chart page: the chart element is built by kz-frame.js from `options` or the query. */
export function framePage(chart: ChartId, content: FramePageContent): string {
  const up = content.up ?? '';
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${frameStyleHash()}`,
    "img-src 'self' data: blob:",
    // An update's address (data-src): the page's own origin or one allowed at build time.
    ['connect-src', "'self'", ...(content.dataOrigins ?? [])].join(' '),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const options = content.options === undefined ? '' : ` data-kz-options="${escapeHtml(content.options)}"`;
  const origins = content.dataOrigins?.length
    ? ` data-kz-data-origins="${escapeHtml(content.dataOrigins.join(' '))}"`
    : '';
  return `<!doctype html>
<html lang="${content.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${escapeHtml(content.title)}</title>
<link rel="stylesheet" href="${up}kz-frame.css">
<script src="${up}kz-charts.js" defer></script>
<script src="${up}kz-frame.js" defer></script>
${content.head ? `${content.head}\n` : ''}</head>
<body>
<main data-kz-chart="${chart}"${options}${origins}>${content.body}</main>
</body>
</html>
`;
}

/** The page for any options, from its query: it needs JavaScript. */
function queryFramePage(chart: ChartId, dataOrigins: readonly string[]): string {
  return framePage(chart, {
    dataOrigins,
    locale: 'ru',
    title: figureTexts(chart, { locale: 'ru' }).title,
    body: `<noscript>${tagName(chart)}: JavaScript is needed for this chart; see the static images in static/.</noscript>`,
  });
}

const frameStylesheet = `html{color-scheme:light dark}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;font-size:16px;line-height:1.4;background:transparent}
main{display:flow-root;padding:2px}
.kz-prerendered img{display:block;max-width:100%;height:auto}
.kz-prerendered summary{cursor:pointer;margin:.5em 0}
.kz-prerendered table{border-collapse:collapse;font-size:14px}
.kz-prerendered th,.kz-prerendered td{padding:.25em .6em;border-bottom:1px solid #767676;text-align:left}
.kz-prerendered caption{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.kz-load-failure{padding:1em;border:1px solid #767676;border-radius:4px}
.kz-load-failure p{margin:0 0 .5em}
`;

async function main(): Promise<void> {
  await rm(join(dist, 'charts'), { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  const bundle = (entry: string, outfile: string, guard?: string) =>
    bundleScript(join(packageDir, 'src', entry), join(dist, outfile), guard);
  await bundle('kz-charts.ts', 'kz-charts.js', 'KzCharts');
  const charts = await bundleCharts();
  await bundleUpdate();
  await bundle('kz-frame.ts', 'kz-frame.js');
  await bundle('kz-resizer.ts', 'kz-resizer.js', 'KzResizer');
  await writeFile(join(dist, 'kz-frame.css'), frameStylesheet);
  const dataOrigins = allowedDataOrigins(process.argv.slice(2), process.env);
  for (const chart of chartIds) await writeFile(join(dist, `${chart}.html`), queryFramePage(chart, dataOrigins));

  const chunks = Object.keys(charts.outputs)
    .filter((output) => output.endsWith('.js'))
    .map((output) => relative(dist, resolve(root, output)));
  const sizes: Record<string, Size> = {};
  for (const file of ['kz-charts.js', 'kz-frame.js', 'kz-resizer.js', ...chunks, 'charts/dataset-update.js']) {
    const code = await readFile(join(dist, file), 'utf8');
    if (/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(code)) {
      throw new Error(`${file} contains eval or new Function: it would need 'unsafe-eval'.`);
    }
    sizes[file] = { bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
  }
  // What a page with one chart downloads before the chart is drawn: the loader and the chart's
  // chunks, with its texts in Russian, the default locale (a chart in Kazakh or English loads those instead).
  const firstDownloads: Record<string, { files: string[] } & Size> = {};
  for (const chart of chartIds) {
    const files = ['kz-charts.js', ...firstDownload(charts, chart, 'ru')];
    const total = (key: keyof Size) => files.reduce((sum, file) => sum + (sizes[file]?.[key] ?? 0), 0);
    firstDownloads[chart] = { files, bytes: total('bytes'), gzip: total('gzip') };
  }
  const resizer = sizes['kz-resizer.js'];
  if (resizer && resizer.gzip > resizerBudget) {
    throw new Error(`kz-resizer.js is ${resizer.gzip} B min+gzip, over its ${resizerBudget} B budget.`);
  }
  await writeFile(join(dist, 'sizes.json'), `${JSON.stringify({ files: sizes, firstDownloads }, null, 2)}\n`);
  await writeFile(
    join(dist, 'csp.json'),
    `${JSON.stringify({ frameStyleHash: frameStyleHash(), policy: embedPolicy() }, null, 2)}\n`,
  );
  const line = (name: string, size: Size) =>
    console.log(
      `${name.padEnd(34)} ${(size.bytes / 1024).toFixed(1).padStart(7)} KB min  ${(size.gzip / 1024).toFixed(1).padStart(6)} KB min+gzip`,
    );
  for (const [file, size] of Object.entries(sizes)) line(file, size);
  for (const [chart, size] of Object.entries(firstDownloads)) line(`first download of ${chart}`, size);
  console.log(`CSP style hash of the figure stylesheet: ${frameStyleHash()}`);
  console.log(`Built ${dirname(join(dist, 'x'))}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
