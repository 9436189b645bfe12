// Run by ssr.ts in a child process with NODE_ENV=production: renderToString of each figure for a fixed
// time after a warm-up; prints the results as JSON. Our charts come from their built entries.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { BareCrimeTrendLine } from './fixtures/bare-crime-trend-line.js';
import { BareSlaveryIndexBar } from './fixtures/bare-slavery-index-bar.js';
import { BareVictimGenderDonut } from './fixtures/bare-victim-gender-donut.js';
import { SimpleMapsRegionalShare } from './fixtures/peer-simple-maps.js';
import { root } from './options.js';

export interface SsrResult {
  id: string;
  rendersPerSecond: number;
  renders: number;
  /** Length of the HTML, in characters. */
  htmlLength: number;
  /** Whether the HTML holds an `<svg>` (Recharts 3 renders none on the server). */
  hasSvg: boolean;
}

type Charts = typeof import('../../packages/react/src/index.js');
const ours = (await import(pathToFileURL(join(root, 'packages/react/dist/index.js')).href)) as Charts;
// renderToString cannot wait for a chart's texts, so they are loaded first, as the README tells users.
await ours.loadTexts();

const figures: [string, () => ReactElement][] = [
  ['slavery-index-bar:ours', () => <ours.SlaveryIndexBar />],
  ['slavery-index-bar:bare', () => <BareSlaveryIndexBar />],
  ['crime-trend-line:ours', () => <ours.CrimeTrendLine />],
  ['crime-trend-line:bare', () => <BareCrimeTrendLine />],
  ['victim-gender-donut:ours', () => <ours.VictimGenderDonut />],
  ['victim-gender-donut:bare', () => <BareVictimGenderDonut />],
  ['regional-share:ours', () => <ours.RegionalShare />],
  ['regional-share:peer', () => <SimpleMapsRegionalShare />],
];

function run(element: () => ReactElement, millis: number): { renders: number; seconds: number; html: string } {
  let html = '';
  let renders = 0;
  const start = performance.now();
  let now = start;
  while (now - start < millis) {
    html = renderToString(element());
    renders++;
    now = performance.now();
  }
  return { renders, seconds: (now - start) / 1000, html };
}

const millis = Number(process.argv[2] ?? 1000);
const results: SsrResult[] = [];
for (const [id, element] of figures) {
  run(element, millis / 4);
  const { renders, seconds, html } = run(element, millis);
  results.push({
    id,
    renders,
    rendersPerSecond: renders / seconds,
    htmlLength: html.length,
    hasSvg: html.includes('<svg'),
  });
}
process.stdout.write(`${JSON.stringify(results)}\n`);
