import type { Said } from '../../said';
import type { FileReadOptions, FileReadResult } from './read-file';

export interface ReadRequest {
  file: Blob;
  fileName: string;
  options: FileReadOptions;
}

export type ReadPhase = 'loading' | 'reading';

/** Rows cross to the page in batches: one huge message would stall the page while it is unpacked. */
export const ROWS_PER_MESSAGE = 2000;

export type ReadReply =
  | { type: 'progress'; phase: ReadPhase }
  | { type: 'rows'; rows: string[][] }
  /** The result without its rows, which came before in `rows` messages. */
  | { type: 'done'; result: FileReadResult }
  | { type: 'failed'; message: string; said?: Said };
