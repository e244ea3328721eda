import { headerSignature, type SourceTable } from '../source-table';
import { unnamedColumn } from '../unnamed-column';
import { isControlColumn } from './repeated';
import type { TableKind } from './types';

export interface FinalTable {
  headers: string[];
  rows: string[][];
}

/** What a crawl gathered, as the background holds it once the crawl has ended. */
export interface CrawledTable {
  headers: readonly string[];
  rows: readonly string[][];
  kind: TableKind;
  /** The page's site and title: what its mapping is remembered by. */
  site: string;
  title: string;
}

/** The page door's end: the crawled rows finished (below) into the SourceTable a draft is made from. */
export function pageSourceTable(crawled: CrawledTable): SourceTable {
  const { headers, rows } = finalizeTable(crawled.headers, crawled.rows, crawled.kind);
  return { headers, rows, origin: { kind: 'page', site: crawled.site, title: crawled.title, signature: headerSignature(headers) } };
}

/**
 * The table as it goes into a draft: every row as wide as the headers, columns that hold nothing on
 * any row (a checkbox column, an avatar column) left out, and in lists the columns of control words
 * ("View profile") too. A column without a name but with values is called "Column N".
 */
export function finalizeTable(headers: readonly string[], rows: readonly string[][], kind: TableKind): FinalTable {
  const width = Math.max(headers.length, ...rows.map((r) => r.length), 0);
  const column = (c: number) => rows.map((r) => r[c] ?? '');
  const keep: number[] = [];
  for (let c = 0; c < width; c++) {
    const values = column(c);
    if (values.every((v) => v === '')) continue;
    if (kind === 'list' && isControlColumn(values)) continue;
    keep.push(c);
  }
  return {
    headers: keep.map((c) => headers[c] || unnamedColumn(c)),
    rows: rows.map((r) => keep.map((c) => r[c] ?? '')),
  };
}
