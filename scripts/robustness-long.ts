// The long run of the generated-input tests (issue #9): `pnpm run test:robustness:long`.
// 20,000 cases per component and core function and 2,000 full drawings per component by default;
// `-- --runs 100000 --draw-runs 5000 --seed 42` to change them (the seed replays a failure).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const { values } = parseArgs({
  args,
  options: {
    runs: { type: 'string', default: '20000' },
    'draw-runs': { type: 'string', default: '2000' },
    seed: { type: 'string' },
  },
});
const env = {
  ...process.env,
  FUZZ_RUNS: values.runs,
  FUZZ_DRAW_RUNS: values['draw-runs'],
  ...(values.seed ? { FUZZ_SEED: values.seed } : {}),
};
console.log(`Generated-input tests: ${values.runs} cases, ${values['draw-runs']} drawings per component.`);
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--project', 'robustness', 'tests/robustness/fuzz-'], {
  stdio: 'inherit',
  env,
  cwd: new URL('..', import.meta.url),
});
console.log(`Finished in ${Math.round((Date.now() - started) / 1000)} s.`);
process.exit(result.status ?? 1);
