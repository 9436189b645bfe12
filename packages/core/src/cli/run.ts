// `kz-charts`, the data desk's command: `check` an update file against the dataset, or write the
// `template` of the facts a chart reads. Whatever the file holds, the answer is a message and an
// exit code (0 valid, 1 problems, 2 a wrong command or an unreadable file), never a stack trace.
import { audit } from '../audit.js';
import { formatAuditTable } from '../audit-report.js';
import { dataset } from '../dataset.js';
import { type ChartId, chartIds, isChartId } from '../embed/charts.js';
import { isKztError } from '../errors.js';
import { messagesFor } from '../i18n/catalogues.js';
import { fill, isLocale } from '../i18n/format.js';
import type { Locale } from '../types.js';
import { applyUpdate, changedFacts } from '../update/apply.js';
import { maxUpdateBytes, parseUpdate, tooLargeUpdate } from '../update/parse.js';
import { problemText, updateTexts } from '../update/problem-text.js';
import { updateTemplate } from '../update/template.js';

/** What the command may touch: the file system and its two output streams. */
export interface CliIo {
  /** The file's size in bytes, or `null` when there is no such file. */
  size(path: string): number | null;
  read(path: string): string;
  write(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const usage = `Usage:
  kz-charts check <update.json|update.csv> [--locale ru|kk|en]
      Checks a data update against the dataset: prints every problem (exit 1), or the fact check
      of the updated dataset (exit 0).
  kz-charts template <${chartIds.join('|')}> [--out <file>]
      Writes an update file with the facts the chart reads, to fill in.`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const [value] = args.splice(index, 2).slice(1);
  return value ?? '';
}

function check(path: string, locale: Locale, io: CliIo): number {
  const size = io.size(path);
  if (size === null) {
    io.stderr(`kz-charts: no file ${path}\n`);
    return 2;
  }
  try {
    if (size > maxUpdateBytes) throw tooLargeUpdate();
    const update = parseUpdate(io.read(path), path);
    const updated = applyUpdate(dataset, update);
    const { replaced, added } = changedFacts(dataset, updated);
    io.stdout(`${fill(updateTexts(locale).valid, { replaced: replaced.length, added: added.length })}\n\n`);
    io.stdout(`${formatAuditTable(audit(updated), messagesFor(locale))}\n`);
    return 0;
  } catch (error) {
    if (!isKztError(error) || error.problems.length === 0) throw error;
    for (const problem of error.problems) io.stdout(`${problemText(problem, locale)}\n`);
    return 1;
  }
}

/** Runs the command with `args` (after `kz-charts`); returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const args = [...argv];
  const locale = option(args, '--locale') ?? 'ru';
  const out = option(args, '--out');
  const [command, target, ...rest] = args;
  if (!isLocale(locale)) {
    io.stderr(`kz-charts: unknown locale ${locale} (ru, kk or en)\n${usage}\n`);
    return 2;
  }
  if (command === 'check' && target && rest.length === 0) return check(target, locale, io);
  if (command === 'template' && target && rest.length === 0) {
    if (!isChartId(target)) {
      io.stderr(`kz-charts: unknown chart ${target} (${chartIds.join(', ')})\n`);
      return 2;
    }
    const text = `${JSON.stringify(updateTemplate(target as ChartId, dataset), null, 2)}\n`;
    if (out) io.write(out, text);
    else io.stdout(text);
    return 0;
  }
  io.stderr(`${usage}\n`);
  return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
}
