import { headerSignature, type SourceTable } from '../source-table';
import { decodeText, type TextEncodingName } from './decode';
import { readDelimitedText, type Delimiter } from './delimited';
import { fileError, formatCount } from './errors';
import { sayReadNote } from './read-notes';
import type { Said } from '../../said';
import { sniffFile } from './sniff';
import { cutCell as cut, MAX_CELL_CHARS } from './cell-limit';
import { readWorkbook, type SheetSummary } from './workbook';

export { FileReadError } from './errors';

/** Far above any roster export; a bigger file is almost surely the wrong file. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export { MAX_CELL_CHARS, isCutCell } from './cell-limit';

/** Cuts over-long cells in place, and the note saying how many and where the first one is. */
function cutLongCells(headers: string[], rows: string[][]): { text: string; said: Said } | undefined {
  for (let c = 0; c < headers.length; c++) headers[c] = cut(headers[c]!);
  let count = 0;
  let first: { row: number; column: number } | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      if (row[c]!.length <= MAX_CELL_CHARS) continue;
      row[c] = cut(row[c]!);
      count++;
      first ??= { row: r, column: c };
    }
  }
  if (!first) return undefined;
  const where = { limit: formatCount(MAX_CELL_CHARS), row: formatCount(first.row + 1), column: headers[first.column] || `Column ${first.column + 1}` };
  return count === 1 ? sayReadNote('cellsCutOne', where) : sayReadNote('cellsCut', { count: formatCount(count), ...where });
}

/** The result with its long cells cut and the note about them added. */
function withLongCellsCut(result: FileReadResult): FileReadResult {
  const note = cutLongCells(result.table.headers, result.table.rows);
  if (!note) return result;
  return { ...result, notes: [...result.notes, note.text], notesSaid: [...(result.notesSaid ?? []), note.said] };
}

export interface FileReadOptions {
  /** For workbooks: the sheet to read instead of the first one with a table. */
  sheet?: string;
  /** Sheets the admin chose before, by workbook layout; used when `sheet` is not given. */
  rememberedSheets?: Readonly<Record<string, string>>;
}

/** A file read into a source table, with what was found out on the way. */
export interface FileReadResult {
  table: SourceTable;
  format: 'delimited' | 'workbook';
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  /** For workbooks: every sheet, so the admin can pick another one. */
  sheets?: SheetSummary[];
  sheet?: string;
  /** For workbooks: the layout the chosen sheet is remembered by. */
  book?: string;
  /** Plain sentences for the admin: skipped title lines, a missing header row, and so on. */
  notes: string[];
  /** The notes as message keys, in the same order, for the screen to translate. */
  notesSaid?: Said[];
}

function toSourceTable(headers: string[], rows: string[][], fileName: string, sheet?: string): SourceTable {
  return {
    headers,
    rows,
    origin: { kind: 'file', fileName, signature: headerSignature(headers), ...(sheet === undefined ? {} : { sheet }) },
  };
}

/** Reads delimited text into a SourceTable; every value stays text, exactly as written. */
export function parseDelimitedText(text: string, fileName: string): SourceTable {
  const { headers, rows } = readDelimitedText(text, fileName);
  return toSourceTable(headers, rows, fileName);
}

function readText(bytes: Uint8Array, fileName: string): FileReadResult {
  const { text, encoding } = decodeText(bytes);
  const found = readDelimitedText(text, fileName);
  const notes = [...found.notes];
  const notesSaid = [...(found.notesSaid ?? [])];
  if (encoding === 'windows-1252') {
    const { text, said } = sayReadNote('windows1252');
    notes.unshift(text);
    notesSaid.unshift(said);
  }
  return {
    table: toSourceTable(found.headers, found.rows, fileName),
    format: 'delimited',
    encoding,
    delimiter: found.delimiter,
    notes,
    notesSaid,
  };
}

/**
 * Reads an HR export of any common kind from its bytes: CSV, TSV or other delimited text in any
 * usual encoding, Excel workbooks, and Excel-style HTML or XML reports. Throws FileReadError
 * with a message for the admin when the file cannot be a roster.
 */
export async function readSourceFile(
  bytes: Uint8Array,
  fileName: string,
  options: FileReadOptions = {},
): Promise<FileReadResult> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw fileError('tooBig', { file: fileName, size: formatCount(Math.round(bytes.length / 1024 / 1024)) });
  }
  const kind = sniffFile(bytes, fileName);
  if (kind === 'text') {
    const result = readText(bytes, fileName);
    if (result.table.rows.length === 0) {
      throw fileError('noPeople', { file: fileName });
    }
    return withLongCellsCut(result);
  }
  const data = kind === 'workbook' ? bytes : decodeText(bytes).text;
  const book = await readWorkbook(data, fileName, { sheet: options.sheet, rememberedSheets: options.rememberedSheets });
  if (book.rows.length === 0) {
    throw fileError('noPeopleOnSheet', { file: fileName, sheet: book.sheet });
  }
  return withLongCellsCut({
    table: toSourceTable(book.headers, book.rows, fileName, book.sheet),
    format: 'workbook',
    sheets: book.sheets,
    sheet: book.sheet,
    book: book.book,
    notes: book.notes,
    notesSaid: book.notesSaid,
  });
}
