import { draftFromSource } from '../../drafts/from-source';
import { openRosterDb } from '../../drafts/db';
import type { ImportMapping, ImportReply, ImportRequest, ImportStart } from './import-protocol';
import { FileReadError, readSourceFile } from './read-file';
import { fileError } from './errors';

// A whole file import runs here, from the bytes to the saved draft: reading, mapping, checking and
// writing 100,000 rows takes seconds, and none of it may hold up the page. The page can end this
// worker at any moment (Cancel); the draft is written in one transaction, which then never commits.
const post = (reply: ImportReply) => postMessage(reply);

let answerMapping: ((message: ImportMapping) => void) | undefined;

async function run({ file, fileName, options, databaseName, draftId, settings, now }: ImportStart): Promise<void> {
  post({ type: 'progress', step: 'loading', percent: 5 });
  let bytes: ArrayBuffer | undefined = await file.arrayBuffer();
  post({ type: 'progress', step: 'reading', percent: 15 });
  const reading = readSourceFile(new Uint8Array(bytes), fileName, options);
  // The file's bytes are not kept while its rows are saved (40 MB of a 250,000-row file).
  bytes = undefined;
  const result = await reading;
  const { table } = result;
  post({ type: 'progress', step: 'mapping', percent: 50, rows: table.rows.length });
  const remembered = await new Promise<ImportMapping>((resolve) => {
    answerMapping = resolve;
    post({ type: 'read', origin: table.origin, columns: table.headers.length });
  });
  post({ type: 'progress', step: 'saving', percent: 60, rows: table.rows.length });
  const db = await openRosterDb(databaseName);
  try {
    const draft = await draftFromSource(db, table, { ...(remembered.remembered && { remembered: remembered.remembered }), settings, now, id: draftId });
    post({ type: 'done', draft, result: { ...result, table: { ...table, rows: [] } } });
  } finally {
    db.close();
  }
}

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'mapping') {
    answerMapping?.(request);
    return;
  }
  run(request).catch((error: unknown) => {
    const failure =
      error instanceof FileReadError
        ? error
        : fileError('unreadable', { file: request.fileName, reason: error instanceof Error ? error.message : String(error) });
    post({ type: 'failed', message: failure.message, said: failure.said });
  });
});
