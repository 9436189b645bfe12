// The update chunk (dist/charts/dataset-update.js): loaded by kz-charts.js only for an element whose
// figures come from an update (`data-src` or an inline `<script type="application/json">`), so that a
// chart without one downloads none of this (the update check, the CSV reader).
import { isKztError, type UpdateProblem } from '@kz-trafficking/core';
import { dataset } from '@kz-trafficking/core/dataset';
import { applyUpdate, maxUpdateBytes, parseUpdate, problemText, updateFailureTexts } from '@kz-trafficking/core/update';
import { FetchFailure, fetchUpdate } from './fetch-update.js';
import { noticeLocale } from './load-failure.js';
import type { DataSource, UpdateOutcome } from './update-module.js';
import { updateFailureNotice } from './update-notice.js';

/** Most problems listed in the notice; the rest are counted in its last line. */
const maxListed = 20;

/** The outcome of a file that could not be fetched, which the next element to name it fetches anew. */
const fetchFailed: UpdateOutcome = {
  failure: (locale, retry) => {
    const texts = updateFailureTexts[noticeLocale(locale)];
    return updateFailureNotice(texts.fetchFailed, [], { label: texts.retry, run: retry });
  },
};

// One warning a page, however many charts cannot use their update.
let warned = false;
function warnOnce(message: string): void {
  if (warned) return;
  warned = true;
  console.warn(`kz-charts: ${message}`);
}

function invalid(problems: readonly UpdateProblem[]): UpdateOutcome {
  return {
    failure: (locale) => {
      const code = noticeLocale(locale);
      const lines = problems.slice(0, maxListed).map((problem) => problemText(problem, code));
      if (problems.length > maxListed) lines.push(`… +${problems.length - maxListed}`);
      return updateFailureNotice(updateFailureTexts[code].invalid, lines, null);
    },
  };
}

const tooLarge: UpdateProblem = { factId: null, field: '', kind: 'too-large', expected: `${maxUpdateBytes} B` };

/** The file's name for the reader (`.csv` or not), from the address's path. */
function fileName(address: string): string {
  try {
    return new URL(address).pathname;
  } catch {
    return address;
  }
}

async function read(source: DataSource): Promise<UpdateOutcome> {
  let text: string | null;
  try {
    text = 'src' in source ? await fetchUpdate(source.src) : source.inline;
  } catch (error) {
    warnOnce(error instanceof FetchFailure ? error.message : String(error));
    return fetchFailed;
  }
  if (text === null) return invalid([tooLarge]);
  try {
    const update = parseUpdate(text, 'src' in source ? fileName(source.src) : 'update.json');
    return { dataset: applyUpdate(dataset, update) };
  } catch (error) {
    const problems: readonly UpdateProblem[] =
      isKztError(error) && error.problems.length > 0
        ? error.problems
        : [{ factId: null, field: '', kind: 'unreadable', expected: 'JSON', got: String(error) }];
    warnOnce(`the update has ${problems.length} problem(s); the chart lists them in place of its figures.`);
    return invalid(problems);
  }
}

// One fetch and merge per address, however many elements name it; a failed fetch is tried anew.
const merged = new Map<string, Promise<UpdateOutcome>>();

/** See `UpdateModule.loadDataset`. */
export function loadDataset(source: DataSource): Promise<UpdateOutcome> {
  if (!('src' in source)) return read(source);
  let outcome = merged.get(source.src);
  if (!outcome) {
    outcome = read(source);
    merged.set(source.src, outcome);
    void outcome.then((result) => {
      if (result === fetchFailed) merged.delete(source.src);
    });
  }
  return outcome;
}

/** See `UpdateModule.notAllowedNotice`. */
export function notAllowedNotice(locale: string | null, address: string): HTMLElement {
  return updateFailureNotice(updateFailureTexts[noticeLocale(locale)].notAllowed, [address], null);
}
