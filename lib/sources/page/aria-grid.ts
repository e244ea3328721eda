import { collapseWhitespace, columnMemo, isHidden, readCellText, rememberedHidden, type LookMemo } from './read-cell';
import { accessibleLabel, dedupeHeaders, finishSnapshot, isBlankRow } from './table-text';
import { inFloatingLayer } from './roots';
import type { ReadOptions, RowCache, TableSnapshot, TableSource } from './types';

export const ARIA_GRID = '[role="grid"], [role="treegrid"], [role="table"]';
const ROW = '[role="row"]';
const CELL = '[role="gridcell"], [role="cell"], [role="columnheader"], [role="rowheader"]';
const LOADING = /^(loading|fetching)\b[\s\S]{0,20}$/i;

/** One logical row: the row elements sharing an aria-rowindex (pinned and centre containers) and their cells by column. */
interface RowGroup {
  key: string | undefined;
  index: number | undefined;
  elements: Element[];
  cells: Map<number, Element>;
  isHeader: boolean;
}

function ownRows(grid: Element): Element[] {
  return Array.from(grid.querySelectorAll(ROW)).filter((row) => row.closest(ARIA_GRID) === grid);
}

function ownCells(row: Element): Element[] {
  return Array.from(row.querySelectorAll(CELL)).filter((cell) => cell.closest(ROW) === row);
}

function positiveInt(value: string | null | undefined): number | undefined {
  if (!value || !/^\s*\d+\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

function rowIndexOf(row: Element): string | undefined {
  const own = row.getAttribute('aria-rowindex') ?? row.querySelector('[aria-rowindex]')?.getAttribute('aria-rowindex');
  return positiveInt(own) !== undefined ? String(positiveInt(own)) : undefined;
}

/** Joins row elements by aria-rowindex, the way ag-grid splits one row over pinned and centre containers. */
function groupRows(rows: readonly Element[]): RowGroup[] {
  const byKey = new Map<string, RowGroup>();
  const groups: RowGroup[] = [];
  for (const row of rows) {
    const key = rowIndexOf(row);
    let group = key === undefined ? undefined : byKey.get(key);
    if (!group) {
      group = { key, index: key === undefined ? undefined : Number(key), elements: [], cells: new Map(), isHeader: true };
      groups.push(group);
      if (key !== undefined) byKey.set(key, group);
    }
    group.elements.push(row);
    let next = Math.max(0, ...group.cells.keys()) + 1;
    for (const cell of ownCells(row)) {
      const col = positiveInt(cell.getAttribute('aria-colindex')) ?? next;
      next = col + Math.max(1, positiveInt(cell.getAttribute('aria-colspan')) ?? 1);
      if (!group.cells.has(col)) group.cells.set(col, cell);
      if (cell.getAttribute('role') !== 'columnheader') group.isHeader = false;
    }
    if (group.cells.size === 0) group.isHeader = false;
  }
  if (groups.every((g) => g.index !== undefined)) groups.sort((a, b) => a.index! - b.index!);
  return groups;
}

function columnsOf(groups: readonly RowGroup[]): number[] {
  const cols = new Set<number>();
  for (const group of groups) {
    for (const [col, cell] of group.cells) {
      const span = group.isHeader ? positiveInt(cell.getAttribute('aria-colspan')) ?? 1 : 1;
      // A group header spanning several columns names none of them by itself.
      if (span === 1) cols.add(col);
    }
  }
  return [...cols].sort((a, b) => a - b);
}

/** A header cell's text, read again only once its text changed (a crawl reads the same header at every step). */
function headerText(cell: Element, cache: RowCache | undefined): string {
  const raw = cache ? cell.textContent ?? '' : '';
  const hit = cache?.get(cell);
  if (hit && hit.text === raw) return hit.cells[0]!;
  const text = collapseWhitespace(readCellText(cell));
  cache?.set(cell, { text: raw, cells: [text] });
  return text;
}

function headerFor(col: number, headerGroups: readonly RowGroup[], cache: RowCache | undefined): { text: string; path: string[]; cell?: Element } {
  const path: string[] = [];
  let cell: Element | undefined;
  for (const group of headerGroups) {
    for (const [start, c] of group.cells) {
      const span = positiveInt(c.getAttribute('aria-colspan')) ?? 1;
      if (col < start || col >= start + span) continue;
      const text = headerText(c, cache);
      if (text && path[path.length - 1] !== text) path.push(text);
      if (span === 1) cell = c;
    }
  }
  return { text: path[path.length - 1] ?? '', path, cell };
}

function isLoadingRow(values: readonly string[]): boolean {
  const filled = values.filter((v) => v !== '');
  return filled.length === 1 && LOADING.test(filled[0]!);
}

/** Reads an ARIA grid, treegrid or table made of roles, as it is now. */
export function readAriaGrid(grid: Element, options: ReadOptions = {}): TableSnapshot | undefined {
  const groups = groupRows(ownRows(grid));
  if (groups.length === 0) return undefined;
  const headerGroups = groups.filter((g) => g.isHeader);
  const dataGroups = groups.filter((g) => !g.isHeader);
  const allColumns = columnsOf(groups);
  const named = allColumns.map((col) => ({ col, ...headerFor(col, headerGroups, options.cache) }));
  // Hidden columns are judged once, by their header cell (or first data cell), not cell by cell.
  const visible = named.filter(({ col, cell }) => {
    const probe = cell ?? dataGroups[0]?.cells.get(col);
    return !probe || !rememberedHidden(options.looks, probe, isHidden);
  });
  const headers = dedupeHeaders(
    visible.map((v) => v.text),
    visible.map((v) => v.path),
  );
  const snapshot: TableSnapshot = { kind: 'grid', element: grid, headers, rows: [], rowKeys: [], rowElements: [] };
  const { cache } = options;
  // Style is asked once per column (once per crawl, given its book): its cells are built alike.
  const memos: LookMemo[] = visible.map(({ col, text }) => columnMemo(options.looks, `${col}\u001f${text}`));
  for (const group of dataGroups) {
    const first = group.elements[0]!;
    const text = cache ? group.elements.map((e) => e.textContent ?? '').join('\u001f') : '';
    const hit = cache?.get(first);
    let values: string[];
    if (hit && hit.text === text) values = hit.cells;
    else {
      values = visible.map(({ col }, i) => {
        const cell = group.cells.get(col);
        return cell ? readCellText(cell, memos[i]) : '';
      });
      cache?.set(first, { text, cells: values });
    }
    if (isBlankRow(values) || isLoadingRow(values)) continue;
    snapshot.rows.push(values);
    snapshot.rowKeys.push(group.key);
    snapshot.rowElements.push(first);
  }
  return finishSnapshot(snapshot, grid, headerGroups.length, accessibleLabel(grid));
}

export function ariaGridSource(grid: Element): TableSource {
  return { kind: 'grid', element: grid, read: (options) => readAriaGrid(grid, options) };
}

/** ARIA grids, treegrids and role tables under the root; `<table>` elements are read as tables. */
export function findAriaGrids(root: ParentNode): TableSnapshot[] {
  const found: TableSnapshot[] = [];
  for (const grid of Array.from(root.querySelectorAll(ARIA_GRID))) {
    if (grid.tagName === 'TABLE' || isHidden(grid) || inFloatingLayer(grid)) continue;
    const read = readAriaGrid(grid);
    if (read && read.rows.length > 0) found.push(read);
  }
  return found;
}
