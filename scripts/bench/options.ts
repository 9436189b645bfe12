// How much the benchmark measures: the full run (`pnpm bench`) or a quick one (`pnpm bench --quick`,
// used by CI only to keep the benchmark working). Paths shared by the steps.
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
/** Where pages, bundles and the quick report go; ignored by git. */
export const workDir = join(root, '.artifacts/bench');

export interface BenchOptions {
  quick: boolean;
  /** Render runs per chart and per side, after the warm-up. */
  renderRuns: number;
  renderWarmUp: number;
  /** Locale switches and width changes per chart and per side. */
  updateRuns: number;
  /** Mount/unmount cycles per chart for the memory measurement. */
  memoryCycles: number;
  /** Milliseconds of renderToString per figure (after a warm-up of a quarter of it). */
  ssrMillis: number;
  /** Page loads per embed method. */
  demoLoads: number;
  /** Where the report is written. */
  output: string;
}

export function benchOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  return quick
    ? {
        quick,
        renderRuns: 3,
        renderWarmUp: 1,
        updateRuns: 2,
        memoryCycles: 20,
        ssrMillis: 150,
        demoLoads: 1,
        output: join(workDir, 'BENCHMARKS.quick.md'),
      }
    : {
        quick,
        renderRuns: 30,
        renderWarmUp: 5,
        updateRuns: 20,
        memoryCycles: 500,
        ssrMillis: 2000,
        demoLoads: 5,
        output: join(root, 'BENCHMARKS.md'),
      };
}
