// An update's problems as a data desk reads them: `<fact id> <field>: <what is wrong>`, in each locale.
import { KztError, type UpdateProblem } from '../errors.js';
import { enUpdateTexts } from '../i18n/en/update.js';
import { readerValue } from '../i18n/error-text.js';
import { fill } from '../i18n/format.js';
import { kkUpdateTexts } from '../i18n/kk/update.js';
import { ruUpdateTexts } from '../i18n/ru/update.js';
import type { Locale } from '../types.js';
import type { ExpectedType, UpdateTexts } from './texts.js';

const catalogues: Readonly<Record<Locale, UpdateTexts>> = { ru: ruUpdateTexts, kk: kkUpdateTexts, en: enUpdateTexts };

/** The update check's texts in `locale`. */
export function updateTexts(locale: Locale): UpdateTexts {
  return catalogues[locale];
}

/** One problem as a line: `crimes.total.2026 value: should be a finite number, got "a lot"`. */
export function problemText(problem: UpdateProblem, locale: Locale = 'ru'): string {
  const texts = updateTexts(locale);
  const where = [problem.factId ?? texts.file, problem.field].filter(Boolean).join(' ');
  // Kinds whose text names the offending value itself take it bare; the others append ", got …".
  const bare = ['unknown-source', 'unknown-fact', 'unit-changed', 'derivation'].includes(problem.kind);
  const value = problem.got === undefined ? '' : readerValue(problem.got, locale);
  const got = problem.got === undefined ? '' : bare ? value : `${texts.got}${value}`;
  const expected = problem.expected ?? '';
  const named = Object.hasOwn(texts.types, expected) ? texts.types[expected as ExpectedType] : expected;
  const text = fill(texts.problems[problem.kind], { expected: named, got });
  return `${where}: ${text}`;
}

/** Every problem, a line each, in English (the `KztError`'s message). */
export function problemSummary(problems: readonly UpdateProblem[], locale: Locale = 'en'): string {
  return problems.map((problem) => problemText(problem, locale)).join('\n');
}

/** The one error an update's problems give: its `problems` list them all. */
export function invalidUpdate(problems: readonly UpdateProblem[]): KztError {
  return new KztError(
    'invalid-update',
    `Problems in the update: ${problems.length}.\n${problemSummary(problems)}`,
    { value: String(problems.length) },
    problems,
  );
}
