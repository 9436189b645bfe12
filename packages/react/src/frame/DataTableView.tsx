import {
  type Cell,
  type CommonMessages,
  type DataTable,
  formatNumber,
  formatPercent,
  markDerived,
} from '@kz-trafficking/core';
import type { ColumnKind } from './types.js';

interface DataTableViewProps {
  table: DataTable;
  kinds: readonly ColumnKind[];
  messages: CommonMessages;
  visible: boolean;
  id: string;
}

function formatCell(cell: Cell, kind: ColumnKind, messages: CommonMessages): string {
  if (cell === null) return messages.frame.noData;
  if (typeof cell === 'string') return cell;
  if (kind === 'share') return formatPercent(cell * 100, messages.locale);
  return kind === 'number' ? formatNumber(cell, messages.locale, 2) : String(cell);
}

function isDerived(table: DataTable, row: number, column: number): boolean {
  return table.derived?.some(([derivedRow, derivedColumn]) => derivedRow === row && derivedColumn === column) ?? false;
}

/** The chart's numbers as a real table; visually hidden (still read by screen readers) until shown. */
export function DataTableView({ table, kinds, messages, visible, id }: DataTableViewProps) {
  const numeric = (index: number) => kinds[index] === 'number' || kinds[index] === 'share';
  return (
    <div id={id} className={visible ? 'kzt-table' : 'kzt-table kzt-visually-hidden'}>
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={column} scope="col" className={numeric(index) ? 'kzt-number' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: row heads may repeat (a caller's names); the table is static.
            <tr key={`${rowIndex}:${String(row[0])}`}>
              {row.map((cell, index) => {
                // The first cell heads its row.
                const Cell = index === 0 ? 'th' : 'td';
                return (
                  <Cell
                    key={table.columns[index]}
                    scope={index === 0 ? 'row' : undefined}
                    className={index > 0 && numeric(index) ? 'kzt-number' : undefined}
                  >
                    {isDerived(table, rowIndex, index)
                      ? markDerived(formatCell(cell, kinds[index] ?? 'text', messages), messages)
                      : formatCell(cell, kinds[index] ?? 'text', messages)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
