import type { ExportSummary } from '@/lib/drafts/summary';
import type { UserIdPreview } from '@/lib/drafts/user-ids';

export interface ExportPanelProps {
  summary?: ExportSummary;
  ids?: UserIdPreview;
  updating: boolean;
  busy: boolean;
  opportunityLicenses: boolean;
  onDownload(): void;
  onErrorReport(): void;
}

const n = (value: number) => value.toLocaleString('en-GB');
const people = (value: number) => (value === 1 ? '1 person' : `${n(value)} people`);

function IdsLine({ ids }: { ids: UserIdPreview }) {
  if (ids.fresh === 0) return <p>Everyone keeps the user ID they were given before; no new IDs are needed.</p>;
  const range = ids.firstNew === ids.lastNew ? ids.firstNew : `${ids.firstNew} to ${ids.lastNew}`;
  return (
    <p data-testid="ids-preview">
      Downloading gives {ids.fresh === 1 ? '1 new user ID' : `${n(ids.fresh)} new user IDs`} ({range}) from your organisation’s
      counter{ids.keeping > 0 ? `; ${people(ids.keeping)} keep the ID they already have` : ''}. IDs are never given out twice.
    </p>
  );
}

/** What the file will hold, checked before anything is given out; the download is the confirmation. */
export function ExportPanel({ summary, ids, updating, busy, opportunityLicenses, onDownload, onErrorReport }: ExportPanelProps) {
  const leftOut = summary ? summary.invalid + summary.duplicates : 0;
  return (
    <section class="card export-panel stack" aria-labelledby="export-title" aria-busy={updating} data-testid="export-summary">
      <h2 id="export-title">Before you download</h2>
      {!summary ? (
        <p class="muted">Working out the summary…</p>
      ) : (
        <>
          <dl class="summary-grid">
            <dt>Rows</dt>
            <dd data-testid="summary-rows">{n(summary.rows)}</dd>
            <dt>Excluded</dt>
            <dd data-testid="summary-excluded">{n(summary.excluded)}</dd>
            <dt>Can’t go (errors, repeated emails)</dt>
            <dd data-testid="summary-left-out" class={leftOut > 0 ? 'error' : undefined}>
              {n(leftOut)}
            </dd>
            <dt>To invite</dt>
            <dd data-testid="summary-to-import">
              <strong>{n(summary.toImport)}</strong>
            </dd>
            <dt>Enable seats needed</dt>
            <dd data-testid="summary-enable">{n(summary.enableSeats)}</dd>
            <dt>Opportunity seats needed</dt>
            <dd data-testid="summary-opportunity">
              {n(summary.opportunitySeats)}
              {!opportunityLicenses && <span class="muted small"> (no Opportunity licenses: FALSE for everyone)</span>}
            </dd>
          </dl>
          <table class="per-program" data-testid="summary-programs">
            <caption>People per program</caption>
            <thead>
              <tr>
                <th scope="col">Program</th>
                <th scope="col">People</th>
              </tr>
            </thead>
            <tbody>
              {summary.perProgram.map((p) => (
                <tr key={p.slug} data-slug={p.slug}>
                  <td>{p.name}</td>
                  <td>{n(p.people)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {ids && <IdsLine ids={ids} />}
        </>
      )}
      {updating && summary && <p class="muted small">Updating…</p>}
      <div class="row">
        <button type="button" data-testid="download-csv" disabled={busy} onClick={onDownload}>
          {summary ? `Confirm and download the CSV (${people(summary.toImport)})` : 'Confirm and download the CSV'}
        </button>
        <button type="button" class="secondary" data-testid="download-error-report" disabled={busy || leftOut === 0} onClick={onErrorReport}>
          Download the rows that can’t go ({n(leftOut)})
        </button>
      </div>
    </section>
  );
}
