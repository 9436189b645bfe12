// Known vulnerabilities in the production dependencies: `pnpm run audit:prod`.
// Runs `pnpm audit --prod --json` against the registry's audit endpoint and fails on any advisory
// not documented below. When the endpoint cannot be reached or refuses the request, it says so and
// fails too (exit code 2) — an audit that did not run is never reported as a pass. Pass
// `--allow-unavailable` to turn only that case into a warning (exit 0), e.g. on a network that blocks it.
import { spawnSync } from 'node:child_process';

/**
 * Advisories accepted with the reason they cannot be reached, by GitHub advisory id (GHSA-…) or
 * npm advisory id. Each entry must say why the vulnerable code is not reachable from the charts.
 */
const documented: Record<string, string> = {};

interface Advisory {
  id?: number;
  github_advisory_id?: string;
  module_name?: string;
  severity?: string;
  title?: string;
  url?: string;
  vulnerable_versions?: string;
  findings?: { version?: string; paths?: string[] }[];
}

interface AuditReport {
  error?: { code?: string; message?: string };
  advisories?: Record<string, Advisory>;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: number };
}

const allowUnavailable = process.argv.includes('--allow-unavailable');

// Under `pnpm run`, npm_execpath is pnpm itself; otherwise the pinned pnpm is fetched through npx.
const execPath = process.env.npm_execpath ?? '';
const [command, baseArgs] = /pnpm/.test(execPath) ? [process.execPath, [execPath]] : ['npx', ['-y', 'pnpm@10.34.9']];
const run = spawnSync(command, [...baseArgs, 'audit', '--prod', '--json'], {
  cwd: new URL('..', import.meta.url),
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});

let report: AuditReport;
try {
  report = JSON.parse(run.stdout || '{}') as AuditReport;
} catch {
  report = { error: { code: 'UNPARSEABLE', message: (run.stdout || run.stderr).slice(0, 2000) } };
}

if (report.error || run.error || !report.metadata) {
  const reason = report.error?.message ?? run.error?.message ?? (run.stderr.trim() || 'no report was returned');
  console.error(`The audit did not run: ${report.error?.code ?? 'ERROR'}: ${reason}`);
  console.error(
    allowUnavailable
      ? 'No known-vulnerability check was made (--allow-unavailable: exiting 0, but nothing was checked).'
      : 'No known-vulnerability check was made; this is not a pass.',
  );
  process.exit(allowUnavailable ? 0 : 2);
}

const advisories = Object.values(report.advisories ?? {});
const open = advisories.filter(
  (advisory) => !documented[advisory.github_advisory_id ?? ''] && !documented[String(advisory.id ?? '')],
);
console.log(
  `pnpm audit --prod: ${report.metadata.dependencies ?? '?'} dependencies, ${advisories.length} advisories (${open.length} not documented).`,
);
for (const advisory of advisories) {
  const key = advisory.github_advisory_id ?? String(advisory.id);
  const paths = advisory.findings?.flatMap((finding) => finding.paths ?? []).slice(0, 3) ?? [];
  console.log(
    `  ${advisory.severity ?? '?'} ${advisory.module_name}@${advisory.vulnerable_versions}: ${advisory.title} (${key}, ${advisory.url})`,
  );
  if (paths.length > 0) console.log(`    via ${paths.join('; ')}`);
  console.log(`    ${documented[key] ? `documented: ${documented[key]}` : 'NOT DOCUMENTED'}`);
}
process.exit(open.length > 0 ? 1 : 0);
