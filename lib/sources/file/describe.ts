import { describeEncoding } from './decode';
import { describeDelimiter } from './delimited';
import type { FileReadResult } from './read-file';
import type { Said } from '../../said';

const SEPARATED_BY = { ',': 'Commas', ';': 'Semicolons', '\t': 'Tabs', '|': 'Bars' } as const;

/** describeRead as a message key (files.read.*), for the screen to say in the admin's language. */
export function describeReadSaid(result: FileReadResult): Said | undefined {
  if (result.format === 'workbook') return { key: 'files.read.sheet', subs: { sheet: result.sheet ?? '' } };
  if (!result.encoding || !result.delimiter) return undefined;
  return { key: `files.read.separatedBy${SEPARATED_BY[result.delimiter]}`, subs: { encoding: describeEncoding(result.encoding) } };
}

/** One line for the admin on how a file was read, e.g. "UTF-8, separated by semicolons". */
export function describeRead(result: FileReadResult): string {
  if (result.format === 'workbook') return `Excel sheet “${result.sheet}”`;
  const parts = [
    result.encoding ? describeEncoding(result.encoding) : undefined,
    result.delimiter ? `separated by ${describeDelimiter(result.delimiter)}` : undefined,
  ];
  return parts.filter(Boolean).join(', ');
}
