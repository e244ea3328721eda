import { describeEncoding } from './decode';
import { describeDelimiter } from './delimited';
import type { FileReadResult } from './read-file';

/** One line for the admin on how a file was read, e.g. "UTF-8, separated by semicolons". */
export function describeRead(result: FileReadResult): string {
  if (result.format === 'workbook') return `Excel sheet “${result.sheet}”`;
  const parts = [
    result.encoding ? describeEncoding(result.encoding) : undefined,
    result.delimiter ? `separated by ${describeDelimiter(result.delimiter)}` : undefined,
  ];
  return parts.filter(Boolean).join(', ');
}
