import type { Locale } from '@kz-trafficking/core';
import { type CSSProperties, type ReactNode, useId } from 'react';

export const locales: readonly Locale[] = ['ru', 'kk', 'en'];
const localeNames: Record<Locale, string> = { ru: 'Русский', kk: 'Қазақша', en: 'English' };

/** A locale picker for the doc pages (they are not stories, so the toolbar does not reach them). */
export function LocalePicker({ value, onChange }: { value: Locale; onChange: (locale: Locale) => void }) {
  // One radio group per picker: a page may hold several.
  const name = useId();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 12px', display: 'flex', gap: 12 }}>
      <legend style={{ fontWeight: 600, marginBottom: 4 }}>Language of the texts</legend>
      {locales.map((locale) => (
        <label key={locale} style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
          <input type="radio" name={name} checked={value === locale} onChange={() => onChange(locale)} />
          {localeNames[locale]}
        </label>
      ))}
    </fieldset>
  );
}

const cell: CSSProperties = {
  padding: '4px 8px',
  borderBottom: '1px solid #ddd',
  textAlign: 'start',
  verticalAlign: 'top',
};

/** A plain, readable table for the doc pages. */
export function DocTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly ReactNode[])[];
}) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', fontSize: 13, width: '100%' }}>
        <caption style={{ textAlign: 'start', fontWeight: 600, padding: '0 0 6px' }}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" style={{ ...cell, borderBottom: '2px solid #999' }}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and never reordered.
            <tr key={rowIndex}>
              {row.map((value, index) => (
                <td key={columns[index]} style={cell}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
