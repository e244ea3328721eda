import { MAPPABLE_FIELDS, legalFirstName } from '@/lib/mapping';
import { checkRow, type Draft } from '@/lib/drafts';
import { describeOrigin } from '@/lib/source-table';
import { DraftRowsTable, type DraftRowView } from './DraftRowsTable';
import { rowValues } from '@/lib/drafts/rows';

/** Rendering is capped until the editor grid virtualises. */
const SHOWN_ROWS = 2000;

function toView(draft: Draft): DraftRowView[] {
  return draft.rows.slice(0, SHOWN_ROWS).map((row) => {
    const values = rowValues(row, draft.meta);
    const text = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v]),
    ) as DraftRowView['values'];
    const legal = row.edits.first_name === undefined ? legalFirstName(row.cells, draft.meta.mapping) : undefined;
    return {
      index: row.index,
      values: text,
      issues: checkRow(row, draft.meta).issues,
      excluded: row.excluded,
      ...(legal ? { notes: { first_name: `legal name ${legal}` } } : {}),
    };
  });
}

export interface DraftViewProps {
  draft: Draft;
  onDownload(): void;
  busy: boolean;
}

export function DraftView({ draft, onDownload, busy }: DraftViewProps) {
  const rows = toView(draft);
  const invalid = draft.rows.filter((r) => checkRow(r, draft.meta).issues.length > 0).length;
  return (
    <section class="stack">
      <h1 data-testid="draft-name">{draft.meta.name}</h1>
      <p class="muted">
        From {describeOrigin(draft.meta.origin)} · {draft.meta.rowCount} rows
        {invalid > 0 && <span class="error"> · {invalid} with problems (left out of the file)</span>}
      </p>
      <div class="row">
        <button type="button" data-testid="download-csv" disabled={busy} onClick={onDownload}>
          Download mOS import CSV
        </button>
      </div>
      <DraftRowsTable columns={MAPPABLE_FIELDS} rows={rows} />
      {draft.rows.length > SHOWN_ROWS && (
        <p class="muted">Showing the first {SHOWN_ROWS} of {draft.rows.length} rows.</p>
      )}
    </section>
  );
}
