import type { ComponentChildren } from 'preact';
import { MAX_INVITE_FORM_PEOPLE, type DraftSummary, type ImportPlanSummary } from '@/lib/messages';
import { Notice } from './Notice';

export interface PanelStatus {
  kind: 'info' | 'ok' | 'error';
  text: string;
  notes?: string[];
}

export interface ImportPanelProps {
  drafts: readonly DraftSummary[] | undefined;
  draftId: string | undefined;
  plan: ImportPlanSummary | undefined;
  status: PanelStatus | undefined;
  busy: boolean;
  collapsed: boolean;
  onToggle(): void;
  onPick(id: string): void;
  onSend(): void;
  onDownload(): void;
  /** Fills the page's "+ Invite" form instead, for a handful of people. */
  onFillInvite(): void;
  /** The roster sync section, shown under the import controls once a draft is picked. */
  sync?: ComponentChildren;
  /** A drop zone that turns an HR export into a new draft, right here. */
  fileImport?: ComponentChildren;
}

function PlanSummary({ plan }: { plan: ImportPlanSummary }) {
  return (
    <ul data-testid="import-plan" class="plan">
      <li>
        <strong data-testid="plan-to-import">{plan.toImport}</strong> to invite
      </li>
      {plan.alreadyMembers.length > 0 && (
        <li data-testid="plan-already-members" title={plan.alreadyMembers.join('\n')}>
          {plan.alreadyMembers.length} already in mOS or invited, left out
        </li>
      )}
      {plan.invalid > 0 && <li class="error">{plan.invalid} with problems, left out (fix them in the editor)</li>}
      {plan.duplicates > 0 && <li>{plan.duplicates} repeated emails, left out</li>}
      {plan.excluded > 0 && <li>{plan.excluded} excluded in the draft</li>}
      {plan.invited > 0 && (
        <li data-testid="plan-invited">
          <strong>{plan.invited}</strong> of this draft seen in mOS as invited
          {plan.invitedAt !== undefined && `, last at ${new Date(plan.invitedAt).toLocaleString()}`}
        </li>
      )}
      <li>
        Seats this import uses: <strong data-testid="seats-enable">{plan.enableSeats}</strong> Enable,{' '}
        <strong data-testid="seats-opportunity">{plan.opportunitySeats}</strong> Opportunity
      </li>
    </ul>
  );
}

function draftLabel(d: DraftSummary): string {
  const problems = d.problems > 0 ? `, ${d.problems} with problems` : '';
  return `${d.name} (${d.rowCount} rows${problems})`;
}

/** The panel on the My Organization screen: pick a draft, see what will happen, send it. */
export function ImportPanel(props: ImportPanelProps) {
  const { drafts, draftId, plan, status, busy, collapsed } = props;
  return (
    <main class="panel">
      <header class="panel-header">
        <h1 id="panel-title">Roster Sync</h1>
        <button
          type="button"
          class="secondary"
          aria-expanded={!collapsed}
          aria-controls="panel-body"
          data-testid="panel-toggle"
          onClick={props.onToggle}
        >
          {collapsed ? 'Show' : 'Hide'}
        </button>
      </header>
      <div id="panel-body" class="stack panel-body" hidden={collapsed}>
        {drafts === undefined && <Notice kind="info">Loading drafts…</Notice>}
        {drafts?.length === 0 && (
          <Notice kind="info">No drafts yet. Export a roster from your HR system, or drop an export file below.</Notice>
        )}
        {drafts && drafts.length > 0 && (
          <>
            <label class="stack">
              <span>Draft to import</span>
              <select data-testid="draft-select" value={draftId} onChange={(e) => props.onPick(e.currentTarget.value)}>
                {drafts.map((d) => (
                  <option key={d.id} value={d.id}>
                    {draftLabel(d)}
                  </option>
                ))}
              </select>
            </label>
            {plan ? <PlanSummary plan={plan} /> : <Notice kind="info">Comparing with the member list…</Notice>}
            <div class="row">
              <button type="button" data-testid="send-to-mos" disabled={busy || !draftId} onClick={props.onSend}>
                Send to mOS
              </button>
              <button type="button" class="secondary" data-testid="panel-download-csv" disabled={busy || !draftId} onClick={props.onDownload}>
                Download CSV instead
              </button>
              {plan && plan.toImport > 0 && plan.toImport <= MAX_INVITE_FORM_PEOPLE && (
                <button type="button" class="secondary" data-testid="panel-fill-invite" disabled={busy} onClick={props.onFillInvite}>
                  Fill the + Invite form instead
                </button>
              )}
            </div>
          </>
        )}
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
        {status?.notes?.map((note) => (
          <Notice key={note} kind="info">
            {note}
          </Notice>
        ))}
        {props.fileImport}
        {props.sync}
      </div>
    </main>
  );
}
