// The benchmark page, bundled with esbuild and driven by render.ts and memory.ts through
// `window.kzBench`. Timing: from just before `root.render` (or the width/locale change) to the last
// DOM mutation inside the chart's container, once the expected marks are present and the container
// has then stayed unchanged for two animation frames. The browser's own style, layout and paint after
// that last mutation are not included (layout forced by the charts' own measuring is).
import './instrument.js';
import { createRoot, type Root } from 'react-dom/client';
import type { BenchLocale } from '../fixtures/data.js';
import { benchWidth } from '../fixtures/data.js';
import { type BenchCase, benchCases } from './cases.js';
import { type LiveCounts, liveCounts } from './instrument.js';

declare global {
  interface Window {
    kzBench: KzBench;
    gc?: () => void;
  }
}

export interface KzBench {
  cases: () => { id: string; chart: string; side: string }[];
  /** Mount times (ms) of two cases, alternating (A B, then B A, …) after `warmUp` unmeasured pairs. */
  mountPairs: (
    a: string,
    b: string,
    runs: number,
    warmUp: number,
  ) => Promise<{ a: number[]; b: number[]; nodes: { a: number; b: number } }>;
  /** Re-render times (ms) on a locale switch or a width change, alternating between two cases. */
  updatePairs: (a: string, b: string, kind: 'locale' | 'width', runs: number) => Promise<{ a: number[]; b: number[] }>;
  /** Mounts, draws and unmounts a case `cycles` times. */
  cycle: (id: string, cycles: number) => Promise<void>;
  counts: () => LiveCounts & { nodes: number };
}

const narrowWidth = 375;
const locales: readonly BenchLocale[] = ['ru', 'en', 'kk'];

function caseFor(id: string): BenchCase {
  const found = benchCases.find((item) => item.id === id);
  if (!found) throw new Error(`No benchmark case ${id}`);
  return found;
}

const frame = () => new Promise<number>((done) => requestAnimationFrame(done));

function isReady(host: HTMLElement, bench: BenchCase): boolean {
  return host.querySelectorAll(bench.ready.selector).length >= bench.ready.count;
}

/**
 * Resolves with the time of the last mutation inside `stage` once the case's marks are present and
 * two animation frames have passed with no mutation; with no mutation at all after four frames (a
 * chart that scales its SVG by viewBox on a width change), with `start`.
 */
function settled(stage: HTMLElement, bench: BenchCase, start: () => number, timeout = 10_000): Promise<number> {
  let last = Number.NaN;
  let seen = 0;
  const observer = new MutationObserver(() => {
    last = performance.now();
    seen++;
  });
  observer.observe(stage, { subtree: true, childList: true, attributes: true, characterData: true });
  const started = performance.now();
  return new Promise<number>((resolve, reject) => {
    let quiet = 0;
    let before = 0;
    const check = () => {
      if (seen === before && isReady(stage, bench)) quiet++;
      else quiet = 0;
      before = seen;
      if (quiet >= (seen > 0 ? 2 : 4)) {
        observer.disconnect();
        resolve(seen > 0 ? last : start());
        return;
      }
      if (performance.now() - started > timeout) {
        observer.disconnect();
        const marks = stage.querySelectorAll(bench.ready.selector).length;
        reject(new Error(`${bench.id} did not settle in ${timeout} ms (${marks}/${bench.ready.count} marks)`));
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** `host` has the width; the chart is mounted in `stage` inside it, the element watched for mutations. */
interface Mounted {
  host: HTMLElement;
  stage: HTMLElement;
  root: Root;
}

function newHost(width = benchWidth): { host: HTMLElement; stage: HTMLElement } {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  const stage = document.createElement('div');
  host.append(stage);
  document.body.append(host);
  return { host, stage };
}

async function quietState(): Promise<void> {
  window.gc?.();
  await frame();
  await frame();
}

async function timeMount(bench: BenchCase, locale: BenchLocale): Promise<{ ms: number; mounted: Mounted }> {
  const { host, stage } = newHost();
  await quietState();
  let start = 0;
  const done = settled(stage, bench, () => start);
  start = performance.now();
  const root = createRoot(stage);
  root.render(bench.render(locale));
  const end = await done;
  return { ms: end - start, mounted: { host, stage, root } };
}

function unmount({ host, root }: Mounted): void {
  root.unmount();
  host.remove();
}

async function mountPairs(a: string, b: string, runs: number, warmUp: number) {
  const cases = [caseFor(a), caseFor(b)] as const;
  const times = { a: [] as number[], b: [] as number[], nodes: { a: 0, b: 0 } };
  for (let run = 0; run < warmUp + runs; run++) {
    // Alternate which side goes first, so that neither always follows the other.
    const order = run % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      const bench = cases[index === 0 ? 0 : 1];
      const { ms, mounted } = await timeMount(bench, 'ru');
      times.nodes[index === 0 ? 'a' : 'b'] = mounted.stage.getElementsByTagName('*').length;
      unmount(mounted);
      if (run >= warmUp) (index === 0 ? times.a : times.b).push(ms);
    }
  }
  return times;
}

async function timeUpdate(bench: BenchCase, mounted: Mounted, kind: 'locale' | 'width', step: number): Promise<number> {
  await quietState();
  let start = 0;
  const done = settled(mounted.stage, bench, () => start);
  start = performance.now();
  if (kind === 'locale') mounted.root.render(bench.render(locales[(step + 1) % locales.length] ?? 'ru'));
  else mounted.host.style.width = `${step % 2 === 0 ? narrowWidth : benchWidth}px`;
  const end = await done;
  return end - start;
}

async function updatePairs(a: string, b: string, kind: 'locale' | 'width', runs: number) {
  const cases = [caseFor(a), caseFor(b)] as const;
  const mounted = [(await timeMount(cases[0], 'ru')).mounted, (await timeMount(cases[1], 'ru')).mounted] as const;
  const times = { a: [] as number[], b: [] as number[] };
  // One unmeasured change each as a warm-up, then alternating measured changes.
  for (let step = -1; step < runs; step++) {
    const order = step % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      const i = index === 0 ? 0 : 1;
      const ms = await timeUpdate(cases[i], mounted[i], kind, step + 1);
      if (step >= 0) (i === 0 ? times.a : times.b).push(ms);
    }
  }
  for (const item of mounted) unmount(item);
  return times;
}

async function cycle(id: string, cycles: number): Promise<void> {
  const bench = caseFor(id);
  for (let index = 0; index < cycles; index++) {
    const { host, stage } = newHost();
    const root = createRoot(stage);
    root.render(bench.render(locales[index % locales.length] ?? 'ru'));
    const started = performance.now();
    while (!isReady(stage, bench)) {
      if (performance.now() - started > 10_000) throw new Error(`${id} did not draw in 10 s`);
      await frame();
    }
    root.unmount();
    host.remove();
  }
  await frame();
}

window.kzBench = {
  cases: () => benchCases.map(({ id, chart, side }) => ({ id, chart, side })),
  mountPairs,
  updatePairs,
  cycle,
  counts: () => ({ ...liveCounts(), nodes: document.getElementsByTagName('*').length }),
};
document.documentElement.dataset.ready = 'true';
