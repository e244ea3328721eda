import type { FileReadOptions, FileReadResult } from './read-file';

export interface ReadRequest {
  file: Blob;
  fileName: string;
  options: FileReadOptions;
}

export type ReadPhase = 'loading' | 'reading';

export type ReadReply =
  | { type: 'progress'; phase: ReadPhase }
  | { type: 'done'; result: FileReadResult }
  | { type: 'failed'; message: string };
