import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { headerSignature } from '../source-table';
import { FileReadError, fileError, formatCount } from './errors';
import { findTableInGrid, type FoundGridTable } from './table';
import { inflatedSize, onlyEntries, readZipDirectory, type ZipEntry } from './zip';
import { sayReadNote } from './read-notes';

/** Limits that keep a hostile or broken workbook from exhausting memory ("zip bombs"). */
export const WORKBOOK_LIMITS = {
  entries: 5_000,
  /** Unpacked bytes of all the archive's parts together. */
  unpackedBytes: 400 * 1024 * 1024,
  /** Rows read from a sheet; far above any roster, well below what would hang the reader. */
  rows: 200_000,
  cells: 5_000_000,
};

export interface SheetSummary {
  name: string;
  /** Rows of people found under the header, or 0 when the sheet holds no table. */
  rows: number;
  hidden: boolean;
}

export interface WorkbookTable extends FoundGridTable {
  sheet: string;
  sheets: SheetSummary[];
  /** The workbook's layout (sheet names and header rows): the same report again, whatever its rows or file name. */
  book: string;
  /** The sheet was picked because the admin chose it the last time this kind of workbook came in. */
  sheetRemembered?: boolean;
}

export interface WorkbookOptions {
  /** The sheet to read; by default the first visible sheet that holds a table. */
  sheet?: string;
  /** Sheets the admin chose before, by workbook layout (see `book`); used when no sheet is asked for. */
  rememberedSheets?: Readonly<Record<string, string>>;
}

type SheetJs = typeof import('@e965/xlsx');

function tooLarge(fileName: string, part?: string): FileReadError {
  return part === undefined ? fileError('unpacksTooLarge', { file: fileName }) : fileError('partTooLarge', { file: fileName, part });
}

function damaged(fileName: string): FileReadError {
  return fileError('damagedExcel', { file: fileName });
}

/** The parts a spreadsheet reader reads: XML and its relations, binary sheets; never pictures, embedded files or macros. */
function readerNeeds(name: string): boolean {
  if (name === 'mimetype') return true;
  if (!/\.(xml|rels|bin)$/i.test(name)) return false;
  return !/(^|\/)(media|embeddings|activeX|printerSettings|Pictures|Thumbnails)\/|vbaProject\.bin$/i.test(name);
}

/** The archive as the reader gets it: only the parts it needs, so nothing else is ever unpacked. */
export function partsForReader(bytes: Uint8Array, entries: readonly ZipEntry[]): Uint8Array {
  return onlyEntries(bytes, entries.filter((e) => readerNeeds(e.name)));
}

/**
 * Checks an XLSX/ODS archive before the spreadsheet library unpacks it: every entry is measured, and must
 * unpack to exactly the size it declares, all of them together within the limit. Gives back the archive
 * holding only the parts the reader needs.
 */
export async function guardArchive(bytes: Uint8Array, fileName: string, limits = WORKBOOK_LIMITS): Promise<Uint8Array> {
  let entries;
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    throw error instanceof FileReadError && error.message === 'too-large' ? tooLarge(fileName) : damaged(fileName);
  }
  if (entries.length > limits.entries) throw tooLarge(fileName);
  // Declared sizes first: a part that owns up to being a bomb is refused without unpacking a byte.
  let declared = 0;
  for (const entry of entries) {
    declared += entry.uncompressedSize;
    if (declared > limits.unpackedBytes) throw tooLarge(fileName, entry.name);
  }
  let actual = 0;
  for (const entry of entries) {
    try {
      actual += await inflatedSize(bytes, entry, limits.unpackedBytes - actual);
    } catch (error) {
      if (error instanceof FileReadError && error.message === 'too-large') throw tooLarge(fileName, entry.name);
      throw fileError('partSizeWrong', { file: fileName, part: entry.name });
    }
  }
  return partsForReader(bytes, entries);
}

/** Integers in "General" format are shown by Excel as 4.91511E+12; an ID or phone must keep its digits. */
function cellText(cell: CellObject | undefined, XLSX: SheetJs): string {
  if (!cell || cell.t === 'z') return '';
  if (cell.t === 's') return String(cell.v ?? '');
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.t === 'n' && Number.isInteger(cell.v) && (!cell.z || cell.z === 'General')) return String(cell.v);
  if (cell.w !== undefined) return cell.w;
  try {
    return XLSX.utils.format_cell(cell);
  } catch {
    return String(cell.v ?? '');
  }
}

function sheetGrid(sheet: WorkSheet, XLSX: SheetJs): string[][] {
  const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
  const grid: string[][] = [];
  let cells = 0;
  for (const row of data) {
    const texts: string[] = [];
    if (row) for (let c = 0; c < row.length; c++) texts[c] = cellText(row[c], XLSX);
    for (let c = 0; c < texts.length; c++) texts[c] ??= '';
    cells += texts.length;
    if (cells > WORKBOOK_LIMITS.cells) break;
    grid.push(texts);
  }
  return grid;
}

function tableOf(sheet: WorkSheet, XLSX: SheetJs, label: string): FoundGridTable | undefined {
  try {
    return findTableInGrid(sheetGrid(sheet, XLSX), label);
  } catch (error) {
    if (error instanceof FileReadError) return undefined;
    throw error;
  }
}

function openWorkbook(XLSX: SheetJs, data: Uint8Array | string, fileName: string): WorkBook {
  try {
    return XLSX.read(data, {
      type: typeof data === 'string' ? 'string' : 'array',
      // Text reports (HTML, XML) keep every value as written: no numbers or dates guessed.
      raw: typeof data === 'string',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      // Number formats tell a date or a zero-padded ID from a plain number.
      cellNF: true,
      cellDates: false,
      bookVBA: false,
      sheetRows: WORKBOOK_LIMITS.rows + 100,
    });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(text)) {
      throw fileError('password', { file: fileName });
    }
    throw damaged(fileName);
  }
}

/**
 * Reads a workbook (XLSX, XLS, ODS, or an Excel-style HTML or XML export) with SheetJS, loaded
 * only now. Every value is the text the spreadsheet shows, never a number or a date object.
 */
export async function readWorkbook(
  data: Uint8Array | string,
  fileName: string,
  options: WorkbookOptions = {},
): Promise<WorkbookTable> {
  const checked = typeof data !== 'string' && data[0] === 0x50 ? await guardArchive(data, fileName) : data;
  const XLSX = await import('@e965/xlsx');
  const workbook = openWorkbook(XLSX, checked, fileName);
  const hiddenFlags = workbook.Workbook?.Sheets ?? [];
  const tables = new Map<string, FoundGridTable | undefined>();
  const sheets: SheetSummary[] = workbook.SheetNames.map((name, i) => {
    const table = tableOf(workbook.Sheets[name]!, XLSX, `${fileName} (sheet “${name}”)`);
    tables.set(name, table);
    return { name, rows: table?.rows.length ?? 0, hidden: Boolean(hiddenFlags[i]?.Hidden) };
  });
  if (sheets.length === 0) throw damaged(fileName);
  const book = sheets.map((s) => `${s.name}:${headerSignature(tables.get(s.name)?.headers ?? [])}`).join('\n');
  const remembered = options.sheet === undefined ? rememberedSheet(sheets, options.rememberedSheets?.[book]) : undefined;
  const chosen = remembered ?? pickSheet(sheets, options.sheet, fileName);
  const table = tables.get(chosen.name);
  if (!table) {
    throw fileError('noHeaderOnSheet', { file: fileName, sheet: chosen.name });
  }
  if (table.rows.length > WORKBOOK_LIMITS.rows) {
    throw fileError('sheetTooLong', { file: fileName, sheet: chosen.name, limit: formatCount(WORKBOOK_LIMITS.rows) });
  }
  if (!remembered) return { ...table, sheet: chosen.name, sheets, book };
  const told = sayReadNote('sheetRemembered', { sheet: chosen.name });
  const notes = [told.text, ...table.notes];
  const notesSaid = [told.said, ...(table.notesSaid ?? [])];
  return { ...table, notes, notesSaid, sheet: chosen.name, sheets, book, sheetRemembered: true };
}

/** A sheet remembered for this layout, if it still holds a table. */
function rememberedSheet(sheets: readonly SheetSummary[], name: string | undefined): SheetSummary | undefined {
  return name === undefined ? undefined : sheets.find((s) => s.name === name && s.rows > 0);
}

function pickSheet(sheets: readonly SheetSummary[], wanted: string | undefined, fileName: string): SheetSummary {
  if (wanted !== undefined) {
    const found = sheets.find((s) => s.name === wanted);
    if (!found) throw fileError('noSuchSheet', { file: fileName, sheet: wanted });
    return found;
  }
  return sheets.find((s) => !s.hidden && s.rows > 0) ?? sheets.find((s) => s.rows > 0) ?? sheets[0]!;
}
