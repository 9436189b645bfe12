// `pnpm bench`: measures bundle sizes, render speed, server rendering, memory and the demo page, and
// writes BENCHMARKS.md. `pnpm bench --quick`: a few runs of each, written to
// .artifacts/bench/BENCHMARKS.quick.md (ignored by git), to keep the benchmark working in CI. The raw
// numbers go to .artifacts/bench/results[.quick].json.
// `--build` rebuilds the packages and the embed first. No threshold fails the command.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { launchBenchBrowser } from './browser-page.js';
import { measureDemo } from './demo.js';
import { checkBenchData } from './fixtures/check-data.js';
import { machineInfo } from './machine.js';
import { measureMemory } from './memory.js';
import { benchOptions, root, workDir } from './options.js';
import { prepare } from './prepare.js';
import { measureRender } from './render.js';
import { reportMarkdown } from './report.js';
import { measureSizes } from './sizes.js';
import { measureSsr } from './ssr.js';

const started = performance.now();
const startedAt = new Date();
const options = benchOptions(process.argv.slice(2));
const step = (name: string) => console.log(`bench: ${name} (${((performance.now() - started) / 1000).toFixed(0)} s)`);

checkBenchData();
const warnings = prepare(process.argv.includes('--build'));
for (const warning of warnings) console.warn(`bench: ${warning}`);

step('sizes');
const sizes = await measureSizes();
step('server rendering');
const ssr = await measureSsr(options.ssrMillis);
const browser = await launchBenchBrowser();
const machine = machineInfo(`Chromium ${browser.version()}`);
try {
  step('render');
  const render = await measureRender(browser, options);
  step('memory');
  const memory = await measureMemory(browser, options);
  step('demo page');
  const demo = await measureDemo(browser, options.demoLoads);
  const seconds = (performance.now() - started) / 1000;
  const markdown = reportMarkdown({ options, machine, startedAt, seconds, warnings, sizes, render, ssr, memory, demo });
  await mkdir(dirname(options.output), { recursive: true });
  await writeFile(options.output, markdown);
  // The raw numbers too, for anyone who wants to compare runs (ignored by git).
  const raw = join(workDir, options.quick ? 'results.quick.json' : 'results.json');
  await mkdir(workDir, { recursive: true });
  await writeFile(
    raw,
    `${JSON.stringify({ options, machine, startedAt, seconds, warnings, sizes, render, ssr, memory, demo }, null, 2)}\n`,
  );
  console.log(`bench: wrote ${relative(root, options.output)} in ${seconds.toFixed(0)} s`);
} finally {
  await browser.close();
}
