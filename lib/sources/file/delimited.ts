import Papa from 'papaparse';
import { fileError, formatCount } from './errors';
import { splitDelimitedRows } from './split-rows';
import { findTableInGrid, type FoundGridTable } from './table';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export function describeDelimiter(delimiter: Delimiter): string {
  return { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'bars' }[delimiter];
}

type Newline = '\n' | '\r\n' | '\r';

/**
 * The line ending papaparse would guess for this text (its guessLineEndings, step for step), worked out
 * once: papaparse guesses again on each call, splitting the first megabyte each time.
 */
export function guessNewline(text: string): Newline {
  const sample = text.substring(0, 1024 * 1024).replace(/"([^]*?)"/gm, '');
  const r = sample.split('\r');
  const n = sample.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return '\n';
  let withN = 0;
  for (const piece of r) if (piece[0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

function parseRows(text: string, delimiter: Delimiter, newline: Newline, preview = 0) {
  return Papa.parse<string[]>(text, { delimiter, newline, preview, skipEmptyLines: false, dynamicTyping: false });
}

const SCORED_ROWS = 60;

/**
 * The text papaparse needs to read the first rows the same as in the whole file: up to the line after
 * them when they hold no quote (then rows are lines), else all of it. Papaparse splits all the text it
 * is given into lines even for a preview, and the delimiter is scored four times.
 */
function leadingLines(text: string, newline: Newline): string {
  let end = -1;
  for (let line = 0; line <= SCORED_ROWS; line++) {
    end = text.indexOf(newline, end + 1);
    if (end < 0) return text;
  }
  const head = text.slice(0, end + newline.length);
  return head.includes('"') ? text : head;
}

/** How well a delimiter splits the first lines into a table: rows sharing one width, and that width. */
function delimiterScore(text: string, delimiter: Delimiter, newline: Newline): [number, number] {
  const rows = parseRows(text, delimiter, newline, SCORED_ROWS).data.filter((r) => r.some((c) => c.trim() !== ''));
  const counts = new Map<number, number>();
  for (const row of rows) if (row.length >= 2) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let best: [number, number] = [0, 0];
  for (const [width, count] of counts) if (count > best[0] || (count === best[0] && width > best[1])) best = [count, width];
  return best;
}

/**
 * The delimiter that splits the header and the first rows into the most rows of one width,
 * checked with real CSV rules (quoted separators do not count); a single column is comma-separated.
 */
export function detectDelimiter(text: string, newline: Newline = guessNewline(text)): Delimiter {
  const head = leadingLines(text, newline);
  let chosen: Delimiter = ',';
  let best: [number, number] = [0, 0];
  for (const delimiter of DELIMITERS) {
    const score = delimiterScore(head, delimiter, newline);
    if (score[0] > best[0] || (score[0] === best[0] && score[1] > best[1])) [chosen, best] = [delimiter, score];
  }
  return chosen;
}

/** Line number (1-based) of a character offset, counting \r\n, \r and \n line ends. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** First line of each parsed row, so notes and errors can name lines the admin can find. */
function rowStartLines(text: string, delimiter: Delimiter): number[] {
  const lines: number[] = [];
  let line = 1;
  let inQuotes = false;
  let fieldStart = true;
  let rowStarted = false;
  // Character codes, not one-letter strings: this walks every character of files of many megabytes.
  const [LF, CR, QUOTE, SEP] = [10, 13, 34, delimiter.charCodeAt(0)];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!rowStarted) {
      lines.push(line);
      rowStarted = true;
    }
    const lineEnd = c === LF || (c === CR && text.charCodeAt(i + 1) !== LF);
    if (lineEnd) line++;
    if (inQuotes) {
      if (c === QUOTE && text.charCodeAt(i + 1) === QUOTE) i++;
      else if (c === QUOTE) inQuotes = false;
      continue;
    }
    if (c === QUOTE && fieldStart) inQuotes = true;
    fieldStart = c === SEP || c === LF || c === CR;
    if (lineEnd) rowStarted = false;
  }
  return lines;
}

export interface DelimitedTable extends FoundGridTable {
  delimiter: Delimiter;
}

/** Excel's "sep=;" first line names the separator outright; it is an instruction, not data. */
function declaredDelimiter(text: string): { delimiter: Delimiter; rest: string } | undefined {
  const match = /^sep=(.)\r?\n/i.exec(text);
  const delimiter = DELIMITERS.find((d) => d === match?.[1]);
  // The line is blanked, not cut, so line numbers stay the ones the admin sees.
  return delimiter && match ? { delimiter, rest: match[0].slice(5) + text.slice(match[0].length) } : undefined;
}

/** The rows of a text the quick split leaves to papaparse, which reads malformed quotes by its own rules. */
function papaparseRows(body: string, delimiter: Delimiter, newline: Newline, fileName: string): string[][] {
  const parsed = parseRows(body, delimiter, newline);
  const missingQuote = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (missingQuote) {
    // Papaparse counts records, not lines: a quoted line break or a blank line shifts its row number.
    const line = missingQuote.index === undefined ? (missingQuote.row ?? 0) + 1 : lineAt(body, missingQuote.index);
    throw fileError('unclosedQuote', { file: fileName, line: formatCount(line) });
  }
  return parsed.data;
}

/** Reads delimited text (CSV, TSV, semicolons, bars) into a table; every value stays text. */
export function readDelimitedText(text: string, fileName: string): DelimitedTable {
  const declared = declaredDelimiter(text.replace(/^\uFEFF/, ''));
  const body = declared?.rest ?? text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw fileError('empty', { file: fileName });
  const newline = guessNewline(body);
  const delimiter = declared?.delimiter ?? detectDelimiter(body, newline);
  const grid = splitDelimitedRows(body, delimiter, newline) ?? papaparseRows(body, delimiter, newline, fileName);
  // Worked out only when a note names a line: a walk over every character of a big file otherwise.
  let starts: number[] | undefined;
  const found = findTableInGrid(grid, fileName, (index) => (starts ??= rowStartLines(body, delimiter))[index] ?? index + 1);
  return { ...found, delimiter };
}
