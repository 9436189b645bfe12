/** A cell of a data table: a number, a text, or `null` for a value that is not known. */
export type Cell = string | number | null;

/** The rows a chart plots, as a table: headers in the chart's locale, raw values in the cells. */
export interface DataTable {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Cells (row, column) whose value was derived, not published: the table marks them in words. */
  derived?: readonly (readonly [row: number, column: number])[];
}

const formulaStart = /^[=+\-@\t\r]/;

function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  // A spreadsheet would run a text starting with = + - @ as a formula: prefix it with a quote.
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The table as CSV (RFC 4180: comma separated, CRLF line ends, quoted where needed), UTF-8 text.
 * `bom` prefixes a byte-order mark so that Excel reads the file as UTF-8. Unknown values are empty.
 */
export function toCsv(table: DataTable, { bom = false }: { bom?: boolean } = {}): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(','));
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
