import { startFileReader } from '../../browser/workers';
import { FileReadError, ImportCancelled, fileError } from './errors';
import type { FileReadOptions, FileReadResult } from './read-file';
import type { ReadPhase, ReadReply, ReadRequest } from './worker-protocol';

/** A file that takes longer than this is stuck, not big: the worker is stopped. */
export const READ_TIME_LIMIT_MS = 120_000;

export interface ReadProgress {
  phase: ReadPhase;
}

function startWorker(fileName: string): Worker {
  try {
    return startFileReader();
  } catch {
    throw fileError('noReader', { file: fileName });
  }
}

/**
 * Reads a chosen or dropped file in a Worker, so the page stays responsive however large the
 * file is; progress is reported by phase. Fails with a FileReadError whose message is for the admin.
 */
export function readFileInWorker(
  file: File,
  options: FileReadOptions = {},
  onProgress: (progress: ReadProgress) => void = () => undefined,
  /** Aborting ends the worker and rejects with ImportCancelled. */
  signal?: AbortSignal,
): Promise<FileReadResult> {
  if (signal?.aborted) return Promise.reject(new ImportCancelled());
  let worker: Worker;
  try {
    worker = startWorker(file.name);
  } catch (error) {
    return Promise.reject(error);
  }
  return new Promise<FileReadResult>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
      settle();
    };
    const cancel = () => finish(() => reject(new ImportCancelled()));
    signal?.addEventListener('abort', cancel);
    const timer = setTimeout(
      () => finish(() => reject(fileError('tooSlow', { file: file.name }))),
      READ_TIME_LIMIT_MS,
    );
    const rows: string[][] = [];
    worker.addEventListener('message', (event: MessageEvent<ReadReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress({ phase: reply.phase });
      else if (reply.type === 'rows') rows.push(...reply.rows);
      else if (reply.type === 'done') finish(() => resolve({ ...reply.result, table: { ...reply.result.table, rows } }));
      else finish(() => reject(new FileReadError(reply.message, reply.said)));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(() => reject(fileError('readerStopped', { file: file.name })));
    });
    const request: ReadRequest = { file, fileName: file.name, options };
    worker.postMessage(request);
  });
}
