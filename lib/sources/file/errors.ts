import { fill, type Said } from '../../said';

const SAVE_AS = 'Export the report from your HR system as CSV or Excel (XLSX) and choose that file instead.';

/** Why a file cannot be read, in English; the same texts are under files.errors in locales/en.yml. */
export const FILE_ERRORS = {
  empty: '{file} is empty: no header row found.',
  unclosedQuote: '{file}: line {line} has an unclosed quote.',
  noPeople: '{file} has a header row but no people below it.',
  noPeopleOnSheet: '{file} has a header row but no people below it (sheet “{sheet}”).',
  tooBig: '{file} is {size} MB, larger than any roster export. Check that you chose the right file.',
  noReader: '{file} could not be read: this browser would not start the file reader. Reload the page and try again.',
  tooSlow: '{file} took too long to read. It may be damaged; try exporting it again.',
  readerStopped: '{file} could not be read: the reader stopped unexpectedly (the file may be too large or damaged).',
  unreadable: '{file} could not be read: {reason}',
  damagedZip: '{file} is a damaged ZIP or Excel file: it could not be opened. Export it again and retry.',
  word: `{file} is a Word document, not a spreadsheet. ${SAVE_AS}`,
  powerPoint: `{file} is a PowerPoint presentation, not a spreadsheet. ${SAVE_AS}`,
  numbers: '{file} is an Apple Numbers file. In Numbers, choose File › Export To › CSV or Excel, then choose that file.',
  zip: '{file} is a ZIP archive, not a spreadsheet. Unzip it first, then choose the CSV or Excel file inside.',
  pdf: `{file} looks like a PDF, not a spreadsheet or CSV file. ${SAVE_AS}`,
  image: `{file} is an image, not a spreadsheet or CSV file. ${SAVE_AS}`,
  gzip: '{file} is a compressed (.gz) file. Decompress it first, then choose the file inside.',
  archive: '{file} is a compressed archive. Extract it first, then choose the CSV or Excel file inside.',
  binary: `{file} is not a text or spreadsheet file (it holds binary data). ${SAVE_AS}`,
  noHeader: '{file}: no header row found. The first lines should name the columns, such as “First name” and “Email”.',
  noColumns: '{file}: no header row found. The file has no columns separated by commas, semicolons, tabs or bars.',
  unpacksTooLarge:
    '{file} unpacks to more data than any roster needs, so it was not opened. If it really is your export, save only the sheet with people as a CSV file and choose that.',
  partTooLarge:
    '{file} unpacks to more data than any roster needs (its part “{part}”), so it was not opened. If it really is your export, save only the sheet with people as a CSV file and choose that.',
  partSizeWrong: '{file} is a damaged Excel file: its part “{part}” does not unpack to the size it declares, so it was not opened. Export it again and retry.',
  damagedExcel: '{file} is a damaged Excel file: it could not be opened. Export it again and retry.',
  password: '{file} is protected with a password. Open it in Excel, save a copy without the password, and choose that copy.',
  noHeaderOnSheet: '{file}: no header row found on the sheet “{sheet}”.',
  sheetTooLong: '{file}: the sheet “{sheet}” has more than {limit} rows, more than this tool reads at once.',
  noSuchSheet: '{file} has no sheet called “{sheet}”.',
} as const;

export type FileErrorKey = keyof typeof FILE_ERRORS;

/** A file that cannot be read, with a message an admin can act on. */
export class FileReadError extends Error {
  override name = 'FileReadError';
  /** The message as a key and substitutions, for the screen to show in the admin's language. */
  readonly said?: Said;
  constructor(message: string, said?: Said) {
    super(message);
    this.said = said;
  }
}

/** A FileReadError from FILE_ERRORS: English message, and the key the UI translates. */
export function fileError(key: FileErrorKey, subs: Record<string, string | number>): FileReadError {
  return new FileReadError(fill(FILE_ERRORS[key], subs), { key: `files.errors.${key}`, subs });
}

/** "1204" → "1,204": line numbers as people read them. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** The admin pressed Cancel: nothing of the file was kept. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}
