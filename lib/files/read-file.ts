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
    throw new FileReadError(`${fileName}: line ${(quoteError.row ?? 0) + 1} has an unclosed quote.`);
  }
  const headers = headerRow.map((h) => h.trim());
  return {
    headers,
    rows: rows.map((r) => headers.map((_, i) => r[i] ?? '')),
    origin: { kind: 'file', fileName, signature: headerSignature(headers) },
  };
}
