/** The active cell: a position in the rows shown and a column. */
export interface CellPosition {
  row: number;
  col: number;
}

export interface GridBounds {
  rows: number;
  cols: number;
  /** Rows per page, for Page Up and Page Down. */
  page: number;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));

/** Where a navigation key moves the active cell, following the ARIA grid pattern; undefined for other keys. */
export function moveCell(cell: CellPosition, event: KeyLike, bounds: GridBounds): CellPosition | undefined {
  if (bounds.rows === 0) return undefined;
  const lastRow = bounds.rows - 1;
  const lastCol = bounds.cols - 1;
  const jump = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowDown':
      return { row: clamp(cell.row + 1, lastRow), col: cell.col };
    case 'ArrowUp':
      return { row: clamp(cell.row - 1, lastRow), col: cell.col };
    case 'ArrowRight':
      return { row: cell.row, col: clamp(cell.col + 1, lastCol) };
    case 'ArrowLeft':
      return { row: cell.row, col: clamp(cell.col - 1, lastCol) };
    case 'PageDown':
      return { row: clamp(cell.row + bounds.page, lastRow), col: cell.col };
    case 'PageUp':
      return { row: clamp(cell.row - bounds.page, lastRow), col: cell.col };
    case 'Home':
      return jump ? { row: 0, col: 0 } : { row: cell.row, col: 0 };
    case 'End':
      return jump ? { row: lastRow, col: lastCol } : { row: cell.row, col: lastCol };
    default:
      return undefined;
  }
}

export type UndoKey = 'undo' | 'redo';

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. */
export function undoKey(event: KeyLike & { shiftKey: boolean }): UndoKey | undefined {
  if (!(event.ctrlKey || event.metaKey)) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}
