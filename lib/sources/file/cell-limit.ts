/** A cell longer than this is cut when a file is read: no roster value comes near it, and megabytes in one cell would freeze every screen showing it. */
export const MAX_CELL_CHARS = 10_000;
export const CUT_MARK = '…';

/** Whether a cell was cut by the file reader: its first MAX_CELL_CHARS characters and the mark. */
export function isCutCell(value: string): boolean {
  return value.length === MAX_CELL_CHARS + CUT_MARK.length && value.endsWith(CUT_MARK);
}

/** The cell as kept: cut to MAX_CELL_CHARS, marked, when longer. */
export function cutCell(value: string): string {
  return value.length > MAX_CELL_CHARS ? value.slice(0, MAX_CELL_CHARS) + CUT_MARK : value;
}
