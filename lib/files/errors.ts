/** A file that cannot be read, with a message an admin can act on. */
export class FileReadError extends Error {
  override name = 'FileReadError';
}

/** "1204" → "1,204": line numbers as people read them. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** The admin pressed Cancel: nothing of the file was kept. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}
