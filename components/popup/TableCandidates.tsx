import { i18n } from '#i18n';
import type { CandidateSummary } from '@/lib/messages';
import { candidateLabel } from '../format';

export interface TableCandidatesProps {
  tables: readonly CandidateSummary[];
  picked: number;
  onPick(index: number): void;
}

const KIND: Record<CandidateSummary['kind'], () => string> = {
  table: () => i18n.t('popup.tables.table'),
  grid: () => i18n.t('popup.tables.grid'),
  list: () => i18n.t('popup.tables.list'),
};

/** The tables found on the page, best first; picking one outlines it on the page. */
export function TableCandidates({ tables, picked, onPick }: TableCandidatesProps) {
  return (
    <ul class="candidates" aria-label={i18n.t('popup.tables.label')}>
      {tables.map((table, i) => (
        <li
          key={table.index}
          data-testid="table-candidate"
          data-rows={table.rowCount}
          data-stated-total={table.statedTotal}
          data-kind={table.kind}
        >
          <label>
            <input type="radio" name="table" checked={i === picked} onChange={() => onPick(i)} />
            <span>
              <strong>{candidateLabel(table)}</strong>
              <br />
              <span class="muted">
                {KIND[table.kind]()} · {table.headers.filter((h) => h !== '').join(' · ')}
              </span>
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
