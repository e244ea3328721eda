/** Selected rows by row index (stable across sorting and filtering), and where a shift-click range starts. */
export interface Selection {
  rows: ReadonlySet<number>;
  anchor?: number;
}

export const EMPTY_SELECTION: Selection = { rows: new Set() };

export interface ClickModifiers {
  /** Shift: select the range from the anchor. */
  range: boolean;
  /** Ctrl or Cmd (or a click on the row's checkbox): add or remove one row. */
  toggle: boolean;
}

/** The rows between two rows, as the list currently shows them. */
function rangeBetween(shown: readonly number[], from: number, to: number): number[] {
  const a = shown.indexOf(from);
  const b = shown.indexOf(to);
  if (a < 0 || b < 0) return [to];
  return shown.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/** What a click (plain, shift or Ctrl/Cmd) on a row does to the selection, as in a file manager. */
export function clickRow(selection: Selection, shown: readonly number[], index: number, mods: ClickModifiers): Selection {
  if (mods.range && selection.anchor !== undefined) {
    const range = rangeBetween(shown, selection.anchor, index);
    const rows = mods.toggle ? new Set([...selection.rows, ...range]) : new Set(range);
    return { rows, anchor: selection.anchor };
  }
  if (mods.toggle) {
    const rows = new Set(selection.rows);
    if (rows.has(index)) rows.delete(index);
    else rows.add(index);
    return { rows, anchor: index };
  }
  return { rows: new Set([index]), anchor: index };
}

/** Selects every row shown (after filter and search); if all are selected already, clears them. */
export function toggleAllShown(selection: Selection, shown: readonly number[]): Selection {
  const allSelected = shown.length > 0 && shown.every((i) => selection.rows.has(i));
  if (allSelected) {
    const rows = new Set(selection.rows);
    shown.forEach((i) => rows.delete(i));
    return { rows };
  }
  return { rows: new Set([...selection.rows, ...shown]), anchor: selection.anchor };
}

/** Whether the header checkbox shows checked, unchecked or mixed. */
export function shownSelectionState(selection: Selection, shown: readonly number[]): 'all' | 'some' | 'none' {
  let count = 0;
  for (const i of shown) if (selection.rows.has(i)) count++;
  if (count === 0) return 'none';
  return count === shown.length ? 'all' : 'some';
}

/** Drops rows that no longer exist from the selection. */
export function keepExisting(selection: Selection, exists: (index: number) => boolean): Selection {
  const rows = new Set([...selection.rows].filter(exists));
  return rows.size === selection.rows.size ? selection : { rows, anchor: selection.anchor };
}
