import type { Said } from '../../said';
import { unnamedColumn } from '../unnamed-column';
import { fileError, formatCount } from './errors';
import { countedNote, sayReadNote } from './read-notes';

/** The table found in a grid of cells: where its header is, and what was left out around it. */
export interface FoundGridTable {
  headers: string[];
  rows: string[][];
  /** Index, in the grid given, of the header row. */
  headerIndex: number;
  /** Plain notes for the admin about lines that were not read as people. */
  notes: string[];
  /** The notes as message keys, in the same order, for the screen to translate. */
  notesSaid?: Said[];
}

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NUMBER_OR_DATE_LIKE = /^[\d\s.,:/+\-()%$€£]+$/;

const filledCount = (row: readonly string[]) => row.reduce((n, cell) => (cell.trim() === '' ? n : n + 1), 0);

/** filledCount(row) > 0, stopping at the first filled cell: this runs on every row of big files. */
function hasFilledCell(row: readonly string[]): boolean {
  for (const cell of row) if (cell !== '' && cell.trim() !== '') return true;
  return false;
}

/** A cell a header could hold: a label, not an email address, a number or a date. */
function isLabelLike(cell: string): boolean {
  const value = cell.trim();
  return value !== '' && !EMAIL_LIKE.test(value) && !NUMBER_OR_DATE_LIKE.test(value) && value.length <= 80;
}

function modeOf(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount || (c === bestCount && v > best)) [best, bestCount] = [v, c];
  }
  return best;
}

/** How many columns the table has: the most common number of filled cells among the first rows. */
function tableWidth(grid: readonly (readonly string[])[]): number {
  const widths = grid.slice(0, 200).map(filledCount).filter((n) => n >= 2);
  return widths.length === 0 ? 1 : modeOf(widths);
}

function looksLikeHeader(row: readonly string[], width: number): boolean {
  const filled = row.filter((c) => c.trim() !== '');
  if (filled.length < Math.max(2, Math.ceil(width * 0.6))) return false;
  const labels = filled.filter(isLabelLike);
  const distinct = new Set(filled.map((c) => c.trim().toLowerCase())).size;
  return labels.length >= filled.length * 0.8 && distinct === filled.length;
}

/** A first row that is plainly data (an email address in it) means the file has no header row. */
function looksLikeData(row: readonly string[]): boolean {
  return row.some((cell) => EMAIL_LIKE.test(cell.trim()));
}

/**
 * The header is the first label-only row among the first 50, before any row of data; a narrow
 * "Company:, Acme" line gives way to a wider label row just below it.
 */
function pickHeaderRow(rows: readonly (readonly string[])[], width: number, firstData: number): number {
  const end = Math.min(50, firstData < 0 ? rows.length : firstData);
  const first = rows.slice(0, end).findIndex((row) => looksLikeHeader(row, width));
  if (first < 0 || filledCount(rows[first]!) >= width) return first;
  let best = first;
  for (let i = first + 1; i < Math.min(end, first + 6); i++) {
    if (filledCount(rows[i]!) > filledCount(rows[best]!) && looksLikeHeader(rows[i]!, width)) best = i;
  }
  return best;
}

/**
 * Whether a row repeats the header (its trimmed, lower-cased cells). Lengths first, as this runs on every
 * row: only İ changes length when lower-cased, and into a non-ASCII letter, so for an ASCII header cell
 * a cell of another length can never match.
 */
function repeatsHeader(headerKeys: readonly string[], asciiKeys: readonly boolean[], row: readonly string[]): boolean {
  if (headerKeys.length === 0) return false;
  for (let i = 0; i < headerKeys.length; i++) {
    const key = headerKeys[i]!;
    const cell = (row[i] ?? '').trim();
    if (cell.length !== key.length && asciiKeys[i]) return false;
    if (cell.toLowerCase() !== key) return false;
  }
  return true;
}

/**
 * Finds the table in a grid of cells as a person would: report titles and notes above the header
 * are skipped, blank rows dropped, headers repeated on every printed page and a closing "Total"
 * line left out. `lineOf` turns a grid index into the line or row number the admin sees.
 */
export function findTableInGrid(
  grid: readonly string[][],
  fileName: string,
  lineOf: (index: number) => number = (i) => i + 1,
): FoundGridTable {
  // The grid itself, or one slice of it, when blank rows are only at the end (the usual case, a final line
  // end): a big file's rows are pushed one by one only around blank lines. Then two flat lists rather than
  // an object per row: big files are mostly garbage-collection time.
  let firstBlank = 0;
  while (firstBlank < grid.length && hasFilledCell(grid[firstBlank]!)) firstBlank++;
  let nextFilled = firstBlank;
  while (nextFilled < grid.length && !hasFilledCell(grid[nextFilled]!)) nextFilled++;
  let rows: readonly (readonly string[])[] = firstBlank === grid.length ? grid : grid.slice(0, firstBlank);
  let indexOf = (i: number) => i;
  if (nextFilled < grid.length) {
    const kept: (readonly string[])[] = grid.slice(0, firstBlank);
    const indexes: number[] = Array.from({ length: firstBlank }, (_, i) => i);
    for (let index = nextFilled; index < grid.length; index++) {
      if (hasFilledCell(grid[index]!)) {
        kept.push(grid[index]!);
        indexes.push(index);
      }
    }
    rows = kept;
    indexOf = (i) => indexes[i]!;
  }
  if (rows.length === 0) throw fileError('empty', { file: fileName });
  const width = tableWidth(rows);
  const notes: string[] = [];
  const notesSaid: Said[] = [];
  const note = ({ text, said }: { text: string; said: Said }) => {
    notes.push(text);
    notesSaid.push(said);
  };

  if (width < 2) return singleColumnTable(rows.map((row, i) => ({ row: row as string[], index: indexOf(i) })), fileName);

  const firstData = rows.findIndex((row) => looksLikeData(row));
  const headerAt = pickHeaderRow(rows, width, firstData);
  let headers: string[];
  let bodyStart: number;
  if (headerAt >= 0) {
    headers = rows[headerAt]!.map((h) => h.trim());
    bodyStart = headerAt + 1;
    if (headerAt > 0) {
      note(countedNote('titleSkipped', headerAt, { line: formatCount(lineOf(indexOf(headerAt))) }));
    }
  } else if (firstData >= 0 && firstData < 50) {
    headers = [];
    bodyStart = firstData;
    note(sayReadNote('noHeader'));
  } else {
    throw fileError('noHeader', { file: fileName });
  }

  const headerKeys = headers.map((h) => h.toLowerCase());
  const asciiKeys = headerKeys.map((k) => /^[\x00-\x7f]*$/.test(k));
  // One copy of the rows below the header, and a second only when a repeated header is left out.
  let firstRepeat = bodyStart;
  while (firstRepeat < rows.length && !repeatsHeader(headerKeys, asciiKeys, rows[firstRepeat]!)) firstRepeat++;
  const body: (readonly string[])[] = rows.slice(bodyStart, firstRepeat);
  let repeated = 0;
  for (let i = firstRepeat; i < rows.length; i++) {
    const row = rows[i]!;
    if (repeatsHeader(headerKeys, asciiKeys, row)) repeated++;
    else body.push(row);
  }
  if (repeated > 0) note(countedNote('repeatedHeader', repeated));
  let footer = 0;
  while (body.length > 0 && width >= 3 && filledCount(body[body.length - 1]!) === 1 && !looksLikeData(body[body.length - 1]!)) {
    body.pop();
    footer++;
  }
  if (footer > 0) note(countedNote('closingSummary', footer));

  let columns = headers.length;
  for (const row of body) if (row.length > columns) columns = Math.max(columns, lastFilled(row) + 1);
  const named = Array.from({ length: columns }, (_, i) => headers[i] || unnamedColumn(i));
  // A row already as wide as the table is kept as it is, and the list too when every row is: no copy of every row of a big file.
  for (let i = 0; i < body.length; i++) {
    const row = body[i]!;
    if (row.length !== columns) body[i] = named.map((_, c) => row[c] ?? '');
  }
  return {
    headers: named,
    rows: body as string[][],
    headerIndex: headerAt < 0 ? -1 : indexOf(headerAt),
    notes,
    notesSaid,
  };
}

function lastFilled(row: readonly string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i]!.trim() !== '') return i;
  return -1;
}

/** One column: a list of email addresses under one header is a roster; prose is not. */
function singleColumnTable(nonBlank: readonly { row: string[]; index: number }[], fileName: string): FoundGridTable {
  const cells = nonBlank.map(({ row }) => row.find((c) => c.trim() !== '')!.trim());
  const [first, ...rest] = cells;
  const emails = rest.filter((c) => EMAIL_LIKE.test(c)).length;
  if (rest.length > 0 && emails >= rest.length * 0.8 && isLabelLike(first!)) {
    return { headers: [first!], rows: rest.map((c) => [c]), headerIndex: nonBlank[0]!.index, notes: [], notesSaid: [] };
  }
  if (cells.every((c) => EMAIL_LIKE.test(c))) {
    return {
      headers: [unnamedColumn(0)],
      rows: cells.map((c) => [c]),
      headerIndex: -1,
      notes: [sayReadNote('noHeaderOneColumn').text],
      notesSaid: [sayReadNote('noHeaderOneColumn').said],
    };
  }
  throw fileError('noColumns', { file: fileName });
}
