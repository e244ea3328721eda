import Papa from 'papaparse';
import { headerSignature, type SourceTable } from '../source-table';

export class FileReadError extends Error {}

/** Reads delimited text into a SourceTable; every value stays text, exactly as written. */
export function parseDelimitedText(text: string, fileName: string): SourceTable {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', dynamicTyping: false });
  const [headerRow, ...rows] = parsed.data;
  if (!headerRow || headerRow.every((h) => h.trim() === '')) {
    throw new FileReadError(`${fileName} is empty: no header row found.`);
  }
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    // Papaparse's `row` counts records, not lines: a quoted line break or a skipped blank line shifts it.
    const line =
      quoteError.index === undefined
        ? (quoteError.row ?? 0) + 1
        : body.slice(0, quoteError.index).split(/\r\n|\r|\n/).length;
    throw new FileReadError(`${fileName}: line ${line} has an unclosed quote.`);
  }
  const headers = headerRow.map((h) => h.trim());
  return {
    headers,
    rows: rows.map((r) => headers.map((_, i) => r[i] ?? '')),
    origin: { kind: 'file', fileName, signature: headerSignature(headers) },
  };
}
