import { fileError, formatCount } from './errors';

/** The table found in a grid of cells: where its header is, and what was left out around it. */
export interface FoundGridTable {
  headers: string[];
  rows: string[][];
  /** Index, in the grid given, of the header row. */
  headerIndex: number;
  /** Plain notes for the admin about lines that were not read as people. */
  notes: string[];
}

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NUMBER_OR_DATE_LIKE = /^[\d\s.,:/+\-()%$€£]+$/;

const filledCount = (row: readonly string[]) => row.reduce((n, cell) => (cell.trim() === '' ? n : n + 1), 0);

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
function tableWidth(grid: readonly string[][]): number {
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
function pickHeaderRow(rows: readonly string[][], width: number, firstData: number): number {
  const end = Math.min(50, firstData < 0 ? rows.length : firstData);
  const first = rows.slice(0, end).findIndex((row) => looksLikeHeader(row, width));
  if (first < 0 || filledCount(rows[first]!) >= width) return first;
  let best = first;
  for (let i = first + 1; i < Math.min(end, first + 6); i++) {
    if (filledCount(rows[i]!) > filledCount(rows[best]!) && looksLikeHeader(rows[i]!, width)) best = i;
  }
  return best;
}

function columnName(index: number): string {
  return `Column ${index + 1}`;
}

function describeLines(count: number, what: string): string {
  return count === 1 ? `1 ${what} line` : `${formatCount(count)} ${what} lines`;
}

const sameRow = (a: readonly string[], b: readonly string[]) =>
  a.length > 0 && a.every((cell, i) => cell.trim().toLowerCase() === (b[i] ?? '').trim().toLowerCase());

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
  const nonBlank = grid.map((row, index) => ({ row, index })).filter(({ row }) => filledCount(row) > 0);
  if (nonBlank.length === 0) throw fileError('empty', { file: fileName });
  const width = tableWidth(nonBlank.map((r) => r.row));
  const notes: string[] = [];

  if (width < 2) return singleColumnTable(nonBlank, fileName);

  const firstData = nonBlank.findIndex(({ row }) => looksLikeData(row));
  const headerAt = pickHeaderRow(nonBlank.map((r) => r.row), width, firstData);
  let headers: string[];
  let bodyStart: number;
  if (headerAt >= 0) {
    headers = nonBlank[headerAt]!.row.map((h) => h.trim());
    bodyStart = headerAt + 1;
    if (headerAt > 0) {
      notes.push(`Skipped ${describeLines(headerAt, 'title')} above the header row (line ${formatCount(lineOf(nonBlank[headerAt]!.index))}).`);
    }
  } else if (firstData >= 0 && firstData < 50) {
    headers = [];
    bodyStart = firstData;
    notes.push('The file has no header row, so its columns are named Column 1, Column 2 and so on.');
  } else {
    throw fileError('noHeader', { file: fileName });
  }

  let body = nonBlank.slice(bodyStart).map((r) => r.row);
  const repeated = body.filter((row) => sameRow(headers, row)).length;
  if (repeated > 0) {
    body = body.filter((row) => !sameRow(headers, row));
    notes.push(`Left out ${describeLines(repeated, 'repeated header')}.`);
  }
  let footer = 0;
  while (body.length > 0 && width >= 3 && filledCount(body[body.length - 1]!) === 1 && !looksLikeData(body[body.length - 1]!)) {
    body.pop();
    footer++;
  }
  if (footer > 0) notes.push(`Left out ${describeLines(footer, 'closing summary')} at the end.`);

  const columns = Math.max(headers.length, ...body.map((r) => lastFilled(r) + 1));
  const named = Array.from({ length: columns }, (_, i) => headers[i] || columnName(i));
  return {
    headers: named,
    rows: body.map((row) => named.map((_, i) => row[i] ?? '')),
    headerIndex: headerAt < 0 ? -1 : nonBlank[headerAt]!.index,
    notes,
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
    return { headers: [first!], rows: rest.map((c) => [c]), headerIndex: nonBlank[0]!.index, notes: [] };
  }
  if (cells.every((c) => EMAIL_LIKE.test(c))) {
    return {
      headers: [columnName(0)],
      rows: cells.map((c) => [c]),
      headerIndex: -1,
      notes: ['The file has no header row, so its column is named Column 1.'],
    };
  }
  throw fileError('noColumns', { file: fileName });
}
