import type { Said } from '../../said';
import type { DraftSettings } from '../../drafts/build-draft';
import type { DraftMeta } from '../../drafts/types';
import type { ColumnMapping } from '../../mapping/index';
import type { SourceOrigin } from '../source-table';
import type { FileReadOptions, FileReadResult } from './read-file';

/** How far an import is: the step, and a share of the whole from 0 to 100 for the progress bar. */
export type ImportStep = 'loading' | 'reading' | 'mapping' | 'saving';
export interface ImportProgressReport {
  step: ImportStep;
  percent: number;
  rows?: number;
}

export interface ImportStart {
  type: 'start';
  file: Blob;
  fileName: string;
  options: FileReadOptions;
  databaseName: string;
  draftId: string;
  settings: DraftSettings;
  now: number;
}

/** The page's answer to `read`: the mapping remembered for this kind of file (extension storage lives there). */
export interface ImportMapping {
  type: 'mapping';
  remembered: ColumnMapping | null;
}

export type ImportRequest = ImportStart | ImportMapping;

export type ImportReply =
  | ({ type: 'progress' } & ImportProgressReport)
  | { type: 'read'; origin: SourceOrigin; columns: number }
  /** The read result without its rows, which stay in the worker and go straight into the database. */
  | { type: 'done'; draft: DraftMeta; result: FileReadResult }
  | { type: 'failed'; message: string; said?: Said };
