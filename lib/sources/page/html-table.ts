import { collapseWhitespace, columnMemo, isHidden, isMarkedHidden, isSelfHidden, readCellText, rememberedHidden, type LookBook, type LookMemo } from './read-cell';
import { accessibleLabel, dedupeHeaders, finishSnapshot, isBlankRow, isTotalsRow, looksLikeDataValue } from './table-text';
import { inFloatingLayer } from './roots';
import type { ReadOptions, TableSnapshot, TableSource } from './types';

type Cell = HTMLTableCellElement;
/** One row laid out on the column grid: the cell covering each column, spans resolved. */
type Line = (Cell | undefined)[];

const MAX_SPAN = 1000;

function ownRows(table: HTMLTableElement): HTMLTableRowElement[] {
  // Only this table's rows (some DOMs list a nested table's rows too): a nested table is its own candidate.
  return Array.from(table.rows).filter((row) => row.parentElement === table || row.parentElement?.parentElement === table);
}

function sectionOf(row: HTMLTableRowElement): string {
  return row.parentElement?.tagName ?? 'TBODY';
}

/** Rows built alike (same section, class and inline style) are shown alike: style is asked once per kind of row. */
function rowVisibility(book: LookBook | undefined): (row: HTMLTableRowElement) => boolean {
  const memo = book?.kinds ?? new Map<string, boolean>();
  return (row) => {
    if (isMarkedHidden(row)) return false;
    const key = `${sectionOf(row)} ${row.className}|${row.getAttribute('style') ?? ''}`;
    let visible = memo.get(key);
    if (visible === undefined) memo.set(key, (visible = !isSelfHidden(row)));
    return visible;
  };
}

function cellsOf(row: HTMLTableRowElement): Cell[] {
  const cells: Cell[] = [];
  for (let el = row.firstElementChild; el; el = el.nextElementSibling) {
    if (el.tagName === 'TD' || el.tagName === 'TH') cells.push(el as Cell);
  }
  return cells;
}

/** Lays rows out on the column grid, so colspan and rowspan put every cell under its header. */
function layOut(rows: readonly HTMLTableRowElement[]): Line[] {
  // Per column: a cell spanning down into the rows below, and how many rows it has left.
  const carriedCell: (Cell | undefined)[] = [];
  const carriedLeft: number[] = [];
  let carrying = 0;
  const lines: Line[] = [];
  for (const row of rows) {
    const cells = cellsOf(row);
    // Most rows span nothing and nothing spans into them: their cells are the line.
    if (carrying === 0 && cells.every((c) => !c.hasAttribute('colspan') && !c.hasAttribute('rowspan'))) {
      lines.push(cells);
      continue;
    }
    const line: Line = [];
    let col = 0;
    const takeCarried = () => {
      while ((carriedLeft[col] ?? 0) > 0) {
        line[col] = carriedCell[col];
        carriedLeft[col]! -= 1;
        if (carriedLeft[col] === 0) carrying -= 1;
        col += 1;
      }
    };
    for (const cell of cells) {
      takeCarried();
      const across = cell.colSpan > 1 ? Math.min(cell.colSpan, MAX_SPAN) : 1;
      const down = cell.rowSpan === 0 ? MAX_SPAN : cell.rowSpan > 1 ? Math.min(cell.rowSpan, MAX_SPAN) : 1;
      for (let k = 0; k < across; k++) {
        line[col + k] = cell;
        if (down > 1) {
          carriedCell[col + k] = cell;
          carriedLeft[col + k] = down - 1;
          carrying += 1;
        }
      }
      col += across;
    }
    for (let c = col; c < carriedLeft.length; c++) {
      if ((carriedLeft[c] ?? 0) > 0 && line[c] === undefined) {
        line[c] = carriedCell[c];
        carriedLeft[c]! -= 1;
        if (carriedLeft[c] === 0) carrying -= 1;
      }
    }
    lines.push(line);
  }
  return lines;
}

function distinctCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  for (const cell of line) if (cell && cell !== cells[cells.length - 1] && !cells.includes(cell)) cells.push(cell);
  return cells;
}

/** A row of one cell across a wide table: a title, a letter or department heading, a note. */
function isBannerRow(line: Line, width: number, cells = distinctCells(line)): boolean {
  if (width < 2 || cells.length !== 1) return false;
  const covered = line.filter((c) => c !== undefined).length;
  return covered >= 2 || (width >= 3 && cells[0]!.tagName !== 'TH');
}

function isAllHeaderCells(line: Line, cells = distinctCells(line)): boolean {
  return cells.length > 0 && cells.every((c) => c.tagName === 'TH');
}

/** Which rows are the header: `<thead>`, leading `<th>` rows, or the first row that reads like labels. */
function headerRowIndexes(rows: readonly HTMLTableRowElement[], lines: readonly Line[], width: number, texts: TextOf): number[] {
  const inHead = rows.map((r, i) => (sectionOf(r) === 'THEAD' ? i : -1)).filter((i) => i >= 0);
  if (inHead.length > 0) return inHead;
  let i = 0;
  while (i < lines.length && sectionOf(rows[i]!) !== 'TFOOT' && (isBannerRow(lines[i]!, width) || isBlankLine(lines[i]!, texts))) i++;
  const leading: number[] = [];
  for (let j = i; j < lines.length && isAllHeaderCells(lines[j]!) && sectionOf(rows[j]!) !== 'TFOOT'; j++) leading.push(j);
  if (leading.length > 0) return leading;
  const first = lines[i];
  if (!first || sectionOf(rows[i]!) === 'TFOOT') return [];
  // Labels never hold an address or a phone number; a first row that does is already a person.
  const values = distinctCells(first).map(texts);
  return values.some(looksLikeDataValue) ? [] : [i];
}

type TextOf = (cell: Cell, col?: number) => string;

function isBlankLine(line: Line, texts: TextOf): boolean {
  return distinctCells(line).every((c) => texts(c) === '');
}

function headerTexts(lines: readonly Line[], width: number, texts: TextOf): string[] {
  const lowest: string[] = [];
  const paths: string[][] = [];
  for (let col = 0; col < width; col++) {
    // The lowest non-empty header row names the column; a filter row of inputs below it reads empty.
    const path: string[] = [];
    for (const line of lines) {
      const cell = line[col];
      const text = cell ? collapseWhitespace(texts(cell)) : '';
      if (text && path[path.length - 1] !== text) path.push(text);
    }
    paths.push(path);
    lowest.push(path[path.length - 1] ?? '');
  }
  return dedupeHeaders(lowest, paths);
}

function hiddenColumns(headerLines: readonly Line[], bodyLines: readonly Line[], width: number, book: LookBook | undefined): Set<number> {
  const hidden = new Set<number>();
  const probe = headerLines[headerLines.length - 1] ?? bodyLines[0];
  if (!probe) return hidden;
  for (let col = 0; col < width; col++) {
    const cell = probe[col] ?? bodyLines[0]?.[col];
    if (cell && rememberedHidden(book, cell, isSelfHidden)) hidden.add(col);
  }
  return hidden;
}

function tableName(table: HTMLTableElement): string | undefined {
  const caption = collapseWhitespace(table.caption?.textContent ?? '');
  return caption || accessibleLabel(table);
}

function rowKey(row: HTMLTableRowElement): string | undefined {
  return row.getAttribute('aria-rowindex') ?? undefined;
}

/** Reads one `<table>` as it is now. */
export function readHtmlTable(table: HTMLTableElement, options: ReadOptions = {}): TableSnapshot | undefined {
  const rows = ownRows(table).filter(rowVisibility(options.looks));
  if (rows.length === 0) return undefined;
  const lines = layOut(rows);
  const width = Math.max(0, ...lines.map((l) => l.length));
  // Cells met more than once (header rows, spans) are read once; style is asked once per column (per crawl, given its book).
  const cellText = new Map<Cell, string>();
  const memos: LookMemo[] = [];
  const headerMemo = columnMemo(options.looks, 'header');
  const texts: TextOf = (cell, col) => {
    const memo = col === undefined ? headerMemo : (memos[col] ??= columnMemo(options.looks, String(col)));
    if (col !== undefined && !cell.hasAttribute('colspan') && !cell.hasAttribute('rowspan')) return readCellText(cell, memo);
    let text = cellText.get(cell);
    if (text === undefined) cellText.set(cell, (text = readCellText(cell, memo)));
    return text;
  };
  const headerIdx = headerRowIndexes(rows, lines, width, texts);
  const headerSet = new Set(headerIdx);
  const headerLines = headerIdx.map((i) => lines[i]!);
  const allHeaders = headerTexts(headerLines, width, texts);
  const firstBody = lines.findIndex((_, i) => !headerSet.has(i) && sectionOf(rows[i]!) !== 'TFOOT');
  const hidden = hiddenColumns(headerLines, firstBody >= 0 ? [lines[firstBody]!] : [], width, options.looks);
  const columns = Array.from({ length: width }, (_, c) => c).filter((c) => !hidden.has(c));
  const headers = columns.map((c) => allHeaders[c] ?? '');
  const headerKey = headers.join('\u001f');
  const lastHeader = headerIdx.length > 0 ? headerIdx[headerIdx.length - 1]! : -1;

  const snapshot: TableSnapshot = { kind: 'table', element: table, headers, rows: [], rowKeys: [], rowElements: [] };
  const { cache } = options;
  lines.forEach((line, i) => {
    const row = rows[i]!;
    if (headerSet.has(i) || i < lastHeader || sectionOf(row) === 'TFOOT') return;
    const cells = distinctCells(line);
    if (isBannerRow(line, width, cells) || isAllHeaderCells(line, cells)) return;
    const rowText = cache ? row.textContent ?? '' : '';
    const hit = cache?.get(row);
    let values: string[];
    if (hit && hit.text === rowText) values = hit.cells;
    else {
      values = columns.map((c) => (c > 0 && line[c - 1] === line[c] ? '' : line[c] ? texts(line[c]!, c) : ''));
      cache?.set(row, { text: rowText, cells: values });
    }
    if (isBlankRow(values) || isTotalsRow(values)) return;
    if (values[0] === headers[0] && values.join('\u001f') === headerKey) return;
    snapshot.rows.push(values);
    snapshot.rowKeys.push(rowKey(row));
    snapshot.rowElements.push(row);
  });
  return finishSnapshot(snapshot, table, headerIdx.length, tableName(table));
}

/** A `<table>` that lays out a page rather than holding data. */
function isLayoutTable(table: HTMLTableElement): boolean {
  const role = table.getAttribute('role');
  return role === 'presentation' || role === 'none';
}

export function htmlTableSource(table: HTMLTableElement): TableSource {
  return { kind: 'table', element: table, read: (options) => readHtmlTable(table, options) };
}

export function findHtmlTables(root: ParentNode): TableSnapshot[] {
  const found: TableSnapshot[] = [];
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (isLayoutTable(table) || isHidden(table) || inFloatingLayer(table)) continue;
    const read = readHtmlTable(table);
    if (read && read.rows.length > 0) found.push(read);
  }
  return found;
}
