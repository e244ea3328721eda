import { collapseWhitespace, isHidden, readCellText } from './read-cell';

export interface FoundTable {
  /** The element to highlight and to crawl from. */
  element: Element;
  headers: string[];
  rows: string[][];
}

function directRows(table: HTMLTableElement): HTMLTableRowElement[] {
  // Only this table's rows: nested tables are candidates of their own.
  return Array.from(table.rows).filter((row) => row.closest('table') === table);
}

function cellsOf(row: HTMLTableRowElement): HTMLTableCellElement[] {
  return Array.from(row.cells);
}

function isHeaderRow(row: HTMLTableRowElement): boolean {
  const cells = cellsOf(row);
  if (row.parentElement?.tagName === 'TFOOT') return false;
  return (
    row.parentElement?.tagName === 'THEAD' ||
    (cells.length > 0 && cells.every((c) => c.tagName === 'TH'))
  );
}

/** The header rows at the top: an all-`<th>` row further down is a section heading, not the header. */
function leadingHeaderRows(rows: readonly HTMLTableRowElement[]): HTMLTableRowElement[] {
  const thead = rows.filter((row) => row.parentElement?.tagName === 'THEAD');
  if (thead.length > 0) return thead;
  const leading: HTMLTableRowElement[] = [];
  for (const row of rows) {
    if (!isHeaderRow(row)) break;
    leading.push(row);
  }
  return leading;
}

function rowIsBlank(values: readonly string[]): boolean {
  return values.every((v) => v === '');
}

/** Reads one `<table>`: header row from `<thead>`, all-`<th>` rows, or the first row. */
export function readHtmlTable(table: HTMLTableElement): FoundTable | undefined {
  const rows = directRows(table).filter((row) => !isHidden(row));
  if (rows.length === 0) return undefined;
  const headerRows = leadingHeaderRows(rows);
  const headerRow = headerRows[headerRows.length - 1] ?? rows[0]!;
  const hiddenColumns = new Set<number>();
  const headers = cellsOf(headerRow).map((cell, i) => {
    if (isHidden(cell)) hiddenColumns.add(i);
    return collapseWhitespace(cell.textContent ?? '');
  });
  const keep = (_: unknown, i: number) => !hiddenColumns.has(i);
  const body: string[][] = [];
  for (const row of rows) {
    if (row === headerRow || isHeaderRow(row) || row.parentElement?.tagName === 'TFOOT') continue;
    const values = cellsOf(row).map(readCellText).filter(keep);
    if (!rowIsBlank(values)) body.push(values);
  }
  return { element: table, headers: headers.filter(keep), rows: body };
}

export function findHtmlTables(root: ParentNode): FoundTable[] {
  const found: FoundTable[] = [];
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (isHidden(table)) continue;
    const read = readHtmlTable(table);
    if (read && read.rows.length > 0) found.push(read);
  }
  return found;
}
