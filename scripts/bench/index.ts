// `pnpm bench`: measures bundle sizes, render speed, server rendering, memory and the demo page, and
// writes BENCHMARKS.md. `pnpm bench --quick`: a few runs of each, written to
// .artifacts/bench/BENCHMARKS.quick.md (ignored by git), to keep the benchmark working in CI. The raw
// numbers go to .artifacts/bench/results[.quick].json; `--from <results.json>` rewrites the report
// from them without measuring again. `--build` rebuilds the packages and the embed first. No
// threshold fails the command.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { launchBenchBrowser } from './browser-page.js';
import { measureDemo } from './demo.js';
import { checkBenchData } from './fixtures/check-data.js';
import { machineInfo } from './machine.js';
import { measureMemory } from './memory.js';
import { benchOptions, root, workDir } from './options.js';
import { prepare } from './prepare.js';
import { measureRender } from './render.js';
import { type BenchResults, reportMarkdown } from './report.js';
import { measureSizes } from './sizes.js';
import { measureSsr } from './ssr.js';

const args = process.argv.slice(2);
const options = benchOptions(args);

async function measure(): Promise<BenchResults> {
  const started = performance.now();
  const startedAt = new Date();
  const step = (name: string) => console.log(`bench: ${name} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  checkBenchData();
  const warnings = prepare(args.includes('--build'));
  for (const warning of warnings) console.warn(`bench: ${warning}`);
  step('sizes');
  const sizes = await measureSizes();
  step('server rendering');
  const ssr = await measureSsr(options.ssrMillis);
  const browser = await launchBenchBrowser();
  try {
    const machine = machineInfo(`Chromium ${browser.version()}`);
    step('render');
    const render = await measureRender(browser, options);
    step('memory');
    const memory = await measureMemory(browser, options);
    step('demo page');
    const demo = await measureDemo(browser, options.demoLoads);
    const seconds = (performance.now() - started) / 1000;
    const results = { options, machine, startedAt, seconds, warnings, sizes, render, ssr, memory, demo };
    // The raw numbers too, for comparing runs or rewriting the report (ignored by git).
    await mkdir(workDir, { recursive: true });
    await writeFile(
      join(workDir, options.quick ? 'results.quick.json' : 'results.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    return results;
  } finally {
    await browser.close();
  }
}

async function load(file: string): Promise<BenchResults> {
  const saved = JSON.parse(await readFile(resolve(file), 'utf8')) as BenchResults & { startedAt: string };
  return { ...saved, options: { ...saved.options, output: options.output }, startedAt: new Date(saved.startedAt) };
}

const from = args.indexOf('--from');
const source = from >= 0 ? args[from + 1] : undefined;
const results = source ? await load(source) : await measure();
await mkdir(dirname(options.output), { recursive: true });
await writeFile(options.output, reportMarkdown(results));
console.log(
  `bench: wrote ${relative(root, options.output)}${source ? ` from ${source}` : ` in ${results.seconds.toFixed(0)} s`}`,
);
