import type { ComponentChildren } from 'preact';
import { MAX_INVITE_FORM_PEOPLE, type DraftSummary, type ImportPlanSummary } from '@/lib/messages';
import { i18n } from '#i18n';
import { formatDateTime, formatNumber } from './format';
import { Notice } from './Notice';
import { exclusionReason } from './source-label';
import { LEFT_OUT_LABELS } from './editor/LeftOutPanel';

const LEFT_OUT_KINDS = ['left', 'guest', 'notPerson', 'noWorkEmail', 'repeat', 'chosen'] as const;

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
  /** Whether the frame is the open sheet (else the launcher at the page's edge), as the page adapter sized it. */
  open: boolean;
  /** What keeps the sheet shut besides the admin: a page dialog, or a member shown in the page. */
  heldShut?: 'dialog' | 'aside' | 'no';
  /** The admin opens the sheet (false) or folds it to its launcher (true). */
  onFold(folded: boolean): void;
  onPick(id: string): void;
  onSend(): void;
  onDownload(): void;
  /** Fills the page's "+ Invite" form instead, for a handful of people. */
  onFillInvite(): void;
  /** The roster sync section, shown under the import controls once a draft is picked. */
  sync?: ComponentChildren;
  /** A drop zone that turns an HR export into a new draft, right here. */
  fileImport?: ComponentChildren;
  /** The drafts page, offered when there is no draft yet. */
  draftsUrl?: string;
  /** False while the panel has not been wholly in view long enough: sending and downloading wait. */
  ready?: boolean;
  /** The action waiting for its confirming second click (where the browser cannot tell the panel is seen). */
  confirming?: string;
}

function PlanSummary({ plan, draftUrl }: { plan: ImportPlanSummary; draftUrl?: string }) {
  return (
    <ul data-testid="import-plan" class="plan">
      <li>
        <strong data-testid="plan-to-import">{plan.toImport}</strong> {i18n.t('panel.toInvite')}
      </li>
      {plan.alreadyMembers.length > 0 && (
        <li data-testid="plan-already-members" title={plan.alreadyMembers.join('\n')}>
          {i18n.t('panel.alreadyMembers', { count: plan.alreadyMembers.length })}
        </li>
      )}
      {plan.underOtherEmail && (
        <li data-testid="plan-other-email">
          {i18n.t('panel.underOtherEmail', { count: plan.underOtherEmailCount ?? plan.underOtherEmail.length })}{' '}
          {plan.underOtherEmail.map((p) => i18n.t('panel.underOtherEmailWho', { name: p.name, email: p.email, memberEmail: p.memberEmail })).join('; ')}
          {(plan.underOtherEmailCount ?? 0) > plan.underOtherEmail.length &&
            i18n.t('panel.flaggedMore', { count: plan.underOtherEmailCount! - plan.underOtherEmail.length })}
          .
        </li>
      )}
      {plan.noted && (
        <li data-testid="plan-noted">
          {i18n.t('panel.noted', { count: plan.noted.count })}{' '}
          {plan.noted.first.map((f) => i18n.t('panel.flaggedWho', { who: f.who || i18n.t('labels.unnamedRow'), reason: exclusionReason(f) })).join('; ')}
          {plan.noted.count > plan.noted.first.length && i18n.t('panel.flaggedMore', { count: plan.noted.count - plan.noted.first.length })}.
        </li>
      )}
      {plan.invalid > 0 && <li class="error">{i18n.t('panel.invalid', { count: plan.invalid })}</li>}
      {plan.duplicates > 0 && <li>{i18n.t('panel.duplicates', { count: plan.duplicates })}</li>}
      {plan.excluded > 0 && (
        <li data-testid="plan-left-out">
          {i18n.t('panel.leftOut', {
            count: plan.excluded,
            kinds: LEFT_OUT_KINDS.filter((k) => plan.leftOutByKind?.[k]).map((k) => `${LEFT_OUT_LABELS[k]()}: ${plan.leftOutByKind![k]}`).join(', '),
          })}{' '}
          {draftUrl && (
            <a href={draftUrl} target="_blank" rel="noreferrer" data-testid="plan-left-out-review">
              {i18n.t('panel.leftOutReview')}
            </a>
          )}
        </li>
      )}
      {plan.invited > 0 && (
        <li data-testid="plan-invited">
          <strong>{plan.invited}</strong> {i18n.t('panel.invited')}
          {plan.invitedAt !== undefined && i18n.t('panel.invitedAt', { when: formatDateTime(plan.invitedAt) })}
        </li>
      )}
      <li>
        {i18n.t('panel.seatsUsed')} <strong data-testid="seats-enable">{plan.enableSeats}</strong> {i18n.t('panel.seatsEnable')}{' '}
        <strong data-testid="seats-opportunity">{plan.opportunitySeats}</strong> {i18n.t('panel.seatsOpportunity')}
      </li>
    </ul>
  );
}

function draftLabel(d: DraftSummary): string {
  const rows = i18n.t('common.rows', d.rowCount);
  return d.problems > 0 ? i18n.t('panel.draftLabelProblems', { name: d.name, rows, problems: d.problems }) : i18n.t('panel.draftLabel', { name: d.name, rows });
}

/** The slim tab at the page's edge that opens the sheet; it says how many the picked draft would invite. */
function Launcher({ plan, heldShut, onOpen }: { plan?: ImportPlanSummary; heldShut?: ImportPanelProps['heldShut']; onOpen(): void }) {
  const why = heldShut === 'dialog' ? i18n.t('panel.shutForDialog') : i18n.t('panel.open');
  return (
    <button type="button" class="launcher" aria-expanded={false} aria-controls="panel-body" data-testid="panel-toggle" title={why} aria-label={`${i18n.t('panel.title')}: ${why}`} onClick={onOpen}>
      <img src="/icon/32.png" alt="" width={20} height={20} />
      <span class="launcher-name">{i18n.t('panel.title')}</span>
      {plan && plan.toImport > 0 && <span class="launcher-count">{formatNumber(plan.toImport)}</span>}
    </button>
  );
}

/** The panel on the My Organization screen: pick a draft, see what will happen, send it. */
export function ImportPanel(props: ImportPanelProps) {
  const { drafts, draftId, plan, status, busy, open, ready = true } = props;
  const guardNote = !ready ? i18n.t('panel.gettingReady') : props.confirming ? i18n.t('panel.confirmAgain') : undefined;
  return (
    <main class={open ? 'panel' : 'panel shut'}>
      {!open && <Launcher plan={plan} heldShut={props.heldShut} onOpen={() => props.onFold(false)} />}
      <header class="panel-header" hidden={!open}>
        <h1 id="panel-title">{i18n.t('panel.title')}</h1>
        <button type="button" class="secondary" aria-expanded={open} aria-controls="panel-body" data-testid={open ? 'panel-toggle' : undefined} onClick={() => props.onFold(true)}>
          {i18n.t('panel.hide')}
        </button>
      </header>
      <div id="panel-body" class="stack panel-body" hidden={!open}>
        {drafts === undefined && <Notice kind="info">{i18n.t('common.loadingDrafts')}</Notice>}
        {drafts?.length === 0 && (
          <div class="stack" data-testid="panel-empty">
            <Notice kind="info">{i18n.t('panel.noDrafts')}</Notice>
            {props.draftsUrl && (
              <>
                <p class="muted">{i18n.t('said.panelEmpty.hint')}</p>
                <p>
                  <a class="button secondary" href={props.draftsUrl} target="_blank" rel="noreferrer" data-testid="panel-open-drafts">
                    {i18n.t('said.panelEmpty.openDrafts')}
                  </a>
                </p>
              </>
            )}
          </div>
        )}
        {drafts && drafts.length > 0 && (
          <>
            <label class="stack">
              <span>{i18n.t('panel.draftToImport')}</span>
              <select data-testid="draft-select" value={draftId} onChange={(e) => props.onPick(e.currentTarget.value)}>
                {drafts.map((d) => (
                  <option key={d.id} value={d.id}>
                    {draftLabel(d)}
                  </option>
                ))}
              </select>
            </label>
            {plan ? <PlanSummary plan={plan} draftUrl={props.draftsUrl && draftId ? `${props.draftsUrl}?draft=${encodeURIComponent(draftId)}` : undefined} /> : <Notice kind="info">{i18n.t('panel.comparing')}</Notice>}
            <div class="row">
              <button type="button" data-testid="send-to-mos" disabled={busy || !draftId || !ready} aria-describedby={guardNote ? 'panel-guard' : undefined} onClick={props.onSend}>
                {i18n.t('panel.send')}
              </button>
              <button
                type="button"
                class="secondary"
                data-testid="panel-download-csv"
                disabled={busy || !draftId || !ready}
                aria-describedby={guardNote ? 'panel-guard' : undefined}
                onClick={props.onDownload}
              >
                {i18n.t('panel.download')}
              </button>
              {plan && plan.toImport > 0 && plan.toImport <= MAX_INVITE_FORM_PEOPLE && (
                <button type="button" class="secondary" data-testid="panel-fill-invite" disabled={busy || !ready} aria-describedby={guardNote ? 'panel-guard' : undefined} onClick={props.onFillInvite}>
                  {i18n.t('panel.fillInvite')}
                </button>
              )}
            </div>
            {/* Not a live region: the panel's one status is what happened; this describes the buttons while it holds. */}
            {guardNote && (
              <p id="panel-guard" class="muted" data-testid={ready ? undefined : 'panel-getting-ready'}>
                {guardNote}
              </p>
            )}
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
