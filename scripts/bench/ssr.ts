// 3. Server rendering: renderToString throughput of each figure in Node, production React, measured
// in a child process (ssr-worker.tsx) so that NODE_ENV=production holds from the first import.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from './options.js';
import type { SsrResult } from './ssr-worker.jsx';

export type { SsrResult };

export async function measureSsr(millis: number): Promise<SsrResult[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts/bench/ssr-worker.tsx'), String(millis)],
    { cwd: root, env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
  );
  const line = stdout.trim().split('\n').pop() ?? '[]';
  return JSON.parse(line) as SsrResult[];
}
