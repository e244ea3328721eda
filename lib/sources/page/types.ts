import type { LookBook } from './read-cell';

/** How a table is built: an HTML `<table>`, an ARIA grid of roles, or repeated blocks (div grids, cards, lists). */
export type TableKind = 'table' | 'grid' | 'list';

/** Remembers rows already read, so reading again costs only what changed (load more, scrolling). */
export type RowCache = WeakMap<Element, { text: string; cells: string[] }>;

export interface ReadOptions {
  cache?: RowCache;
  /** How the table is drawn, learnt by earlier readings of the same crawl. */
  looks?: LookBook;
}

/** One reading of a table: its columns and the data rows in the DOM right now. */
export interface TableSnapshot {
  kind: TableKind;
  /** The element to highlight and to crawl from. */
  element: Element;
  headers: string[];
  rows: string[][];
  /** Per row: its position as the page states it (aria-rowindex, aria-posinset), when stated. */
  rowKeys: (string | undefined)[];
  /** Per row: its (first) element, to scroll by. */
  rowElements: Element[];
  /** The number of data rows the table itself says it has (aria-rowcount, aria-setsize). */
  statedTotal?: number;
  /** Its caption or accessible name, when it has one. */
  name?: string;
}

/** A table that can be read again as the page changes, columns staying in place. */
export interface TableSource {
  kind: TableKind;
  element: Element;
  read(options?: ReadOptions): TableSnapshot | undefined;
  /** The same reader on a new element, keeping what it learnt (a list's columns). */
  moveTo?(element: Element): TableSource;
}
