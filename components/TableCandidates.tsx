import type { ScrapedTable } from '@/lib/scrape';

export interface TableCandidatesProps {
  tables: readonly ScrapedTable[];
  picked: number;
  onPick(index: number): void;
}

/** The tables found on the page, best first; the admin may pick another. */
export function TableCandidates({ tables, picked, onPick }: TableCandidatesProps) {
  return (
    <ul class="candidates" aria-label="Tables found on this page">
      {tables.map((table, i) => (
        <li key={i} data-testid="table-candidate" data-rows={table.rows.length}>
          <label>
            <input type="radio" name="table" checked={i === picked} onChange={() => onPick(i)} />
            <span>
              <strong>{table.label}</strong>
              <br />
              <span class="muted">{table.headers.join(' · ')}</span>
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
