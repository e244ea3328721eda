import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeZip } from '../../e2e/support/zip';
import { draftFromSource, loadDraft, openRosterDb, type RosterDatabase } from '../drafts';
import { sourceDraftOptions } from '../settings/source-draft';
import { FileReadError, readSourceFile } from '../sources/file/read-file';
import type { SourceTable } from '../sources/source-table';

/**
 * Hostile files, part of the hostile-input corpus: each is read as the file import box reads it,
 * after a draft already exists. Each must end in a plain message or a clean table, never a crash,
 * and leave the existing draft exactly as it was.
 */

interface FileCase {
  name: string;
  fileName: string;
  bytes: () => Uint8Array;
  /** The message the admin gets; absent when the file is read. */
  says?: RegExp;
  /** For a file that is read: what must hold of the table. */
  check?: (table: SourceTable, notes: string[]) => void;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[(bom ? 2 : 0) + i * 2] = c & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = c >> 8;
  }
  return out;
};
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const zip = (...files: Parameters<typeof makeZip>[0]) => new Uint8Array(makeZip(files));
const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

let spaces: Buffer | undefined;
/** 150 MB of spaces, made once: three of them unpack past the 400 MB limit. */
const SPACES = () => (spaces ??= Buffer.alloc(150 * 1024 * 1024, 0x20));


function bigCsv(targetBytes: number): Uint8Array {
  const header = 'First name,Last name,Email,Job title\n';
  const filler = 'x'.repeat(900);
  const lines = [header];
  let size = header.length;
  for (let i = 0; size < targetBytes; i++) {
    const line = `Person${i},Tester,p${i}@example.com,Engineer ${filler}\n`;
    lines.push(line);
    size += line.length;
  }
  return utf8(lines.join(''));
}

function manyRows(count: number): Uint8Array {
  const lines = ['First name,Last name,Email'];
  for (let i = 0; i < count; i++) lines.push(`P${i},Row,p${i}@example.com`);
  return utf8(lines.join('\n'));
}

export const FILE_CASES: FileCase[] = [
  { name: 'an empty file', fileName: 'empty.csv', bytes: () => new Uint8Array(), says: /empty\.csv is empty: no header row found/ },
  { name: 'a file of blank lines and spaces', fileName: 'blank.csv', bytes: () => utf8('\n  \n\t\n\r\n'), says: /blank\.csv is empty/ },
  { name: 'a file holding only a byte order mark', fileName: 'bom.csv', bytes: () => Uint8Array.from([0xef, 0xbb, 0xbf]), says: /bom\.csv is empty/ },
  { name: 'a header-only file', fileName: 'header.csv', bytes: () => utf8('First name,Last name,Email\n'), says: /header\.csv has a header row but no people below it/ },
  {
    name: 'an unclosed quote, named by line',
    fileName: 'quote.csv',
    bytes: () => utf8('First name,Email\nJane,jane@example.com\n"John,john@example.com\nAna,ana@example.com\n'),
    says: /quote\.csv: line 3 has an unclosed quote/,
  },
  {
    name: 'rows of uneven width',
    fileName: 'ragged.csv',
    bytes: () => utf8('First name,Last name,Email\nJane\nJohn,Smith,john@example.com,extra,more\n'),
    check: (table) => {
      expect(table.rows.every((row) => row.length === table.headers.length)).toBe(true);
      expect(table.rows[0]![0]).toBe('Jane');
    },
  },
  {
    name: 'duplicate headers',
    fileName: 'dupes.csv',
    bytes: () => utf8('Email,Name,Email\na@example.com,A,b@example.com\n'),
    check: (table) => {
      expect(table.headers).toHaveLength(3);
      expect(table.rows).toEqual([['a@example.com', 'A', 'b@example.com']]);
    },
  },
  {
    name: 'Windows-1252 text (not UTF-8)',
    fileName: 'cp1252.csv',
    bytes: () => latin1('First name,Last name,Email\nRen\xe9,M\xfcller,rene@example.com\n'),
    check: (table, notes) => {
      expect(table.rows[0]!.slice(0, 2)).toEqual(['René', 'Müller']);
      expect(notes.join(' ')).toMatch(/not UTF-8, so it was read as Windows-1252/);
    },
  },
  {
    name: 'UTF-16 with a byte order mark',
    fileName: 'utf16.csv',
    bytes: () => utf16le('First name\tEmail\nJosé\tjose@example.com\n'),
    check: (table) => expect(table.rows).toEqual([['José', 'jose@example.com']]),
  },
  {
    name: 'UTF-16 without a byte order mark',
    fileName: 'utf16-nobom.csv',
    bytes: () => utf16le('First name,Email\nAnna,anna@example.com\n', false),
    check: (table) => expect(table.rows).toEqual([['Anna', 'anna@example.com']]),
  },
  {
    name: 'UTF-8 cut in the middle of a character',
    fileName: 'cut.csv',
    bytes: () => {
      const good = utf8('First name,Email\nZoë,zoe@example.com\n');
      return good.subarray(0, good.indexOf(0xc3) + 1);
    },
    check: (table) => expect(table.headers).toEqual(['First name', 'Email']),
  },
  { name: 'a PNG image named .csv', fileName: 'photo.csv', bytes: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), says: /photo\.csv is an image/ },
  { name: 'a PDF named .csv', fileName: 'report.csv', bytes: () => utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), says: /report\.csv looks like a PDF/ },
  {
    name: 'random binary named .csv',
    fileName: 'random.csv',
    bytes: () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256),
    says: /random\.csv is not a text or spreadsheet file/,
  },
  { name: 'a gzip file named .csv', fileName: 'packed.csv', bytes: () => Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), says: /packed\.csv is a compressed \(\.gz\) file/ },
  { name: 'an executable named .csv', fileName: 'setup.csv', bytes: () => Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]), says: /setup\.csv is not a text or spreadsheet file/ },
  { name: 'an XLSX cut short inside its zip header', fileName: 'half.xlsx', bytes: () => zip({ name: 'a.xml', data: 'x' }).subarray(0, 20), says: /half\.xlsx/ },
  {
    name: 'an XLSX zip bomb declaring a huge size',
    fileName: 'bomb.xlsx',
    bytes: () => zip({ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'xl/workbook.xml', data: '<x/>', declaredSize: 2_000_000_000 }),
    says: /bomb\.xlsx unpacks to more data than any roster needs/,
  },
  {
    name: 'an XLSX zip bomb that really unpacks to 450 MB',
    fileName: 'deep-bomb.xlsx',
    bytes: () =>
      zip(
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: 'xl/workbook.xml', data: '<workbook/>' },
        ...Array.from({ length: 3 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: SPACES(), deflate: true })),
      ),
    says: /deep-bomb\.xlsx unpacks to more data than any roster needs/,
  },
  {
    name: 'an XLSX zip whose parts lie about their size',
    fileName: 'liar.xlsx',
    bytes: () => zip({ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'xl/workbook.xml', data: Buffer.alloc(3_000_000), deflate: true, declaredSize: 100 }),
    says: /liar\.xlsx is a damaged Excel file/,
  },
  {
    name: 'an XLSX with 6,000 parts',
    fileName: 'parts.xlsx',
    bytes: () => zip({ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'xl/workbook.xml', data: '<workbook/>' }, ...Array.from({ length: 6000 }, (_, i) => ({ name: `p${i}.xml`, data: '' }))),
    says: /parts\.xlsx unpacks to more data than any roster needs/,
  },
  { name: 'an XLSX that is a damaged archive', fileName: 'broken.xlsx', bytes: () => utf8('PK\x03\x04 this is not really a zip'), says: /broken\.xlsx/ },
  {
    name: 'an HTML report with a script in a cell',
    fileName: 'report.xls',
    bytes: () => utf8('<html><body><table><tr><th>First name</th><th>Email</th></tr><tr><td>Jane<script>globalThis.__hostileCanary=1</script></td><td>jane@example.com</td></tr></table></body></html>'),
    check: (table) => {
      expect(table.rows).toHaveLength(1);
      expect(table.rows[0]![1]).toBe('jane@example.com');
    },
  },
  {
    name: 'a ~50 MB CSV',
    fileName: 'huge.csv',
    bytes: () => bigCsv(50 * 1024 * 1024),
    check: (table) => {
      expect(table.rows.length).toBeGreaterThan(50_000);
      expect(table.rows.at(-1)![2]).toMatch(/@example\.com$/);
    },
  },
  {
    name: '120,000 rows',
    fileName: 'many.csv',
    bytes: () => manyRows(120_000),
    check: (table) => {
      expect(table.rows).toHaveLength(120_000);
      expect(table.rows.at(-1)).toEqual(['P119999', 'Row', 'p119999@example.com']);
    },
  },
  { name: 'a file over the size limit', fileName: 'giant.csv', bytes: () => new Uint8Array(201 * 1024 * 1024), says: /giant\.csv is 201 MB, larger than any roster export/ },
];

const BASE_TABLE: SourceTable = {
  headers: ['First name', 'Last name', 'Email'],
  rows: [['Existing', 'Person', 'existing@example.com']],
  origin: { kind: 'file', fileName: 'first.csv', signature: 'first name|last name|email' },
};

describe('hostile files', () => {
  let db: RosterDatabase;
  let draftId: string;
  let before: string;
  beforeAll(async () => {
    fakeBrowser.reset();
    db = await openRosterDb(`hostile-files-${crypto.randomUUID()}`);
    draftId = (await draftFromSource(db, BASE_TABLE, await sourceDraftOptions(BASE_TABLE))).id;
    before = JSON.stringify(await loadDraft(db, draftId));
  });
  beforeEach(() => {
    delete (globalThis as { __hostileCanary?: unknown }).__hostileCanary;
  });
  afterAll(() => db.close());

  it('holds at least 25 hostile files', () => {
    expect(FILE_CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(FILE_CASES)('$name: a plain message or a clean table, and the saved draft untouched', async ({ fileName, bytes, says, check }) => {
    let outcome: { error: unknown } | { table: SourceTable; notes: string[] };
    try {
      const read = await readSourceFile(bytes(), fileName);
      outcome = { table: read.table, notes: read.notes };
    } catch (error) {
      outcome = { error };
    }
    if (says) {
      expect('error' in outcome && outcome.error).toBeInstanceOf(FileReadError);
      expect((outcome as { error: Error }).error.message).toMatch(says);
    } else {
      if ('error' in outcome) throw outcome.error;
      check?.(outcome.table, outcome.notes);
      for (const row of outcome.table.rows) for (const cell of row) expect(typeof cell).toBe('string');
    }
    expect((globalThis as { __hostileCanary?: unknown }).__hostileCanary).toBeUndefined();
    expect(JSON.stringify(await loadDraft(db, draftId))).toBe(before);
  }, 120_000);
});
