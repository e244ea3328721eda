/** A file that cannot be read, with a message an admin can act on. */
export class FileReadError extends Error {
  override name = 'FileReadError';
}

/** "1204" → "1,204": line numbers as people read them. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
