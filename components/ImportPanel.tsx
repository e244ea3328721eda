import type { ComponentChildren } from 'preact';
import type { DraftSummary, ImportPlanSummary } from '@/lib/messages';
import { Notice } from './Notice';

export interface ImportPanelProps {
  drafts: readonly DraftSummary[] | undefined;
  draftId: string | undefined;
  plan: ImportPlanSummary | undefined;
  status: { kind: 'info' | 'ok' | 'error'; text: string } | undefined;
  busy: boolean;
  onPick(id: string): void;
  onSend(): void;
  /** A drop zone that turns an HR export into a new draft, right here. */
  fileImport?: ComponentChildren;
}

function PlanSummary({ plan }: { plan: ImportPlanSummary }) {
  return (
    <ul data-testid="import-plan">
      <li>
        <strong data-testid="plan-to-import">{plan.toImport}</strong> to invite
      </li>
      {plan.alreadyMembers.length > 0 && (
        <li data-testid="plan-already-members">{plan.alreadyMembers.length} already in mOS, left out</li>
      )}
      {plan.invalid > 0 && <li class="error">{plan.invalid} with problems, left out (fix them in the editor)</li>}
      {plan.duplicates > 0 && <li>{plan.duplicates} repeated emails, left out</li>}
      {plan.excluded > 0 && <li>{plan.excluded} excluded</li>}
      <li>
        Seats: <span data-testid="seats-enable">{plan.enableSeats}</span> Enable,{' '}
        <span data-testid="seats-opportunity">{plan.opportunitySeats}</span> Opportunity
      </li>
    </ul>
  );
}

/** The panel on the My Organization screen: pick a draft, see what will happen, send it. */
export function ImportPanel({ drafts, draftId, plan, status, busy, onPick, onSend, fileImport }: ImportPanelProps) {
  return (
    <main class="stack" style={{ padding: '12px' }}>
      <h1>Roster Sync</h1>
      {drafts === undefined && <Notice kind="info">Loading drafts…</Notice>}
      {drafts?.length === 0 && <Notice kind="info">No drafts yet. Export a roster from your HR system, or drop an export file below.</Notice>}
      {drafts && drafts.length > 0 && (
        <>
          <label class="stack">
            <span>Draft to import</span>
            <select data-testid="draft-select" value={draftId} onChange={(e) => onPick(e.currentTarget.value)}>
              {drafts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name} ({d.rowCount} rows)
                </option>
              ))}
            </select>
          </label>
          {plan && <PlanSummary plan={plan} />}
          <button type="button" data-testid="send-to-mos" disabled={busy || !draftId} onClick={onSend}>
            Send to mOS
          </button>
        </>
      )}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {fileImport}
    </main>
  );
}
