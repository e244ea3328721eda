import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { detectDelimiter, guessNewline, readDelimitedText } from './delimited';
import { FileReadError } from './errors';

describe('detectDelimiter', () => {
  it('finds commas, semicolons, tabs and bars', () => {
    expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3')).toBe('|');
  });

  it('is not fooled by separators inside quoted or unquoted values', () => {
    // Semicolon file whose names hold commas ("Müller, Hans" is not quoted there).
    expect(detectDelimiter('Name;E-Mail;Position\nMüller, Hans;h@example.com;Leiter, Vertrieb\nSchmidt, Eva;e@example.com;Beraterin')).toBe(';');
    expect(detectDelimiter('Name,Title\n"Doe; Jane","A; B"\n"Roe; Rick","C; D"')).toBe(',');
  });

  it('uses commas for a single column', () => {
    expect(detectDelimiter('Email\na@example.com\nb@example.com')).toBe(',');
  });

  it('judges by the table, not by a title line above it', () => {
    expect(detectDelimiter('Report, generated 2024-05-01\n\nName;Email;Title\nJane;j@example.com;CEO\nJohn;k@example.com;CFO')).toBe(';');
  });
});

describe('readDelimitedText', () => {
  it('skips report titles above the header and says where the header is', () => {
    const found = readDelimitedText(
      'Employee Report — generated 2024-05-01\n\nFirst Name,Last Name,Email\nJane,Doe,jane@example.com\n',
      'report.csv',
    );
    expect(found.headers).toEqual(['First Name', 'Last Name', 'Email']);
    expect(found.rows).toEqual([['Jane', 'Doe', 'jane@example.com']]);
    expect(found.notes).toEqual(['Skipped 1 title line above the header row (line 3).']);
  });

  it('counts title lines that Excel padded with separators', () => {
    const found = readDelimitedText('ADP Workforce Now,,,\nRun Date: 05/01/2024,,,\n,,,\nName,Email,Title,Dept\nJane Doe,j@example.com,CEO,Exec', 'adp.csv');
    expect(found.headers).toEqual(['Name', 'Email', 'Title', 'Dept']);
    expect(found.notes[0]).toBe('Skipped 2 title lines above the header row (line 4).');
  });

  it('leaves out headers repeated on every printed page and a closing total line', () => {
    const found = readDelimitedText(
      ['Name,Email,Title', 'Jane,j@example.com,CEO', 'Name,Email,Title', 'John,k@example.com,CFO', '', 'Total: 2,,'].join('\n'),
      'pages.csv',
    );
    expect(found.rows).toEqual([
      ['Jane', 'j@example.com', 'CEO'],
      ['John', 'k@example.com', 'CFO'],
    ]);
    expect(found.notes).toEqual(['Left out 1 repeated header line.', 'Left out 1 closing summary line at the end.']);
  });

  it('follows an Excel "sep=" line and does not count it as a title', () => {
    const found = readDelimitedText('sep=;\r\nName;Title\r\nDoe, Jane;CEO, Founder\r\n', 'excel.csv');
    expect(found.delimiter).toBe(';');
    expect(found.rows).toEqual([['Doe, Jane', 'CEO, Founder']]);
    expect(found.notes).toEqual([]);
    expect(() => readDelimitedText('sep=,\nName,Email\n"Oops,x@example.com\n', 'q.csv')).toThrow('line 3 has an unclosed quote');
  });

  it('names columns itself when the file starts with data', () => {
    const found = readDelimitedText('Jane Doe,jane@example.com,CEO\nJohn Roe,john@example.com,CFO', 'list.csv');
    expect(found.headers).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(found.rows).toHaveLength(2);
    expect(found.notes[0]).toContain('no header row');
  });

  it('reads a plain list of email addresses, with or without a header', () => {
    expect(readDelimitedText('Email\na@example.com\nb@example.com', 'a.csv').rows).toEqual([['a@example.com'], ['b@example.com']]);
    expect(readDelimitedText('a@example.com\nb@example.com', 'b.csv').headers).toEqual(['Column 1']);
  });

  it('adds names for data columns past the last header', () => {
    const found = readDelimitedText('Name,Email\nJane,j@example.com,extra', 'wide.csv');
    expect(found.headers).toEqual(['Name', 'Email', 'Column 3']);
    expect(found.rows).toEqual([['Jane', 'j@example.com', 'extra']]);
  });

  it('reports an unclosed quote by its line, counted as the admin sees lines', () => {
    const lines = ['Name,Email'];
    for (let i = 2; i < 1300; i++) lines.push(i === 1204 ? '"Oops,x@example.com' : `P${i},p${i}@example.com`);
    expect(() => readDelimitedText(lines.join('\r\n'), 'big.csv')).toThrow(
      expect.objectContaining({
        name: 'FileReadError',
        message: 'big.csv: line 1,204 has an unclosed quote.',
        said: { key: 'files.errors.unclosedQuote', subs: { file: 'big.csv', line: '1,204' } },
      }),
    );
  });

  it('keeps a quote inside an unquoted value as text', () => {
    expect(readDelimitedText('Name,Height\nJane,5\'10"\n', 'q.csv').rows).toEqual([['Jane', '5\'10"']]);
  });

  it('refuses prose with no columns', () => {
    expect(() => readDelimitedText('Hello team\nsee attached\nthanks', 'note.txt')).toThrow('no header row found');
  });
});

describe('guessNewline', () => {
  it.each([
    ['a,b\n1,2'], ['a,b\r\n1,2\r\n'], ['a,b\r1,2'], ['a\r\nb\nc\nd'], ['a\rb\r\nc\r\nd\r\ne'], ['"x\r\ny"\nb'], ['one line'], ['"q\n"\r\nz\r\n'], ['\n\r\n\r'],
  ])('guesses the line ending papaparse guesses for %j', (text) => {
    expect(guessNewline(text)).toBe(Papa.parse(text).meta.linebreak);
  });
});

describe('reading a long file', () => {
  it('picks the delimiter from the first rows, whatever comes after them', () => {
    const head = ['Name;Email;Title', ...Array.from({ length: 70 }, (_, i) => `P${i};p${i}@example.com;AE`)];
    const tail = Array.from({ length: 200 }, (_, i) => `"Q, ${i}";q${i}@example.com;"x; y"`);
    const text = [...head, ...tail].join('\r\n');
    expect(detectDelimiter(text)).toBe(';');
    const read = readDelimitedText(text, 'long.csv');
    expect(read.delimiter).toBe(';');
    expect(read.rows).toHaveLength(270);
    expect(read.rows[269]).toEqual(['Q, 199', 'q199@example.com', 'x; y']);
  });
});
