// Screenshots of every story of the static Storybook (storybook-static/, from `pnpm build-storybook`)
// at 375 and 1200 px in Debian's Chromium, each chart's default story also in forced colours (Windows
// High Contrast, Chromium's dark palette) at 1200 px and printed to an A4 PDF (rasterised by poppler, as a
// reader's viewer shows it), plus a contact sheet (HTML and one PNG) of them all.
// Usage: tsx scripts/storybook-screenshots.ts [--out .artifacts/screenshots] [--filter <story id part>]
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { pdfPages } from './pdf-pages.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    out: { type: 'string', default: '.artifacts/screenshots' },
    static: { type: 'string', default: 'storybook-static' },
    filter: { type: 'string' },
  },
});

const root = resolve(values.static);
const outDir = resolve(values.out);
const widths = [375, 1200] as const;
const concurrency = 3;

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** A static file server for the build, on a free local port. */
function serve(directory: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(directory, path));
    if (!file.startsWith(directory)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

const fileName = (id: string, width: number) => `${id}--${width}.png`;
const forcedColorsFile = (id: string) => `${id}--forced-colors.png`;
const forcedColorsWidth = 1200;
const printFile = (id: string, page: number) => `${id}--print-${page}.png`;

type PreviewWindow = Window & { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } };

/** Opens one story and waits until it has rendered and its play function has ended; returns its phase. */
async function openStory(page: Page, origin: string, entry: IndexEntry): Promise<string | undefined> {
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`);
  const ended = await page.waitForFunction(
    () => {
      const phase = (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return phase === 'finished' || phase === 'errored' || phase === 'aborted' ? phase : undefined;
    },
    undefined,
    { timeout: 30_000 },
  );
  return (await ended.jsonValue()) as string;
}

/** The play functions leave focus on a mark: clears it and the pointer so the picture is at rest. */
async function atRest(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  await page.waitForFunction(() => document.querySelector('.kzt-tooltip') === null, undefined, { timeout: 5000 });
  await page.evaluate(() => document.fonts.ready);
}

/** Renders one story, lets its play function finish, clears focus and hover, and screenshots the page. */
async function shoot(page: Page, origin: string, entry: IndexEntry, width: number, file: string): Promise<string[]> {
  const problems: string[] = [];
  const onError = (error: Error) => problems.push(`page error: ${error.message}`);
  page.on('pageerror', onError);
  await page.setViewportSize({ width, height: 800 });
  const phase = await openStory(page, origin, entry);
  if (phase !== 'finished') problems.push(`story ended in phase ${phase}`);
  // A failing play function or console check shows Storybook's error display instead of the story.
  const shownError = await page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'error display shown')
      : null,
  );
  if (shownError) problems.push(`the story failed: ${shownError.slice(0, 300)}`);
  await atRest(page);
  await page.screenshot({ path: join(outDir, file), fullPage: true });
  page.off('pageerror', onError);
  return problems;
}

/**
 * Prints one story to an A4 PDF once its figure reports it is drawn, as a reader's "Save as PDF" does
 * after the chart has appeared, and keeps each printed page as a PNG. Returns the number of pages.
 */
async function print(page: Page, origin: string, entry: IndexEntry): Promise<number> {
  await page.setViewportSize({ width: 1200, height: 800 });
  await openStory(page, origin, entry);
  await page.waitForSelector('figure[data-kzt-drawn]', { timeout: 30_000 });
  await atRest(page);
  const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  pages.forEach((png, at) => {
    writeFileSync(join(outDir, printFile(entry.id, at + 1)), png);
  });
  return pages.length;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);
}

function contactSheet(
  entries: readonly IndexEntry[],
  forced: readonly IndexEntry[],
  printed: ReadonlyMap<IndexEntry, number>,
): string {
  const cards = entries
    .map(
      (entry) => `<figure>
  <figcaption><strong>${escapeHtml(entry.title.replace(/^Charts\//, ''))}</strong> · ${escapeHtml(entry.name)}</figcaption>
  <div class="shots">${widths
    .map(
      (width) =>
        `<a href="${fileName(entry.id, width)}"><img src="${fileName(entry.id, width)}" alt="${escapeHtml(`${entry.title} ${entry.name} at ${width} px`)}" class="w${width}" loading="eager"></a>`,
    )
    .join('')}</div>
</figure>`,
    )
    .join('\n');
  const forcedCards = forced
    .map(
      (entry) => `<figure>
  <figcaption><strong>${escapeHtml(entry.title.replace(/^Charts\//, ''))}</strong> · forced colours</figcaption>
  <div class="shots"><a href="${forcedColorsFile(entry.id)}"><img src="${forcedColorsFile(entry.id)}" alt="${escapeHtml(`${entry.title} in forced colours`)}" loading="eager"></a></div>
</figure>`,
    )
    .join('\n');
  const printedCards = [...printed]
    .map(
      ([entry, pages]) => `<figure>
  <figcaption><strong>${escapeHtml(entry.title.replace(/^Charts\//, ''))}</strong> · printed, A4</figcaption>
  <div class="shots">${Array.from(
    { length: pages },
    (_, at) =>
      `<a href="${printFile(entry.id, at + 1)}"><img src="${printFile(entry.id, at + 1)}" alt="${escapeHtml(`${entry.title} printed, page ${at + 1}`)}" class="page" loading="eager"></a>`,
  ).join('')}</div>
</figure>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Storybook screenshots</title>
<style>
body{font:13px/1.4 system-ui,sans-serif;margin:16px;background:#f4f4f4;color:#1a1a1a}
h1{font-size:18px;margin:12px 0}
main{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
figure{margin:0;padding:8px;background:#fff;border:1px solid #ccc;border-radius:4px}
figcaption{margin:0 0 6px}
.shots{display:flex;gap:6px;align-items:flex-start}
.shots img{display:block;border:1px solid #ddd;width:100%;height:auto}
.shots a:first-child{flex:0 0 30%}.shots a:last-child{flex:1}
.shots img.page{box-shadow:0 1px 4px #0004}
</style>
</head>
<body>
<h1>${entries.length} stories at ${widths.join(' and ')} px — ${new Date().toISOString().slice(0, 10)}</h1>
<main>
${cards}
</main>
<h1>Forced colours (Windows High Contrast, dark palette) at ${forcedColorsWidth} px</h1>
<main>
${forcedCards}
</main>
<h1>Printed to an A4 PDF by Chromium after drawing, rasterised by poppler</h1>
<main>
${printedCards}
</main>
</body>
</html>
`;
}

async function main(): Promise<void> {
  const indexPath = join(root, 'index.json');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} is missing: run \`pnpm build-storybook\` first.`);
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { entries: Record<string, IndexEntry> };
  const stories = Object.values(index.entries).filter(
    (entry) => entry.type === 'story' && (!values.filter || entry.id.includes(values.filter)),
  );
  // One per chart: its default story.
  const forcedStories = stories.filter((entry) => entry.title.startsWith('Charts/') && entry.name === 'Default');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const { server, origin } = await serve(root);
  let browser: Browser | undefined;
  const started = Date.now();
  const failures: string[] = [];
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ reducedMotion: 'reduce', deviceScaleFactor: 1 });
    const jobs = stories.flatMap((entry) => widths.map((width) => ({ entry, width })));
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const page = await context.newPage();
        while (next < jobs.length) {
          const job = jobs[next++];
          if (!job) break;
          try {
            const problems = await shoot(page, origin, job.entry, job.width, fileName(job.entry.id, job.width));
            for (const problem of problems) failures.push(`${job.entry.id} @ ${job.width}: ${problem}`);
          } catch (error) {
            failures.push(`${job.entry.id} @ ${job.width}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        await page.close();
      }),
    );
    const forcedContext = await browser.newContext({
      reducedMotion: 'reduce',
      deviceScaleFactor: 1,
      forcedColors: 'active',
      colorScheme: 'dark',
    });
    const forcedPage = await forcedContext.newPage();
    for (const entry of forcedStories) {
      const problems = await shoot(forcedPage, origin, entry, forcedColorsWidth, forcedColorsFile(entry.id));
      for (const problem of problems) failures.push(`${entry.id} in forced colours: ${problem}`);
    }
    await forcedContext.close();
    // Printed as a reader prints: with motion allowed, after the chart has drawn.
    const printContext = await browser.newContext({ deviceScaleFactor: 1 });
    const printPage = await printContext.newPage();
    const printed = new Map<IndexEntry, number>();
    for (const entry of forcedStories) {
      try {
        printed.set(entry, await print(printPage, origin, entry));
      } catch (error) {
        failures.push(`${entry.id} printed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await printContext.close();
    const sheet = join(outDir, 'index.html');
    writeFileSync(sheet, contactSheet(stories, forcedStories, printed));
    const sheetPage = await context.newPage();
    await sheetPage.setViewportSize({ width: 1600, height: 1000 });
    await sheetPage.goto(pathToFileURL(sheet).href);
    await sheetPage.waitForFunction(() => [...document.images].every((image) => image.complete));
    await sheetPage.screenshot({ path: join(outDir, 'contact-sheet.png'), fullPage: true });
    process.stdout.write(
      `${jobs.length + forcedStories.length} screenshots of ${stories.length} stories (${forcedStories.length} in forced colours, ${printed.size} printed) in ${((Date.now() - started) / 1000).toFixed(1)} s → ${outDir}\n` +
        `contact sheet: ${sheet} and ${join(outDir, 'contact-sheet.png')}\n`,
    );
  } finally {
    await browser?.close();
    server.close();
  }
  if (failures.length > 0) {
    process.stderr.write(`Problems:\n${failures.join('\n')}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
