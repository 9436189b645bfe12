// What the browser benchmarks mount: each of our charts (imported from source for the types; the page
// bundle takes the built entries, see bundle.ts) and its counterpart drawn with the same data at the same width, with the selector and count
// of marks that say the drawing is complete.
import type { ReactElement } from 'react';
import { CrimeTrendLine } from '../../../packages/react/src/crime-trend-line/index.js';
import { RegionalShare } from '../../../packages/react/src/regional-share/index.js';
import { SlaveryIndexBar } from '../../../packages/react/src/slavery-index-bar/index.js';
import { VictimGenderDonut } from '../../../packages/react/src/victim-gender-donut/index.js';
import { BareCrimeTrendLine } from '../fixtures/bare-crime-trend-line.js';
import { BareSlaveryIndexBar } from '../fixtures/bare-slavery-index-bar.js';
import { BareVictimGenderDonut } from '../fixtures/bare-victim-gender-donut.js';
import type { BenchLocale } from '../fixtures/data.js';
import { SimpleMapsRegionalShare } from '../fixtures/peer-simple-maps.js';

export interface BenchCase {
  /** `<chart>:<side>`, e.g. `slavery-index-bar:ours`. */
  id: string;
  chart: string;
  side: 'ours' | 'bare' | 'peer' | 'control';
  /** The drawing is complete when at least `count` elements match `selector` inside the container. */
  ready: { selector: string; count: number };
  render: (locale: BenchLocale) => ReactElement;
}

export const benchCases: readonly BenchCase[] = [
  {
    id: 'slavery-index-bar:ours',
    chart: 'slavery-index-bar',
    side: 'ours',
    ready: { selector: 'svg .kzt-mark-shape', count: 15 },
    render: (locale) => <SlaveryIndexBar locale={locale} animate={false} />,
  },
  {
    id: 'slavery-index-bar:bare',
    chart: 'slavery-index-bar',
    side: 'bare',
    ready: { selector: 'svg .recharts-bar-rectangle', count: 15 },
    render: (locale) => <BareSlaveryIndexBar locale={locale} />,
  },
  {
    id: 'crime-trend-line:ours',
    chart: 'crime-trend-line',
    side: 'ours',
    ready: { selector: 'svg .kzt-mark-shape', count: 6 },
    render: (locale) => <CrimeTrendLine locale={locale} animate={false} />,
  },
  {
    id: 'crime-trend-line:bare',
    chart: 'crime-trend-line',
    side: 'bare',
    ready: { selector: 'svg .recharts-line-dot', count: 6 },
    render: (locale) => <BareCrimeTrendLine locale={locale} />,
  },
  {
    id: 'victim-gender-donut:ours',
    chart: 'victim-gender-donut',
    side: 'ours',
    ready: { selector: 'svg .kzt-mark-shape', count: 2 },
    render: (locale) => <VictimGenderDonut locale={locale} animate={false} />,
  },
  {
    id: 'victim-gender-donut:bare',
    chart: 'victim-gender-donut',
    side: 'bare',
    ready: { selector: 'svg .recharts-pie-sector', count: 2 },
    render: (locale) => <BareVictimGenderDonut locale={locale} />,
  },
  {
    id: 'regional-share:ours',
    chart: 'regional-share',
    side: 'ours',
    ready: { selector: 'svg .kzt-mark-shape', count: 20 },
    render: (locale) => <RegionalShare locale={locale} animate={false} />,
  },
  {
    id: 'regional-share:peer',
    chart: 'regional-share',
    side: 'peer',
    ready: { selector: 'svg .rsm-geography', count: 20 },
    render: () => <SimpleMapsRegionalShare />,
  },
  {
    // The memory benchmark's control: plain React drawing 20 rectangles, the noise floor of heap growth.
    id: 'control:plain',
    chart: 'control',
    side: 'control',
    ready: { selector: 'svg .control-mark', count: 20 },
    render: (locale) => (
      <svg width={640} height={400} lang={locale} role="img" aria-label="control">
        {Array.from({ length: 20 }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders.
          <rect key={index} className="control-mark" x={index * 32} y={0} width={24} height={(index + 1) * 20} />
        ))}
      </svg>
    ),
  },
];
