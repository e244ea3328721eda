import { findHtmlTables, type FoundTable } from './html-table';
import { employeeScore } from './rank';

export interface TableCandidate extends FoundTable {
  score: number;
  /** Short text to tell candidates apart in the popup. */
  label: string;
}

function labelFor(table: FoundTable): string {
  const caption = (table.element as HTMLTableElement).caption?.textContent?.trim();
  const heading = caption || table.headers.slice(0, 3).join(', ');
  return `${heading} (${table.rows.length} rows)`;
}

/** Every table on the page, most employee-like first. */
export function findTableCandidates(root: ParentNode): TableCandidate[] {
  return findHtmlTables(root)
    .map((t) => ({ ...t, score: employeeScore(t.headers, t.rows), label: labelFor(t) }))
    .sort((a, b) => b.score - a.score);
}

export type { FoundTable };

export interface ScrapedTable {
  headers: string[];
  rows: string[][];
  score: number;
  label: string;
}

export interface ScrapedPage {
  site: string;
  title: string;
  tables: ScrapedTable[];
}

/** A page's tables as plain data, ready to cross into the extension. */
export function scrapePage(doc: Document): ScrapedPage {
  return {
    site: doc.location?.host ?? '',
    title: doc.title,
    tables: findTableCandidates(doc).map(({ headers, rows, score, label }) => ({ headers, rows, score, label })),
  };
}
