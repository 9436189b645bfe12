// The benchmark's baseline: kz-charts.js as it was before the loader, one file with React,
// Recharts, core and all four charts, every element drawn as soon as it is on the page.
// Built by scripts/bench/demo.ts into the benchmark's work folder; never published.
import type { ChartId } from '../../packages/core/src/embed.js';
import type { ChartModule } from '../../packages/embed/src/chart-view.js';
import * as crimeTrendLine from '../../packages/embed/src/charts/crime-trend-line.js';
import * as regionalShare from '../../packages/embed/src/charts/regional-share.js';
import * as slaveryIndexBar from '../../packages/embed/src/charts/slavery-index-bar.js';
import * as victimGenderDonut from '../../packages/embed/src/charts/victim-gender-donut.js';
import { defineChartElements } from '../../packages/embed/src/elements.js';

const modules: Record<ChartId, ChartModule> = {
  'slavery-index-bar': slaveryIndexBar,
  'crime-trend-line': crimeTrendLine,
  'victim-gender-donut': victimGenderDonut,
  'regional-share': regionalShare,
};

defineChartElements(undefined, { load: (chart) => Promise.resolve(modules[chart]), eager: true });
