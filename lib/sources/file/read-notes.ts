import { sayer, type Said } from '../../said';
import { formatCount } from './errors';

/** Notes on how a file was read, in English; the same texts are under said.read in locales/en.yml. */
export const READ_NOTES = {
  titleSkippedOne: 'Skipped 1 title line above the header row (line {line}).',
  titleSkipped: 'Skipped {count} title lines above the header row (line {line}).',
  noHeader: 'The file has no header row, so its columns are named Column 1, Column 2 and so on.',
  noHeaderOneColumn: 'The file has no header row, so its column is named Column 1.',
  repeatedHeaderOne: 'Left out 1 repeated header line.',
  repeatedHeader: 'Left out {count} repeated header lines.',
  closingSummaryOne: 'Left out 1 closing summary line at the end.',
  closingSummary: 'Left out {count} closing summary lines at the end.',
  windows1252: 'The file is not UTF-8, so it was read as Windows-1252 (Western European).',
  sheetRemembered: 'Read the sheet “{sheet}”, as chosen the last time.',
  cellsCutOne: 'Cut 1 cell longer than {limit} characters to its first {limit} (row {row}, column “{column}”).',
  cellsCut: 'Cut {count} cells longer than {limit} characters to their first {limit}; the first is in row {row}, column “{column}”.',
} as const;

export type ReadNoteKey = keyof typeof READ_NOTES;

export const sayReadNote = sayer(READ_NOTES, 'said.read');

/** The note for `count` lines: its One form for a single line; counts written as lib writes them. */
export function countedNote(key: 'titleSkipped' | 'repeatedHeader' | 'closingSummary', count: number, subs: Record<string, string> = {}): { text: string; said: Said } {
  return count === 1 ? sayReadNote(`${key}One`, Object.keys(subs).length > 0 ? subs : undefined) : sayReadNote(key, { count: formatCount(count), ...subs });
}
