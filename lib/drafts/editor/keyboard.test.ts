import { describe, expect, it } from 'vitest';
import { moveCell, undoKey } from './keyboard';

const bounds = { rows: 100, cols: 10, page: 20 };
const key = (k: string, ctrl = false) => ({ key: k, ctrlKey: ctrl, metaKey: false });

describe('moveCell', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveCell({ row: 5, col: 5 }, key('ArrowDown'), bounds)).toEqual({ row: 6, col: 5 });
    expect(moveCell({ row: 0, col: 0 }, key('ArrowUp'), bounds)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 0, col: 9 }, key('ArrowRight'), bounds)).toEqual({ row: 0, col: 9 });
    expect(moveCell({ row: 0, col: 3 }, key('ArrowLeft'), bounds)).toEqual({ row: 0, col: 2 });
  });

  it('pages, and goes to the row’s ends or the grid’s corners with Home and End', () => {
    expect(moveCell({ row: 90, col: 1 }, key('PageDown'), bounds)).toEqual({ row: 99, col: 1 });
    expect(moveCell({ row: 10, col: 1 }, key('PageUp'), bounds)).toEqual({ row: 0, col: 1 });
    expect(moveCell({ row: 10, col: 4 }, key('Home'), bounds)).toEqual({ row: 10, col: 0 });
    expect(moveCell({ row: 10, col: 4 }, key('End', true), bounds)).toEqual({ row: 99, col: 9 });
  });

  it('ignores other keys and an empty grid', () => {
    expect(moveCell({ row: 1, col: 1 }, key('a'), bounds)).toBeUndefined();
    expect(moveCell({ row: 0, col: 0 }, key('ArrowDown'), { ...bounds, rows: 0 })).toBeUndefined();
  });
});

describe('undoKey', () => {
  it('reads Ctrl/Cmd+Z as undo and Ctrl/Cmd+Shift+Z or Ctrl+Y as redo', () => {
    expect(undoKey({ key: 'z', ctrlKey: true, metaKey: false, shiftKey: false })).toBe('undo');
    expect(undoKey({ key: 'Z', ctrlKey: false, metaKey: true, shiftKey: true })).toBe('redo');
    expect(undoKey({ key: 'y', ctrlKey: true, metaKey: false, shiftKey: false })).toBe('redo');
    expect(undoKey({ key: 'z', ctrlKey: false, metaKey: false, shiftKey: false })).toBeUndefined();
  });
});
