// Writes SIZES.md: the gzip size and budget of every entry point in .size-limit.json, measured by
// size-limit on the current build (run `pnpm build` and `pnpm embed:build` first).
// Usage: pnpm sizes            rewrite SIZES.md
//        pnpm sizes --check    fail when SIZES.md lists other entries or budgets, or a size that is
//                              more than 3 % (and 100 B) off the build's (CI, after `pnpm size`)
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const sizesPath = join(root, 'SIZES.md');
/** How far a committed size may drift from the build's before the table counts as out of date. */
const tolerance = { ratio: 0.03, bytes: 100 };

interface Budget {
  name: string;
  path: string;
  limit: string;
  ignore?: string[];
}

interface Measured {
  name: string;
  size: number;
  sizeLimit: number;
  passed: boolean;
}

export interface Row {
  name: string;
  path: string;
  bytes: number;
  limit: string;
  ignore: readonly string[];
}

function measure(): Promise<Measured[]> {
  const bin = join(root, 'node_modules/size-limit/bin.js');
  return new Promise((done, fail) => {
    // size-limit exits 1 when a budget is exceeded; the table still records the sizes.
    execFile(
      process.execPath,
      [bin, '--config', '.size-limit.mjs', '--json'],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        try {
          done(JSON.parse(stdout) as Measured[]);
        } catch {
          fail(error ?? new Error(`size-limit printed no JSON:\n${stdout}`));
        }
      },
    );
  });
}

export async function currentRows(): Promise<Row[]> {
  const budgets = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8')) as Budget[];
  const measured = await measure();
  return budgets.map((budget) => {
    const found = measured.find((entry) => entry.name === budget.name);
    if (!found) throw new Error(`size-limit did not measure "${budget.name}"`);
    if (found.size <= 0)
      throw new Error(`${budget.path} is missing or empty: build first (pnpm build, pnpm embed:build).`);
    return {
      name: budget.name,
      path: budget.path,
      bytes: found.size,
      limit: budget.limit,
      ignore: budget.ignore ?? [],
    };
  });
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}

export function render(rows: readonly Row[]): string {
  const lines = [
    '# Bundle sizes',
    '',
    'Minified and gzipped size of every entry point, as a bundler includes it in an app (tree-shaken,',
    'with everything it imports except what "counted without" lists), and its budget. Budgets live in',
    '`.size-limit.json` and are enforced by `pnpm size` in the test command. Code loaded on demand',
    '(`import()`: the file export, the embed panel) is not in the entry that loads it but in its own row;',
    "a chart's texts load with `import()` too, in the locale it is shown in: its Russian texts (the default",
    'locale) are counted in every entry that draws it, the Kazakh and English ones in none.',
    "A chart's own code is its folder's code: the frame every chart shares (figure, styles, table, actions,",
    'error state, keyboard marks, tooltip) has its own row, as a dependency would, and each chart\'s "first',
    'download" row is what a page loads for that chart alone: its own code with the shared frame.',
    'This table is written by `pnpm sizes` from the current build; `pnpm sizes --check` (also in the',
    `test command) fails when it is more than ${tolerance.ratio * 100} % off.`,
    '',
    '| entry | file | size (gzip) | budget | counted without |',
    '|---|---|--:|--:|---|',
    ...rows.map(
      (row) =>
        `| ${row.name} | \`${row.path}\` | ${kilobytes(row.bytes)} | ${row.limit} | ${row.ignore.map((name) => `\`${name}\``).join(', ') || '—'} |`,
    ),
    '',
    '1 kB = 1,000 bytes. The React entries count `@kz-trafficking/core` unless it is listed as left out;',
    'React, ReactDOM and Recharts are peer dependencies that the app already has.',
    '',
  ];
  return lines.join('\n');
}

/** The rows of a committed SIZES.md: entry name → [bytes, budget]. */
export function parse(markdown: string): Map<string, { bytes: number; limit: string }> {
  const rows = new Map<string, { bytes: number; limit: string }>();
  for (const line of markdown.split('\n')) {
    const match = /^\| (.+?) \| `[^`]+` \| ([\d.]+) kB \| ([^|]+) \|/.exec(line);
    if (match?.[1] && match[2] && match[3])
      rows.set(match[1], { bytes: Math.round(Number(match[2]) * 1000), limit: match[3].trim() });
  }
  return rows;
}

/** What is out of date in `markdown` compared with `rows`; empty when it is current. */
export function differences(markdown: string, rows: readonly Row[]): string[] {
  const committed = parse(markdown);
  const problems: string[] = [];
  for (const row of rows) {
    const entry = committed.get(row.name);
    if (!entry) {
      problems.push(`missing: ${row.name}`);
      continue;
    }
    if (entry.limit !== row.limit) problems.push(`${row.name}: budget ${entry.limit} in SIZES.md, ${row.limit} now`);
    const allowed = Math.max(tolerance.bytes, row.bytes * tolerance.ratio);
    if (Math.abs(entry.bytes - row.bytes) > allowed) {
      problems.push(`${row.name}: ${kilobytes(entry.bytes)} in SIZES.md, ${kilobytes(row.bytes)} now`);
    }
  }
  for (const name of committed.keys()) {
    if (!rows.some((row) => row.name === name)) problems.push(`no longer measured: ${name}`);
  }
  return problems;
}

async function main(): Promise<void> {
  const rows = await currentRows();
  if (process.argv.includes('--check')) {
    const problems = differences(readFileSync(sizesPath, 'utf8'), rows);
    if (problems.length > 0) {
      process.stderr.write(`SIZES.md is out of date (run \`pnpm sizes\`):\n${problems.join('\n')}\n`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(sizesPath, render(rows));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
