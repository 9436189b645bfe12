import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cell, type DataTable, toCsv } from '../../packages/core/src/index.js';

function table(columns: readonly string[], rows: readonly (readonly Cell[])[]): DataTable {
  return { caption: 'Caption is not part of the CSV', columns, rows };
}

/** The one-line CSV of a table with one header `h` and one row holding `cell`, without the header line. */
function rowOf(cell: Cell): string {
  const csv = toCsv(table(['h'], [[cell]]));
  expect(csv.startsWith('h\r\n')).toBe(true);
  return csv.slice('h\r\n'.length);
}

/**
 * A small RFC 4180 parser: records end with CRLF, fields are separated by commas, a quoted field
 * may hold commas, CR, LF and doubled quotes. Throws on anything RFC 4180 does not allow.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  let fieldStart = true;
  while (index < text.length) {
    const char = text[index];
    if (fieldStart && char === '"') {
      index++;
      for (;;) {
        if (index >= text.length) throw new Error('unterminated quoted field');
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        field += text[index];
        index++;
      }
      fieldStart = false;
      if (index < text.length && text[index] !== ',' && text[index] !== '\r')
        throw new Error(`text after a closing quote at ${index}`);
      continue;
    }
    if (char === ',') {
      record.push(field);
      field = '';
      fieldStart = true;
      index++;
    } else if (char === '\r') {
      if (text[index + 1] !== '\n') throw new Error(`bare CR at ${index}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStart = true;
      index += 2;
    } else {
      if (char === '"' || char === '\n') throw new Error(`unquoted ${JSON.stringify(char)} at ${index}`);
      field += char;
      fieldStart = false;
      index++;
    }
  }
  if (!fieldStart || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

/** What a cell should read as once parsed back: empty for null, the number's text, a text with a quote before = + - @ tab CR. */
function expectedField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

describe('toCsv layout', () => {
  it('writes the header, then each row, every line ending with CRLF', () => {
    expect(
      toCsv(
        table(
          ['Year', 'Cases'],
          [
            [2024, 357],
            [2025, 298],
          ],
        ),
      ),
    ).toBe('Year,Cases\r\n2024,357\r\n2025,298\r\n');
  });

  it('leaves the caption out', () => {
    expect(toCsv(table(['a'], []))).toBe('a\r\n');
  });

  it('writes an unknown value as an empty cell', () => {
    expect(toCsv(table(['a', 'b', 'c'], [[null, 1, null]]))).toBe('a,b,c\r\n,1,\r\n');
  });

  it('writes numbers as plain JavaScript numbers, whatever the locale', () => {
    expect(toCsv(table(['n'], [[0.4654], [1899000], [0], [1e21]]))).toBe('n\r\n0.4654\r\n1899000\r\n0\r\n1e+21\r\n');
  });

  it('adds a byte-order mark only when asked', () => {
    const plain = table(['Страна'], [['Казахстан']]);
    expect(toCsv(plain)).toBe('Страна\r\nКазахстан\r\n');
    expect(toCsv(plain, { bom: false })).toBe('Страна\r\nКазахстан\r\n');
    expect(toCsv(plain, { bom: true })).toBe('\uFEFFСтрана\r\nКазахстан\r\n');
    expect(toCsv(plain).charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('toCsv quoting (RFC 4180)', () => {
  it('quotes a field with a comma', () => {
    expect(rowOf('Rest of the country, not broken down')).toBe('"Rest of the country, not broken down"\r\n');
  });

  it('quotes a field with a double quote and doubles the quote', () => {
    expect(rowOf('Art. 128 "Trafficking"')).toBe('"Art. 128 ""Trafficking"""\r\n');
  });

  it('quotes a field with a line feed or a carriage return', () => {
    expect(rowOf('two\nlines')).toBe('"two\nlines"\r\n');
    expect(rowOf('two\r\nlines')).toBe('"two\r\nlines"\r\n');
  });

  it('quotes header cells too', () => {
    expect(toCsv(table(['Per 1,000 people'], []))).toBe('"Per 1,000 people"\r\n');
  });

  it('leaves other text, typographic quotes and a tab inside a field unquoted', () => {
    expect(rowOf('Ст. 135 «Торговля несовершеннолетними»')).toBe('Ст. 135 «Торговля несовершеннолетними»\r\n');
    expect(rowOf('Art. 128 “Trafficking”')).toBe('Art. 128 “Trafficking”\r\n');
    expect(rowOf('a\tb')).toBe('a\tb\r\n');
    expect(rowOf('')).toBe('\r\n');
  });
});

describe('toCsv formula injection', () => {
  it.each([
    ['=', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+', '+7 777', "'+7 777"],
    ['-', '-16.5%', "'-16.5%"],
    ['@', '@cmd', "'@cmd"],
    ['tab', '\t=1', "'\t=1"],
  ])('prefixes a text starting with %s with a single quote', (_, text, field) => {
    expect(rowOf(text)).toBe(`${field}\r\n`);
  });

  it('prefixes a text starting with CR, then quotes it for the CR', () => {
    expect(rowOf('\r=1')).toBe(`"'\r=1"\r\n`);
  });

  it('prefixes before quoting a formula that holds a comma or a quote', () => {
    expect(rowOf('=HYPERLINK("http://x", "y")')).toBe(`"'=HYPERLINK(""http://x"", ""y"")"\r\n`);
  });

  it('keeps negative numbers as numbers', () => {
    expect(toCsv(table(['change'], [[-16.5], [-20]]))).toBe('change\r\n-16.5\r\n-20\r\n');
  });

  it('does not prefix text with = + - @ later in the text', () => {
    expect(rowOf('2024→2025 = -16.5%')).toBe('2024→2025 = -16.5%\r\n');
    expect(rowOf(' =1')).toBe(' =1\r\n');
  });
});

describe('toCsv round trip', () => {
  const char = fc.constantFrom('a', 'Я', 'ә', ' ', ',', '"', '\r', '\n', '\t', '=', '+', '-', '@', "'", '1', '.');
  const text = fc.oneof(fc.string({ unit: char }), fc.string());
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    text,
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constant(null),
  );
  const dataTable = fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.record({
      columns: fc.array(text, { minLength: width, maxLength: width }),
      rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
    }),
  );

  it('parsing the CSV back recovers every cell, formula texts prefixed with a quote', () => {
    fc.assert(
      fc.property(dataTable, fc.boolean(), ({ columns, rows }, bom) => {
        const csv = toCsv(table(columns, rows), { bom });
        expect(csv.startsWith('\uFEFF')).toBe(bom);
        expect(csv.endsWith('\r\n')).toBe(true);
        const parsed = parseCsv(bom ? csv.slice(1) : csv);
        expect(parsed).toEqual([columns, ...rows].map((row) => row.map(expectedField)));
      }),
    );
  });

  it('the parser used above rejects malformed CSV', () => {
    expect(() => parseCsv('"open\r\n')).toThrow('unterminated');
    expect(() => parseCsv('a\nb\r\n')).toThrow('unquoted');
    expect(() => parseCsv('a\rb\r\n')).toThrow('bare CR');
    expect(() => parseCsv('"a"b\r\n')).toThrow('after a closing quote');
    expect(() => parseCsv('a,b')).toThrow('CRLF');
    expect(parseCsv('a,"b,""c"""\r\n,\r\n')).toEqual([
      ['a', 'b,"c"'],
      ['', ''],
    ]);
  });
});
