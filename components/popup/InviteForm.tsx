import { i18n } from '#i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { InviteView } from '@/lib/sources/invite/controller';
import { PERMISSION_CHOICES, isBlankInvitee, normalisedEmail, type FieldErrors, type InviteField } from '@/lib/sources/invite/person';
import { checkForm, checkQueue, describeStatus, describeStatusSaid, type InviteAction } from '@/lib/sources/invite/state';
import { MAX_PAGE_INVITEES } from '@/lib/messages';
import type { PageMember } from '@/lib/sources/mos-members/members';
import { say } from '../format';
import { Notice } from '../Notice';
import { ExistingWarning } from './ExistingWarning';
import { FillReport } from './FillReport';
import { InviteQueue } from './InviteQueue';
import { PersonFields } from './PersonFields';
import './popup.css';

/** What the invite form can ask for; the controller in lib/sources/invite provides it. */
export interface InviteActions {
  dispatch(action: InviteAction): void;
  paste(text: string, into: 'form' | 'list', field?: string): boolean;
  setPressInviteMember(on: boolean): void;
  setDraftTarget(id: string): void;
  inviteNow(): void;
  leaveOut(email: string): void;
  leaveOutExistingAndGoOn(): void;
  goOn(): void;
  cancelConfirm(): void;
  fillAgain(): void;
  addToDraft(): void;
}

export interface InviteFormProps {
  view: InviteView;
  actions: InviteActions;
  editorUrl(draftId?: string): string;
}

/** Import CSV is quicker beyond this many people. */
const HANDFUL = 10;

function visibleErrors(view: InviteView): FieldErrors {
  const { errors, errorsSaid } = checkForm(view.state);
  const shown: FieldErrors = {};
  for (const [field, message] of Object.entries(errors) as [InviteField, string][]) {
    if (view.state.showAllErrors || view.state.touched[field]) shown[field] = say(message, errorsSaid?.[field]);
  }
  return shown;
}

function memberWith(email: string, members: readonly PageMember[] | undefined): PageMember | undefined {
  const wanted = normalisedEmail({ email });
  return wanted ? members?.find((m) => m.email === wanted) : undefined;
}

function existingNote(email: string, members: readonly PageMember[] | undefined): string | undefined {
  const member = memberWith(email, members);
  return member ? i18n.t('popup.invite.existingNote', { name: member.name || i18n.t('popup.invite.thisPerson'), status: say(describeStatus(member), describeStatusSaid(member)) }) : undefined;
}

function PasteBox({ onPaste }: { onPaste(text: string): void }) {
  const [text, setText] = useState('');
  return (
    <details class="paste">
      <summary>{i18n.t('popup.invite.pasteTitle')}</summary>
      <p class="muted small">
        {i18n.t('popup.invite.pasteHintBefore')} <code>Jane Doe &lt;jane.doe@acme.com&gt;, Engineer II</code>
        {i18n.t('popup.invite.pasteHintAfter')}
      </p>
      <textarea
        data-testid="paste-people"
        aria-label={i18n.t('popup.invite.pasteLabel')}
        rows={4}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button
        type="button"
        class="secondary small"
        data-testid="add-pasted"
        disabled={!text.trim()}
        onClick={() => {
          onPaste(text);
          setText('');
        }}
      >
        {i18n.t('popup.invite.addPasted')}
      </button>
    </details>
  );
}

/** The popup on the mOS My Organization screen: type or paste people, then fill the page's "+ Invite" form. */
export function InviteForm({ view, actions, editorUrl }: InviteFormProps) {
  const { state, preferences, busy, confirm, report, drafts, draftTarget } = view;
  const queued = useMemo(() => {
    const checks = checkQueue(state);
    const members = new Map(view.members?.map((m) => [m.email, m]));
    return state.queue.map((values, i) => {
      const member = members.get(normalisedEmail(values));
      const [field, problem] = (Object.entries(checks[i]!.errors) as [InviteField, string][])[0] ?? [];
      return { values, problem: field && problem !== undefined ? say(problem, checks[i]!.errorsSaid?.[field]) : undefined, existing: member && say(describeStatus(member), describeStatusSaid(member)) };
    });
  }, [state.queue, view.members]);
  const count = state.queue.length + (isBlankInvitee(state.form) ? 0 : 1);
  const formRef = useRef<HTMLFormElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The outcome shows at the top of the one scroll area: bring it into view.
    if (report) scrollRef.current?.scrollTo({ top: 0 });
  }, [report]);
  const queueLength = useRef(state.queue.length);
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('[name=first_name]')?.focus();
  }, []);
  useEffect(() => {
    // After "Add to list", the next person starts at First name.
    if (state.queue.length > queueLength.current && isBlankInvitee(state.form)) {
      formRef.current?.querySelector<HTMLInputElement>('[name=first_name]')?.focus();
    }
    queueLength.current = state.queue.length;
  }, [state.queue.length]);
  const permissionChoices = [...new Set([...preferences.permissionOptions, ...PERMISSION_CHOICES])];
  const onPaste = (e: ClipboardEvent) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text && actions.paste(text, 'form', (e.target as HTMLInputElement).name)) e.preventDefault();
  };

  const onRemove = (index: number) => {
    // While the "already in mOS" choice is open, removing one of them also takes them off that choice.
    const email = state.queue[index]?.email;
    if (confirm && email && confirm.some((m) => normalisedEmail(m) === normalisedEmail({ email }))) actions.leaveOut(email);
    else actions.dispatch({ type: 'remove', index });
  };

  return (
    <section class="invite popup-pane" data-testid="invite-form" aria-busy={busy ? 'true' : undefined}>
      <div class="popup-scroll stack" ref={scrollRef}>
        {report && (
          <FillReport
            report={report}
            canFillAgain={Boolean(view.lastSent) && !view.savedDraft && !busy}
            onFillAgain={actions.fillAgain}
            draftLink={view.savedDraft ? { href: editorUrl(view.savedDraft.id), name: view.savedDraft.name } : undefined}
          />
        )}
        <form
          ref={formRef}
          class="person stack"
          aria-label={i18n.t('popup.invite.personLabel')}
          onPaste={onPaste}
          onSubmit={(e) => {
            e.preventDefault();
            actions.dispatch({ type: 'add-member' });
          }}
        >
          <PersonFields
            values={state.form}
            errors={visibleErrors(view)}
            emailNote={existingNote(state.form.email, view.members)}
            permissionChoices={permissionChoices}
            onChange={(field, value) => actions.dispatch({ type: 'set', field, value })}
            onBlur={(field) => actions.dispatch({ type: 'touch', field })}
          />
          <button type="submit" class="secondary" data-testid="add-member" disabled={Boolean(busy)}>
            {i18n.t('popup.invite.addMember')}
          </button>
        </form>
        <PasteBox onPaste={(text) => actions.paste(text, 'list')} />
        {state.notice && (
          <div data-testid="invite-notice">
            <Notice kind={state.notice.kind}>{say(state.notice.text, state.notice.said)}</Notice>
            {state.notice.details && state.notice.details.length > 0 && (
              <ul class="small muted">
                {state.notice.details.map((line, i) => (
                  <li key={line}>{say(line, state.notice?.detailsSaid?.[i])}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <InviteQueue
          people={queued}
          canEdit={isBlankInvitee(state.form) && !busy}
          onEdit={(index) => actions.dispatch({ type: 'edit', index })}
          onRemove={onRemove}
        />
        {count > HANDFUL && (
          <p class="small muted">
            {count > MAX_PAGE_INVITEES
              ? i18n.t('popup.invite.manyToDraft', { handful: HANDFUL })
              : i18n.t('popup.invite.manyOrHere', { handful: HANDFUL })}
          </p>
        )}
        <p class="small">
          <a href={editorUrl()} target="_blank" rel="noreferrer">
            {i18n.t('popup.invite.openDrafts')}
          </a>
        </p>
      </div>
      <div class="popup-footer stack">
        {confirm ? (
          <ExistingWarning
            matches={confirm}
            nobodyElse={confirm.length >= count}
            onLeaveOutAll={actions.leaveOutExistingAndGoOn}
            onGoOn={actions.goOn}
            onCancel={actions.cancelConfirm}
          />
        ) : (
          <>
            <button type="button" class="main-action" data-testid="invite-now" disabled={Boolean(busy)} onClick={actions.inviteNow}>
              {busy === 'filling' ? i18n.t('popup.invite.filling') : count > 1 ? i18n.t('popup.invite.inviteNowMany', { count }) : i18n.t('popup.invite.inviteNow')}
            </button>
            <label class="choice small">
              <input
                type="checkbox"
                data-testid="press-invite-member"
                checked={preferences.pressInviteMember}
                onChange={(e) => actions.setPressInviteMember(e.currentTarget.checked)}
              />
              <span>{i18n.t('popup.invite.pressForMe')}</span>
            </label>
            <div class="row draft-row">
              <label class="visually-hidden" for="draft-target">
                {i18n.t('popup.invite.draftTarget')}
              </label>
              <select id="draft-target" data-testid="draft-target" value={draftTarget} onChange={(e) => actions.setDraftTarget(e.currentTarget.value)}>
                <option value="new">{i18n.t('popup.invite.newDraft')}</option>
                {drafts.map((draft) => (
                  <option key={draft.id} value={draft.id}>
                    {draft.name} ({i18n.t('popup.rows', draft.rowCount)})
                  </option>
                ))}
              </select>
              <button type="button" class="secondary small" data-testid="add-to-draft" disabled={Boolean(busy)} onClick={actions.addToDraft}>
                {busy === 'saving' ? i18n.t('popup.invite.saving') : i18n.t('popup.invite.addToDraft')}
              </button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
