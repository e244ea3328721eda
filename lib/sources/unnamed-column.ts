/**
 * The name a reader gives a column with no header ("Column 3"). It is stored in the draft as the header,
 * so remembered mappings and signatures stay as they were; the screen recognises it and words it in the
 * admin's language.
 */
export const unnamedColumn = (index: number): string => `Column ${index + 1}`;

/** The number (from 1) in a name `unnamedColumn` gave, or undefined for a header from the source itself. */
export function unnamedColumnNumber(header: string): number | undefined {
  const match = /^Column ([1-9]\d*)$/.exec(header.trim());
  return match ? Number(match[1]) : undefined;
}
