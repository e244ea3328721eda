import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { makeZip } from '../../../e2e/support/zip';
import { FileReadError } from './errors';
import { readZipDirectory } from './zip';
import { guardArchive, partsForReader, readWorkbook, WORKBOOK_LIMITS } from './workbook';

type Sheets = Record<string, unknown[][]>;

function book(sheets: Sheets, bookType: XLSX.BookType = 'xlsx', hidden: string[] = []): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  if (hidden.length > 0) wb.Workbook = { Sheets: wb.SheetNames.map((name) => ({ name, Hidden: hidden.includes(name) ? 1 : 0 })) };
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }));
}

const PEOPLE = [
  ['Name', 'Email', 'Phone', 'Hire Date', 'Employee ID', 'Active'],
  [
    'Jane Doe',
    'jane@example.com',
    4915112345678,
    { t: 'n', v: 45413, z: 'dd/mm/yyyy' },
    { t: 'n', v: 123, z: '000000' },
    true,
  ],
];

describe('readWorkbook', () => {
  it('gives every cell as the text the spreadsheet shows, keeping long numbers whole', async () => {
    const table = await readWorkbook(book({ People: PEOPLE }), 'people.xlsx');
    expect(table.headers).toEqual(['Name', 'Email', 'Phone', 'Hire Date', 'Employee ID', 'Active']);
    expect(table.rows).toEqual([['Jane Doe', 'jane@example.com', '4915112345678', '01/05/2024', '000123', 'TRUE']]);
    expect(table.sheet).toBe('People');
  });

  it('reads the first sheet with a table, lists every sheet, and reads another one on request', async () => {
    const data = book({
      Summary: [['Headcount report'], [], ['Total: 1']],
      People: PEOPLE,
      Leavers: [['Name', 'Email'], ['Old Hand', 'old@example.com'], ['Gone Girl', 'gone@example.com']],
    });
    const first = await readWorkbook(data, 'book.xlsx');
    expect(first.sheet).toBe('People');
    expect(first.sheets).toEqual([
      { name: 'Summary', rows: 0, hidden: false },
      { name: 'People', rows: 1, hidden: false },
      { name: 'Leavers', rows: 2, hidden: false },
    ]);
    const other = await readWorkbook(data, 'book.xlsx', { sheet: 'Leavers' });
    expect(other.rows).toEqual([
      ['Old Hand', 'old@example.com'],
      ['Gone Girl', 'gone@example.com'],
    ]);
    await expect(readWorkbook(data, 'book.xlsx', { sheet: 'Nope' })).rejects.toThrow('book.xlsx has no sheet called “Nope”.');
  });

  it('opens a workbook of the same layout on the sheet chosen last time, whatever its rows', async () => {
    const leavers = [['Name', 'Email'], ['Old Hand', 'old@example.com']];
    const january = await readWorkbook(book({ People: PEOPLE, Leavers: leavers }), 'jan.xlsx');
    expect(january.sheet).toBe('People');
    const remembered = { [january.book]: 'Leavers' };
    const february = book({
      People: [...PEOPLE, ['Max Muster', 'max@example.com', '', '', '', '']],
      Leavers: [...leavers, ['Gone Girl', 'gone@example.com']],
    });
    const read = await readWorkbook(february, 'feb.xlsx', { rememberedSheets: remembered });
    expect(read.book).toBe(january.book);
    expect(read.sheet).toBe('Leavers');
    expect(read.sheetRemembered).toBe(true);
    expect(read.rows).toEqual([['Old Hand', 'old@example.com'], ['Gone Girl', 'gone@example.com']]);
    expect(read.notes[0]).toContain('“Leavers”');
    // A sheet asked for by name wins; another layout does not pick up the memory.
    expect((await readWorkbook(february, 'feb.xlsx', { sheet: 'People', rememberedSheets: remembered })).sheet).toBe('People');
    const otherLayout = book({ People: PEOPLE, Leavers: [['Name', 'Mail'], ['Old Hand', 'old@example.com']] });
    const other = await readWorkbook(otherLayout, 'x.xlsx', { rememberedSheets: remembered });
    expect(other.book).not.toBe(january.book);
    expect(other.sheet).toBe('People');
  });

  it('falls back to the first table when the remembered sheet is now empty', async () => {
    const first = await readWorkbook(book({ People: PEOPLE, Leavers: [['Name', 'Email'], ['Old Hand', 'old@example.com']] }), 'a.xlsx');
    const emptied = await readWorkbook(book({ People: PEOPLE, Leavers: [['Name', 'Email']] }), 'b.xlsx', {
      rememberedSheets: { [first.book]: 'Leavers' },
    });
    expect(emptied.sheet).toBe('People');
    expect(emptied.sheetRemembered).toBeUndefined();
  });

  it('passes over hidden sheets by default', async () => {
    const data = book({ Lookup: [['Code', 'Label'], ['A', 'Alpha']], People: PEOPLE }, 'xlsx', ['Lookup']);
    expect((await readWorkbook(data, 'h.xlsx')).sheet).toBe('People');
  });

  it('finds the table under title rows on a sheet', async () => {
    const data = book({ Workers: [['Workers by Organization'], ['As of 05/01/2024'], [], ['Worker', 'Email'], ['Jane Doe', 'jane@example.com']] });
    const table = await readWorkbook(data, 'w.xlsx');
    expect(table.headers).toEqual(['Worker', 'Email']);
    expect(table.notes).toEqual(['Skipped 2 title lines above the header row (line 4).']);
  });

  it('reads Excel 97–2003 and OpenDocument workbooks, and Excel-style HTML reports', async () => {
    expect((await readWorkbook(book({ People: PEOPLE }, 'biff8'), 'old.xls')).rows[0]![1]).toBe('jane@example.com');
    expect((await readWorkbook(book({ People: PEOPLE }, 'ods'), 'calc.ods')).rows[0]![0]).toBe('Jane Doe');
    const html = '<html><body><table><tr><td>Name</td><td>Employee ID</td></tr><tr><td>Jane Doe</td><td>00123</td></tr></table></body></html>';
    expect((await readWorkbook(html, 'report.xls')).rows).toEqual([['Jane Doe', '00123']]);
  });

  it('refuses an archive that would unpack to more than the limit, before parsing it', async () => {
    const bomb = new Uint8Array(
      makeZip([
        { name: 'xl/workbook.xml', data: '<workbook/>' },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(1000), declaredSize: WORKBOOK_LIMITS.unpackedBytes + 1 },
      ]),
    );
    await expect(readWorkbook(bomb, 'bomb.xlsx')).rejects.toThrow('bomb.xlsx unpacks to more data than any roster needs');
  });

  it('refuses an archive that lies about its sizes', async () => {
    const liar = new Uint8Array(
      makeZip([
        { name: 'xl/workbook.xml', data: '<workbook/>' },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2_000_000), deflate: true, declaredSize: 100 },
      ]),
    );
    await expect(readWorkbook(liar, 'liar.xlsx')).rejects.toThrow('liar.xlsx is a damaged Excel file');
  });

  it('says so for a password-protected workbook', async () => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', Buffer.alloc(64));
    const data = new Uint8Array(XLSX.CFB.write(container, { type: 'buffer' }) as Buffer);
    const error = await readWorkbook(data, 'locked.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as Error).message).toContain('locked.xlsx is protected with a password');
  });

  it('says a damaged workbook is damaged', async () => {
    const data = new Uint8Array(makeZip([{ name: 'xl/workbook.xml', data: 'not xml at all <<<' }]));
    await expect(readWorkbook(data, 'broken.xlsx')).rejects.toThrow(FileReadError);
  });

  describe('every part of the archive', () => {
    /** A real workbook with extra parts added, as an image or an embedded file would be. */
    async function withParts(extra: Parameters<typeof makeZip>[0]): Promise<Uint8Array> {
      const base = book({ People: PEOPLE });
      const { inflateRawSync } = await import('node:zlib');
      const parts = readZipDirectory(base).map((entry) => {
        const view = new DataView(base.buffer, base.byteOffset);
        const start = entry.localHeaderOffset + 30 + view.getUint16(entry.localHeaderOffset + 26, true) + view.getUint16(entry.localHeaderOffset + 28, true);
        const stored = base.subarray(start, start + entry.compressedSize);
        return { name: entry.name, data: Buffer.from(entry.method === 8 ? inflateRawSync(stored) : stored), deflate: true };
      });
      return new Uint8Array(makeZip([...parts, ...extra]));
    }

    it('refuses a part that declares no size but holds data, naming the part', async () => {
      const data = await withParts([{ name: 'xl/media/image1.png', data: Buffer.alloc(5_000_000), deflate: true, declaredSize: 0 }]);
      await expect(readWorkbook(data, 'zeros.xlsx')).rejects.toThrow('zeros.xlsx is a damaged Excel file: its part “xl/media/image1.png”');
    });

    it('refuses a part whose real size disagrees with the size it declares', async () => {
      const data = await withParts([{ name: 'xl/media/image1.png', data: Buffer.alloc(2_000_000), deflate: true, declaredSize: 1000 }]);
      await expect(readWorkbook(data, 'liar.xlsx')).rejects.toThrow('its part “xl/media/image1.png”');
    });

    it('refuses an image part that declares more than the limit, before unpacking anything', async () => {
      const data = await withParts([{ name: 'xl/media/image1.png', data: Buffer.alloc(1000), deflate: true, declaredSize: WORKBOOK_LIMITS.unpackedBytes + 1 }]);
      await expect(readWorkbook(data, 'bomb.xlsx')).rejects.toThrow('bomb.xlsx unpacks to more data than any roster needs');
    });

    it('counts every part toward the total unpacked bound', async () => {
      const data = await withParts([
        { name: 'xl/media/image1.png', data: Buffer.alloc(600_000), deflate: true },
        { name: 'xl/media/image2.png', data: Buffer.alloc(600_000), deflate: true },
      ]);
      await expect(guardArchive(data, 'two.xlsx', { ...WORKBOOK_LIMITS, unpackedBytes: 1_000_000 })).rejects.toThrow('two.xlsx unpacks to more data');
      await expect(guardArchive(data, 'two.xlsx', { ...WORKBOOK_LIMITS, unpackedBytes: 2_000_000 })).resolves.toBeDefined();
    });

    it('hands the reader only the parts it needs, and still reads the sheet', async () => {
      const data = await withParts([
        { name: 'xl/media/image1.png', data: Buffer.alloc(100_000), deflate: true },
        { name: 'xl/embeddings/oleObject1.bin', data: Buffer.alloc(1000), deflate: true },
        { name: 'xl/vbaProject.bin', data: Buffer.alloc(1000), deflate: true },
      ]);
      const names = readZipDirectory(partsForReader(data, readZipDirectory(data))).map((e) => e.name);
      expect(names).toContain('xl/workbook.xml');
      expect(names).toContain('xl/worksheets/sheet1.xml');
      expect(names.filter((n) => /media|embeddings|vbaProject/.test(n))).toEqual([]);
      expect((await readWorkbook(data, 'pictures.xlsx')).rows[0]![1]).toBe('jane@example.com');
    });
  });
});

