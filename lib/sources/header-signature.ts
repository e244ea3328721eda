/** A header signature identifies "the same kind of table" across exports, whatever its rows. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map((h) => h.trim().toLowerCase().replace(/\s+/g, ' ')).join('|');
}
