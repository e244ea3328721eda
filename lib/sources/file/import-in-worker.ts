import { startFileImport } from '../../browser/workers';
import type { DraftSettings } from '../../drafts/build-draft';
import type { RosterDatabase } from '../../drafts/db';
import { libraryActions } from '../../drafts/library';
import type { DraftMeta } from '../../drafts/types';
import type { ColumnMapping } from '../../mapping/index';
import type { SourceOrigin } from '../source-table';
import { FileReadError, ImportCancelled, fileError } from './errors';
import type { ImportProgressReport, ImportReply, ImportStart } from './import-protocol';
import type { FileReadOptions, FileReadResult } from './read-file';
import { READ_TIME_LIMIT_MS } from './read-in-worker';

export { ImportCancelled };

export interface WorkerImportOptions {
  settings: DraftSettings;
  /** The mapping remembered for this kind of file, asked for once the file is read. */
  recall(origin: SourceOrigin, columns: number): Promise<ColumnMapping | undefined>;
  onProgress?(progress: ImportProgressReport): void;
  /** Aborting ends the worker and removes anything it saved: no half draft. */
  signal?: AbortSignal;
  now?: number;
}

/**
 * Reads a file and saves it as a new draft, all in a Worker: the page only hears progress and gets the
 * draft's meta back, so it stays responsive for a file of any size.
 */
export function importFileInWorker(
  db: RosterDatabase,
  file: File,
  options: FileReadOptions,
  { settings, recall, onProgress, signal, now = Date.now() }: WorkerImportOptions,
): Promise<{ draft: DraftMeta; result: FileReadResult }> {
  if (signal?.aborted) return Promise.reject(new ImportCancelled());
  let worker: Worker;
  try {
    worker = startFileImport();
  } catch {
    return Promise.reject(fileError('noReader', { file: file.name }));
  }
  const draftId = crypto.randomUUID();
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
      settle();
    };
    // Ending the worker aborts its open transaction; the delete covers a commit that raced the click.
    const undo = (error: Error) => finish(() => void libraryActions.remove(db, draftId).then(() => reject(error), () => reject(error)));
    const cancel = () => undo(new ImportCancelled());
    signal?.addEventListener('abort', cancel);
    const timer = setTimeout(() => undo(fileError('tooSlow', { file: file.name })), READ_TIME_LIMIT_MS);
    worker.addEventListener('message', (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (settled) return;
      if (reply.type === 'progress') onProgress?.(reply);
      else if (reply.type === 'read') {
        void recall(reply.origin, reply.columns)
          .catch(() => undefined)
          .then((remembered) => worker.postMessage({ type: 'mapping', remembered: remembered ?? null }));
      } else if (reply.type === 'done') finish(() => resolve({ draft: reply.draft, result: reply.result }));
      else undo(new FileReadError(reply.message, reply.said));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      undo(fileError('readerStopped', { file: file.name }));
    });
    const start: ImportStart = { type: 'start', file, fileName: file.name, options, databaseName: db.name, draftId, settings, now };
    worker.postMessage(start);
  });
}
