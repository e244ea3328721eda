import { headerSignature } from '../header-signature';
import { fill } from '../../said';
import { ariaGridSource, findAriaGrids } from './aria-grid';
import { findHtmlTables, htmlTableSource } from './html-table';
import { employeeScore } from './rank';
import { findRepeatedLists, listSource } from './repeated';
import { rectInTopWindow, searchRoots, type RootOptions } from './roots';
import { findStatedTotal, statedTotalCache, type StatedTotalCache } from './stated-total';
import type { TableKind, TableSnapshot, TableSource } from './types';

export type { TableKind, TableSnapshot, TableSource } from './types';

export interface TableCandidate extends TableSnapshot {
  score: number;
  /** Short text to tell candidates apart in the popup. */
  label: string;
  /** The label's own words: the table's name or first column names, without the row count. */
  heading: string;
  /** Identifies "the same table" when the page re-renders it. */
  signature: string;
  source: TableSource;
}

export function tableSignature(kind: TableKind, headers: readonly string[]): string {
  return `${kind}|${headerSignature(headers)}`;
}

/** A table's label, in English; the same texts are under said.tables in locales/en.yml. */
export const TABLE_LABELS = {
  rowsOne: '{heading} (1 row)',
  rows: '{heading} ({rows} rows)',
  rowsShown: '{heading} ({shown} of {total} rows shown)',
} as const;

function headingOf(table: TableSnapshot): string {
  return table.name || table.headers.filter((h) => h !== '').slice(0, 3).join(', ');
}

function labelFor(heading: string, shown: number, statedTotal: number | undefined): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return statedTotal !== undefined && statedTotal > shown
    ? fill(TABLE_LABELS.rowsShown, { heading, shown: n(shown), total: n(statedTotal) })
    : shown === 1
      ? fill(TABLE_LABELS.rowsOne, { heading })
      : fill(TABLE_LABELS.rows, { heading, rows: n(shown) });
}

export function sourceFor(snapshot: TableSnapshot): TableSource {
  if (snapshot.kind === 'table') return htmlTableSource(snapshot.element as HTMLTableElement);
  if (snapshot.kind === 'grid') return ariaGridSource(snapshot.element);
  return listSource(snapshot.element);
}

function viewportShare(el: Element): number {
  const view = el.ownerDocument.defaultView?.top ?? el.ownerDocument.defaultView;
  const width = view?.innerWidth ?? 0;
  const height = view?.innerHeight ?? 0;
  if (!width || !height) return 0;
  const r = rectInTopWindow(el);
  const w = Math.max(0, Math.min(r.right, width) - Math.max(r.left, 0));
  const h = Math.max(0, Math.min(r.bottom, height) - Math.max(r.top, 0));
  return (w * h) / (width * height);
}

function toCandidate(table: TableSnapshot, totals: StatedTotalCache): TableCandidate {
  const statedTotal = table.statedTotal ?? findStatedTotal(table.element, totals);
  const score = employeeScore(table.headers, table.rows, { statedTotal, viewportShare: viewportShare(table.element) });
  const candidate: TableCandidate = {
    ...table,
    score,
    label: labelFor(headingOf(table), table.rows.length, statedTotal),
    heading: headingOf(table),
    signature: tableSignature(table.kind, table.headers),
    source: sourceFor(table),
  };
  if (statedTotal !== undefined) candidate.statedTotal = statedTotal;
  return candidate;
}

function tablesUnder(root: ParentNode): TableSnapshot[] {
  return [...findHtmlTables(root), ...findAriaGrids(root), ...findRepeatedLists(root)];
}

/** Every table on the page (frames and shadow roots included), most employee-like first. */
export function findTableCandidates(root: Document | ParentNode, options: RootOptions = {}): TableCandidate[] {
  const roots = (root as Document).nodeType === 9 ? searchRoots(root as Document, options) : [root];
  const totals = statedTotalCache();
  const found = roots.flatMap(tablesUnder).map((table) => toCandidate(table, totals));
  return found.sort((a, b) => b.score - a.score);
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  return a.length === 0 ? 0 : a.filter((h) => set.has(h)).length / Math.max(a.length, b.length);
}

/** The same table again after the page replaced its element: same kind, same (or mostly the same) columns. */
export function relocateTable(doc: Document, lost: TableSource, headers: readonly string[], options: RootOptions = {}): TableSource | undefined {
  const signature = tableSignature(lost.kind, headers);
  const sameKind = findTableCandidates(doc, options).filter((c) => c.kind === lost.kind);
  const match =
    sameKind.find((c) => c.signature === signature) ??
    sameKind.filter((c) => overlap(headers, c.headers) >= 0.5).sort((a, b) => overlap(headers, b.headers) - overlap(headers, a.headers))[0];
  if (!match) return undefined;
  return lost.moveTo?.(match.element) ?? match.source;
}
