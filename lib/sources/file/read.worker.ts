import { FileReadError, readSourceFile } from './read-file';
import { ROWS_PER_MESSAGE, type ReadReply, type ReadRequest } from './worker-protocol';
import { fileError } from './errors';

// Untrusted files are parsed here, off the page: a slow or hostile file cannot freeze the editor,
// and whatever the parser does stays in this throw-away realm.
const post = (reply: ReadReply) => postMessage(reply);

addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  const { file, fileName, options } = event.data;
  void (async () => {
    try {
      post({ type: 'progress', phase: 'loading' });
      const bytes = new Uint8Array(await file.arrayBuffer());
      post({ type: 'progress', phase: 'reading' });
      const result = await readSourceFile(bytes, fileName, options);
      const { rows } = result.table;
      for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) {
        post({ type: 'rows', rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
      }
      post({ type: 'done', result: { ...result, table: { ...result.table, rows: [] } } });
    } catch (error) {
      const failure =
        error instanceof FileReadError ? error : fileError('unreadable', { file: fileName, reason: error instanceof Error ? error.message : String(error) });
      post({ type: 'failed', message: failure.message, said: failure.said });
    }
  })();
});
