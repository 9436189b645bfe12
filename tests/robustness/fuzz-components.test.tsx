import fc from 'fast-check';
import type { ComponentType } from 'react';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { CrimeTrendLine, RegionalShare, SlaveryIndexBar, VictimGenderDonut } from '../../packages/react/src/index.js';
import {
  commonProps,
  crimeProps,
  drawOptions,
  fuzzOptions,
  regionalProps,
  slaveryProps,
  victimProps,
} from './arbitraries.js';
import { checkOutcome as check, measureAs, setWidth, show, watchConsole } from './harness.js';

// Issue #9, "bad input, generated". Every generated case goes through the component — ChartShell,
// the chart's compute and ChartFrame — and must end as a figure with its chart box or as a figure
// with the error state (role="alert"); nothing may escape the component, reach its error boundary
// (which React reports with console.error) or log a console.error, and the error state calls
// onError exactly once. Each component gets 1,000 cases built with the box unmeasured (width 0, so
// no SVG: ~2 ms a case) and 1,000 drawn in full at widths from 1 to 1,200 px (5–15 ms a case).
// FUZZ_RUNS / FUZZ_DRAW_RUNS raise the counts; FUZZ_SEED replays a run (its seed is printed).

interface FuzzCase {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: generated props are deliberately untyped.
  component: ComponentType<any>;
  props: fc.Arbitrary<Record<string, unknown>>;
}

const cases: FuzzCase[] = [
  { name: 'SlaveryIndexBar', component: SlaveryIndexBar, props: slaveryProps },
  { name: 'CrimeTrendLine', component: CrimeTrendLine, props: crimeProps },
  { name: 'VictimGenderDonut', component: VictimGenderDonut, props: victimProps },
  { name: 'RegionalShare', component: RegionalShare, props: regionalProps },
];

// Generous limits: the runs take seconds, but CI machines are shared and FUZZ_RUNS may be large.
const figureTimeout = 60_000 + fuzzOptions.numRuns * 100;
const drawTimeout = 60_000 + drawOptions.numRuns * 1000;

const timings: string[] = [];
afterAll(() => {
  process.stdout.write(`\n[fuzz] seed ${fuzzOptions.seed}\n${timings.map((line) => `[fuzz] ${line}`).join('\n')}\n`);
});
afterEach(() => vi.unstubAllGlobals());

describe.each(cases)('$name with generated props', ({ name, component, props }) => {
  it(
    `builds the figure or the error state for ${fuzzOptions.numRuns} generated cases`,
    () => {
      const console = watchConsole();
      measureAs(0);
      const counts: Record<string, number> = {};
      const started = performance.now();
      fc.assert(
        fc.property(commonProps, props, (common, own) => {
          const kind = check(component, name, { ...common, ...own }, console.errors);
          counts[kind] = (counts[kind] ?? 0) + 1;
        }),
        fuzzOptions,
      );
      const seconds = (performance.now() - started) / 1000;
      timings.push(`${name}: ${fuzzOptions.numRuns} figures in ${seconds.toFixed(1)} s — ${show(counts)}`);
      // The generators must reach both outcomes often, or the property proves little (checked on
      // runs large enough for a share to mean something).
      if (fuzzOptions.numRuns >= 200) {
        expect(counts.frame ?? 0).toBeGreaterThan(fuzzOptions.numRuns * 0.05);
        expect(counts['error-state'] ?? 0).toBeGreaterThan(fuzzOptions.numRuns * 0.05);
      }
    },
    figureTimeout,
  );

  it(
    `draws the chart or the error state for ${drawOptions.numRuns} generated cases at any width`,
    () => {
      const console = watchConsole();
      measureAs(640);
      const counts: Record<string, number> = {};
      const started = performance.now();
      fc.assert(
        fc.property(commonProps, props, fc.constantFrom(1, 120, 320, 399, 640, 1200), (common, own, width) => {
          setWidth(width);
          const kind = check(component, name, { ...common, ...own }, console.errors);
          counts[kind] = (counts[kind] ?? 0) + 1;
        }),
        drawOptions,
      );
      const seconds = (performance.now() - started) / 1000;
      timings.push(`${name}: ${drawOptions.numRuns} drawn in ${seconds.toFixed(1)} s — ${show(counts)}`);
      if (drawOptions.numRuns >= 200) expect(counts.chart ?? 0).toBeGreaterThan(drawOptions.numRuns * 0.05);
    },
    drawTimeout,
  );
});
