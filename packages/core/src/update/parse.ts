// An update file as a data desk saves it, JSON or CSV (one fact a row, as a spreadsheet exports it:
// UTF-8 with or without BOM, comma or semicolon), read into the update's shape for `applyUpdate`.
// Reading never judges the facts: that is `applyUpdate`'s check, with every problem at once.
import Papa from 'papaparse';
import type { KztError, UpdateProblem } from '../errors.js';
import { factFields } from './check-fact.js';
import { invalidUpdate } from './problem-text.js';

/** Largest update file read: a year's figures take a few kilobytes. */
export const maxUpdateBytes = 2 * 1024 * 1024;

/** The columns of a CSV update: the fields of a fact, `asReported` as two. */
export const csvColumns: readonly string[] = factFields.flatMap((field) =>
  field === 'asReported' ? ['asReported.value', 'asReported.unit'] : [field],
);

const fileProblem = (kind: UpdateProblem['kind'], expected?: string, got?: string): UpdateProblem => ({
  factId: null,
  field: '',
  kind,
  ...(expected === undefined ? {} : { expected }),
  ...(got === undefined ? {} : { got }),
});

/** The error of a file over `maxUpdateBytes`, which is not read at all. */
export function tooLargeUpdate(): KztError {
  return invalidUpdate([fileProblem('too-large', `${maxUpdateBytes} B`)]);
}

function checkedText(text: string): string {
  if (text.length > maxUpdateBytes) throw tooLargeUpdate();
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') throw invalidUpdate([fileProblem('empty')]);
  return content;
}

/** A JSON update file's content; throws a `KztError` (`invalid-update`) when it is not JSON. */
export function parseUpdateJson(text: string): unknown {
  const content = checkedText(text);
  try {
    return JSON.parse(content);
  } catch (error) {
    throw invalidUpdate([fileProblem('unreadable', 'JSON', error instanceof Error ? error.message : undefined)]);
  }
}

/** A number as a spreadsheet writes it: `298`, `-16.5`, `1,9` (decimal comma, in a semicolon file). */
function csvNumber(cell: string, decimalComma: boolean): number | null {
  const plain = (decimalComma ? cell.replace(',', '.') : cell).replace(/[\s\u00a0]/g, '').replace('\u2212', '-');
  return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(plain) ? Number(plain) : null;
}

function csvJson(cell: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    return cell; // Left as text: the fact check names the field.
  }
}

function csvValue(cell: string, decimalComma: boolean): unknown {
  if (cell === '') return null;
  const number = csvNumber(cell, decimalComma);
  if (number !== null) return number;
  return cell.startsWith('[') ? csvJson(cell) : cell;
}

function csvFlag(cell: string): unknown {
  const lower = cell.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  return cell;
}

/** One CSV row as a fact: empty cells are absent fields, except an empty value, which is `null`. */
function csvFact(row: Readonly<Record<string, string>>, decimalComma: boolean): Record<string, unknown> {
  const fact: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    const cell = raw.trim();
    if (column === 'value') fact.value = csvValue(cell, decimalComma);
    else if (cell === '') continue;
    else if (column === 'approximate' || column === 'context') fact[column] = csvFlag(cell);
    else if (column === 'inputs') fact.inputs = cell.startsWith('[') ? csvJson(cell) : cell.split(/[\s,;|]+/);
    else if (column === 'constraint' || column === 'claim' || column === 'readings') fact[column] = csvJson(cell);
    else if (column === 'asReported.value' || column === 'asReported.unit') {
      const asReported = (fact.asReported ?? {}) as Record<string, unknown>;
      asReported[column.slice('asReported.'.length)] =
        column === 'asReported.value' ? csvValue(cell, decimalComma) : cell;
      fact.asReported = asReported;
    } else fact[column] = cell;
  }
  return fact;
}

/**
 * A CSV update file's content as an update (`{ facts }`: a CSV cites the dataset's sources, or those
 * of a JSON update applied before it). The header names the columns (`csvColumns`; an unknown one is
 * a problem); the delimiter is found from the header.
 */
export function parseUpdateCsv(text: string): unknown {
  const content = checkedText(text);
  const parsed = Papa.parse<Record<string, string>>(content, {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const problems: UpdateProblem[] = [];
  const columns = parsed.meta.fields ?? [];
  for (const column of columns)
    if (!csvColumns.includes(column)) problems.push({ factId: null, field: column, kind: 'unknown-field' });
  if (!columns.includes('id')) problems.push({ factId: null, field: 'id', kind: 'missing' });
  for (const error of parsed.errors.slice(0, 20))
    problems.push(fileProblem('unreadable', 'CSV', `row ${(error.row ?? 0) + 2}: ${error.message}`));
  if (problems.length > 0) throw invalidUpdate(problems);
  const decimalComma = parsed.meta.delimiter === ';';
  return { facts: parsed.data.map((row) => csvFact(row, decimalComma)) };
}

/** An update file's content, JSON or CSV: by `name`'s extension when given, else by its first character. */
export function parseUpdate(text: string, name?: string): unknown {
  const csv = name ? /\.csv$/i.test(name) : !/^\uFEFF?\s*[{[]/.test(text);
  return csv ? parseUpdateCsv(text) : parseUpdateJson(text);
}
