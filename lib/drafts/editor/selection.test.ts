import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, clickRow, keepExisting, shownSelectionState, toggleAllShown } from './selection';

const shown = [5, 3, 9, 1, 7];
const plain = { range: false, toggle: false };

describe('row selection', () => {
  it('selects one row on a plain click', () => {
    const s = clickRow({ rows: new Set([1, 3]), anchor: 1 }, shown, 9, plain);
    expect([...s.rows]).toEqual([9]);
    expect(s.anchor).toBe(9);
  });

  it('adds and removes single rows with Ctrl/Cmd', () => {
    let s = clickRow(EMPTY_SELECTION, shown, 3, { range: false, toggle: true });
    s = clickRow(s, shown, 7, { range: false, toggle: true });
    expect([...s.rows].sort()).toEqual([3, 7]);
    s = clickRow(s, shown, 3, { range: false, toggle: true });
    expect([...s.rows]).toEqual([7]);
  });

  it('selects the range shown between the anchor and the shift-clicked row, in either direction', () => {
    const anchored = clickRow(EMPTY_SELECTION, shown, 3, plain);
    expect([...clickRow(anchored, shown, 1, { range: true, toggle: false }).rows]).toEqual([3, 9, 1]);
    expect([...clickRow(anchored, shown, 5, { range: true, toggle: false }).rows]).toEqual([5, 3]);
  });

  it('adds a range to the selection with Ctrl/Cmd+Shift', () => {
    const s = clickRow({ rows: new Set([7]), anchor: 5 }, shown, 3, { range: true, toggle: true });
    expect([...s.rows].sort()).toEqual([3, 5, 7]);
  });

  it('selects all rows shown, then clears them, and tells the header checkbox state', () => {
    let s = toggleAllShown({ rows: new Set([100]) }, shown);
    expect(shownSelectionState(s, shown)).toBe('all');
    expect(s.rows.has(100)).toBe(true);
    s = toggleAllShown(s, shown);
    expect(shownSelectionState(s, shown)).toBe('none');
    expect([...s.rows]).toEqual([100]);
    expect(shownSelectionState({ rows: new Set([9]) }, shown)).toBe('some');
    expect(shownSelectionState(EMPTY_SELECTION, [])).toBe('none');
  });

  it('forgets rows that are gone', () => {
    expect([...keepExisting({ rows: new Set([1, 2]) }, (i) => i === 2).rows]).toEqual([2]);
  });
});
