import { describe, expect, it } from 'vitest';
import { describeRead } from './describe';
import { FileReadError, MAX_CELL_CHARS, MAX_FILE_BYTES, isCutCell, parseDelimitedText, readSourceFile } from './read-file';

function readError(text: string, fileName = 'roster.csv'): FileReadError {
  try {
    parseDelimitedText(text, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(FileReadError);
    return error as FileReadError;
  }
  throw new Error('expected a FileReadError');
}

describe('parseDelimitedText', () => {
  it('reads headers, rows and the file origin', () => {
    const table = parseDelimitedText('First Name,Email\nJane,jane@example.com\nJohn,john@example.com', 'people.csv');
    expect(table).toEqual({
      headers: ['First Name', 'Email'],
      rows: [
        ['Jane', 'jane@example.com'],
        ['John', 'john@example.com'],
      ],
      origin: { kind: 'file', fileName: 'people.csv', signature: 'first name|email' },
    });
  });

  it('strips a byte order mark from the first header', () => {
    const table = parseDelimitedText('\uFEFFemail,name\r\na@example.com,A\r\n', 'bom.csv');
    expect(table.headers).toEqual(['email', 'name']);
    expect(table.rows).toEqual([['a@example.com', 'A']]);
    expect(table.origin.signature).toBe('email|name');
  });

  it('skips blank and whitespace-only lines', () => {
    const table = parseDelimitedText('name,email\n\nJane,jane@example.com\n   \n\nJohn,john@example.com\n\n', 'gaps.csv');
    expect(table.rows).toEqual([
      ['Jane', 'jane@example.com'],
      ['John', 'john@example.com'],
    ]);
  });

  it('keeps quoted commas, doubled quotes and line breaks inside a value', () => {
    const text = 'name,title,notes\n"Doe, Jane","The ""Closer""","line one\nline two"\n';
    expect(parseDelimitedText(text, 'q.csv').rows).toEqual([['Doe, Jane', 'The "Closer"', 'line one\nline two']]);
  });

  it('keeps every value as text, exactly as written', () => {
    const table = parseDelimitedText('id,n,d,b,sp\n00123,1e5,2024-01-02,TRUE, padded \n', 'types.csv');
    expect(table.rows).toEqual([['00123', '1e5', '2024-01-02', 'TRUE', ' padded ']]);
    for (const value of table.rows[0]!) expect(typeof value).toBe('string');
  });

  it('trims the headers', () => {
    expect(parseDelimitedText(' Name ,  Email\nJane,j@example.com', 'h.csv').headers).toEqual(['Name', 'Email']);
  });

  it('pads short rows with empty strings', () => {
    const table = parseDelimitedText('a,b,c\n1\n1,2\n1,2,3', 'short.csv');
    expect(table.rows).toEqual([
      ['1', '', ''],
      ['1', '2', ''],
      ['1', '2', '3'],
    ]);
  });

  it('reads semicolon- and tab-separated exports', () => {
    expect(parseDelimitedText('name;email\nJane;jane@example.com', 's.csv').rows).toEqual([['Jane', 'jane@example.com']]);
    expect(parseDelimitedText('name\temail\nJane\tjane@example.com', 't.tsv').rows).toEqual([
      ['Jane', 'jane@example.com'],
    ]);
  });

  it('reads a file with a header and no rows', () => {
    const table = parseDelimitedText('name,email\n', 'header-only.csv');
    expect(table.headers).toEqual(['name', 'email']);
    expect(table.rows).toEqual([]);
  });

  it('throws a FileReadError naming the file for an empty file', () => {
    expect(readError('', 'empty.csv').message).toContain('empty.csv');
    expect(readError('\uFEFF', 'bom-only.csv').message).toContain('bom-only.csv');
    expect(readError('\n\n  \n', 'blank.csv').message).toMatch(/blank\.csv.*empty/);
  });

  it('throws a FileReadError with the line number of an unclosed quote', () => {
    const error = readError('name,email\nJane,jane@example.com\n"Doe, John,john@example.com\nAna,ana@example.com', 'bad.csv');
    expect(error.message).toContain('bad.csv');
    expect(error.message).toMatch(/line 3\b/);
  });

  it('counts physical lines for the unclosed quote, past blank lines and multi-line values', () => {
    const text = [
      'name,notes', // line 1
      '', // line 2
      'Jane,"two', // line 3
      'lines"', // line 4
      '', // line 5
      'John,"never closed', // line 6
      'Ana,x',
    ].join('\n');
    expect(readError(text, 'late.csv').message).toBe('late.csv: line 6 has an unclosed quote.');
    expect(readError(text.replace(/\n/g, '\r\n'), 'crlf.csv').message).toBe('crlf.csv: line 6 has an unclosed quote.');
    expect(readError('\uFEFF' + text, 'bom.csv').message).toBe('bom.csv: line 6 has an unclosed quote.');
  });
});

describe('readSourceFile', () => {
  const bytes = (text: string) => new Uint8Array(Buffer.from(text));

  it('reads a semicolon file in Windows-1252 and says how it was read', async () => {
    const result = await readSourceFile(new Uint8Array([...Buffer.from('Vorname;Nachname\n', 'latin1'), ...Buffer.from('Jürgen;Weiß\n', 'latin1')]), 'de.csv');
    expect(result.table.rows).toEqual([['Jürgen', 'Weiß']]);
    expect(result.encoding).toBe('windows-1252');
    expect(result.delimiter).toBe(';');
    expect(describeRead(result)).toBe('Windows-1252, separated by semicolons');
    expect(result.notes[0]).toContain('read as Windows-1252');
  });

  it('gives the file origin with its header signature', async () => {
    const { table } = await readSourceFile(bytes('Name\tEmail\nJane\tj@example.com'), 'people.tsv');
    expect(table.origin).toEqual({ kind: 'file', fileName: 'people.tsv', signature: 'name|email' });
  });

  it('reads a workbook and records the sheet in the origin', async () => {
    const XLSX = await import('@e965/xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Name', 'Email'], ['Jane', 'j@example.com']]), 'Staff');
    const result = await readSourceFile(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' })), 'staff.xlsx');
    expect(result.format).toBe('workbook');
    expect(result.table.origin).toEqual({ kind: 'file', fileName: 'staff.xlsx', signature: 'name|email', sheet: 'Staff' });
    expect(describeRead(result)).toBe('Excel sheet “Staff”');
  });

  it('refuses a header with nobody under it', async () => {
    await expect(readSourceFile(bytes('Name,Email\n'), 'h.csv')).rejects.toThrow('h.csv has a header row but no people below it.');
  });

  it('refuses a file far larger than any roster before reading it', async () => {
    const huge = { length: MAX_FILE_BYTES + 1 } as Uint8Array;
    await expect(readSourceFile(huge, 'huge.csv')).rejects.toThrow('larger than any roster export');
  });

  it('cuts a cell over 10,000 characters, marks it cut, and says where', async () => {
    const long = 'x'.repeat(6 * 1024 * 1024);
    const result = await readSourceFile(bytes(`Name,Email,Notes\nJane,jane@example.com,short\nJohn,john@example.com,"${long}"\n`), 'notes.csv');
    const cell = result.table.rows[1]![2]!;
    expect(MAX_CELL_CHARS).toBe(10_000);
    expect(cell.length).toBeLessThanOrEqual(MAX_CELL_CHARS + 1);
    expect(cell.startsWith('x'.repeat(MAX_CELL_CHARS))).toBe(true);
    expect(isCutCell(cell)).toBe(true);
    expect(isCutCell(result.table.rows[0]![2]!)).toBe(false);
    expect(result.notes).toContain('Cut 1 cell longer than 10,000 characters to its first 10,000 (row 2, column “Notes”).');
    expect(result.notesSaid?.map((s) => s.key)).toContain('said.read.cellsCutOne');
  });

  it('cuts long cells of a workbook too, counting them', async () => {
    const XLSX = await import('@e965/xlsx');
    const wb = XLSX.utils.book_new();
    const long = 'y'.repeat(20_000);
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Name', 'Email'], [long, 'j@example.com'], ['Ann', long]]), 'Staff');
    const result = await readSourceFile(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' })), 'staff.xlsx');
    expect(result.table.rows.flat().filter(isCutCell)).toHaveLength(2);
    expect(result.notes).toContain('Cut 2 cells longer than 10,000 characters to their first 10,000; the first is in row 1, column “Name”.');
  });
});

