import { MAX_PAGE_INVITEES } from '../../messages';
import { draftNotSaved, sayInvite } from './wording';
import type { PageMember } from '../mos-members/members';
import type { MosPageClient } from './page-client';
import { parsePastedPeople, type PasteResult } from './paste';
import { choicesOf, isBlankInvitee, normalisedEmail, type InvitePerson } from './person';
import { DEFAULT_PREFERENCES, type InvitePreferences, type InviteWork } from './preferences';
import { describeFill, type FillReport } from './report';
import {
  collectPeople,
  existingMembers,
  initialInviteState,
  inviteReducer,
  type ExistingMatch,
  type InviteAction,
  type InviteState,
} from './state';
import type { AddedToDraft, DraftTarget } from './to-draft';

export interface DraftChoice {
  id: string;
  name: string;
  rowCount: number;
}

/** Everything the popup's invite form shows. */
export interface InviteView {
  /** False until the remembered choices and any unfinished list are loaded: typing before then would be overwritten. */
  ready: boolean;
  state: InviteState;
  preferences: InvitePreferences;
  /** The page's member list (members and pending invitations); undefined until read. */
  members?: PageMember[];
  drafts: DraftChoice[];
  /** "new", or the id of the draft to add to. */
  draftTarget: string;
  busy?: 'filling' | 'saving';
  /** People already in mOS, waiting for the admin to leave them out or go on. */
  confirm?: ExistingMatch[];
  report?: FillReport;
  /** The people last put into the page's form, for "Fill again". */
  lastSent?: InvitePerson[];
  savedDraft?: { id: string; name: string };
}

export interface InviteDeps {
  page: MosPageClient;
  listDrafts(): Promise<DraftChoice[]>;
  addToDraft(target: DraftTarget, people: InvitePerson[]): Promise<AddedToDraft>;
  loadPreferences(): Promise<InvitePreferences>;
  savePreferences(update: Partial<InvitePreferences>): Promise<void>;
  loadWork(): Promise<InviteWork | undefined>;
  saveWork(work: InviteWork | undefined): Promise<void>;
}

const NEW_DRAFT = 'new';

/** A single bare address pasted into the email field is just typing; anything more is a paste to read. */
function isPlainPaste(result: PasteResult, text: string, field: string): boolean {
  if (result.people.length === 0) return true;
  const only = result.people.length === 1 ? result.people[0]! : undefined;
  return field === 'email' && only !== undefined && only.email === text.trim();
}

/**
 * The popup's invite form without the popup: it holds the view, talks to the mOS page and the
 * drafts through `deps`, and tells subscribers when the view changes.
 */
export class InviteController {
  view: InviteView = { ready: false, state: initialInviteState(), preferences: DEFAULT_PREFERENCES, drafts: [], draftTarget: NEW_DRAFT };
  private readonly listeners = new Set<(view: InviteView) => void>();

  constructor(private readonly deps: InviteDeps) {}

  subscribe(listener: (view: InviteView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<InviteView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener(this.view);
  }

  async start(): Promise<void> {
    const [preferences, work] = await Promise.all([
      this.deps.loadPreferences().catch(() => DEFAULT_PREFERENCES),
      this.deps.loadWork().catch(() => undefined),
    ]);
    let state = initialInviteState(preferences);
    if (work) state = inviteReducer(state, { type: 'restore', form: work.form, queue: work.queue });
    this.set({ ready: true, preferences, state });
    await Promise.all([this.refreshMembers(), this.refreshDrafts()]);
  }

  private async refreshMembers(): Promise<void> {
    try {
      this.set({ members: await this.deps.page.readMembers() });
    } catch {
      // Without the list the warning cannot be given early; "Invite now" reads it again.
    }
  }

  private async refreshDrafts(): Promise<void> {
    const drafts = await this.deps.listDrafts().catch(() => this.view.drafts);
    const target = drafts.some((d) => d.id === this.view.draftTarget) ? this.view.draftTarget : NEW_DRAFT;
    this.set({ drafts, draftTarget: target });
  }

  dispatch = (action: InviteAction): void => {
    const state = inviteReducer(this.view.state, action);
    this.set({ state });
    const { form, queue } = state;
    const empty = queue.length === 0 && [form.first_name, form.last_name, form.email, form.job_title].every((t) => !t.trim());
    void this.deps.saveWork(empty ? undefined : { form, queue });
  };

  /** Reads pasted text; returns false when it is ordinary typing the field should take as it is. */
  paste = (text: string, into: 'form' | 'list', field = ''): boolean => {
    const result = parsePastedPeople(text);
    if (into === 'form' && isPlainPaste(result, text, field)) return false;
    this.dispatch({ type: 'paste', result, into });
    return true;
  };

  setPressInviteMember = (on: boolean): void => {
    this.set({ preferences: { ...this.view.preferences, pressInviteMember: on } });
    void this.deps.savePreferences({ pressInviteMember: on });
  };

  setDraftTarget = (id: string): void => {
    this.set({ draftTarget: id });
  };

  private collect(): InvitePerson[] | undefined {
    const collected = collectPeople(this.view.state);
    if (collected.ok) return collected.people;
    if (collected.showErrors) this.dispatch({ type: 'show-errors' });
    this.dispatch({ type: 'notice', notice: collected.notice });
    return undefined;
  }

  private rememberChoices(): void {
    const choices = choicesOf(this.view.state.form);
    this.set({ preferences: { ...this.view.preferences, ...choices } });
    void this.deps.savePreferences(choices);
  }

  inviteNow = async (): Promise<void> => {
    const people = this.collect();
    if (!people) return;
    if (people.length > MAX_PAGE_INVITEES) {
      this.dispatch({
        type: 'notice',
        notice: { kind: 'error', ...sayInvite('tooManyForForm', { max: MAX_PAGE_INVITEES }) },
      });
      return;
    }
    this.set({ busy: 'filling', report: undefined, confirm: undefined, savedDraft: undefined });
    this.dispatch({ type: 'notice', notice: undefined });
    await this.refreshMembers();
    const existing = existingMembers(people, this.view.members ?? []);
    if (existing.length > 0) {
      this.set({ busy: undefined, confirm: existing });
      return;
    }
    await this.fill(people);
  };

  leaveOut = (email: string): void => {
    this.dispatch({ type: 'drop', emails: [normalisedEmail({ email })] });
    this.set({ confirm: this.view.confirm?.filter((match) => match.email !== email) });
  };

  /** The safe choice: everyone already in mOS leaves the list, and the rest are invited. */
  leaveOutExistingAndGoOn = async (): Promise<void> => {
    const emails = (this.view.confirm ?? []).map((match) => normalisedEmail({ email: match.email }));
    if (emails.length > 0) this.dispatch({ type: 'drop', emails });
    this.set({ confirm: undefined });
    // Everyone was already in mOS: say so, rather than asking for people who were just left out.
    if (this.view.state.queue.length === 0 && isBlankInvitee(this.view.state.form)) {
      this.dispatch({ type: 'notice', notice: { kind: 'info', ...sayInvite('nobodyLeft') } });
      return;
    }
    const people = this.collect();
    if (people && people.length > 0) await this.fill(people);
  };

  goOn = async (): Promise<void> => {
    this.set({ confirm: undefined });
    const people = this.collect();
    if (people) await this.fill(people);
  };

  cancelConfirm = (): void => {
    this.set({ confirm: undefined });
  };

  fillAgain = async (): Promise<void> => {
    if (this.view.lastSent) await this.fill(this.view.lastSent);
  };

  private async fill(people: InvitePerson[]): Promise<void> {
    this.set({ busy: 'filling', confirm: undefined, report: undefined });
    this.rememberChoices();
    const outcome = await this.deps.page.fill(people, this.view.preferences.pressInviteMember);
    const report = describeFill(outcome, people);
    if (outcome.ok && outcome.permissionOptions.length > 0) {
      this.set({ preferences: { ...this.view.preferences, permissionOptions: outcome.permissionOptions } });
      void this.deps.savePreferences({ permissionOptions: outcome.permissionOptions });
    }
    // Once the page holds everyone exactly, the people leave the list; "Fill again" can still resend them.
    if (report.complete) this.dispatch({ type: 'sent', emails: people.map((p) => p.email) });
    this.set({ busy: undefined, report, lastSent: people });
    if (outcome.ok && outcome.submitted) await this.refreshMembers();
  }

  addToDraft = async (): Promise<void> => {
    const people = this.collect();
    if (!people) return;
    const target: DraftTarget = this.view.draftTarget === NEW_DRAFT ? { kind: 'new' } : { kind: 'existing', id: this.view.draftTarget };
    this.set({ busy: 'saving', report: undefined, confirm: undefined, savedDraft: undefined });
    this.rememberChoices();
    try {
      const result = await this.deps.addToDraft(target, people);
      this.dispatch({ type: 'sent', emails: people.map((p) => p.email) });
      this.set({ busy: undefined, report: draftReport(result, people), savedDraft: { id: result.draft.id, name: result.draft.name } });
      await this.refreshDrafts();
    } catch (error) {
      this.set({
        busy: undefined,
        report: { kind: 'error', ...draftNotSaved(error), problems: [], complete: false },
      });
    }
  };
}

function draftReport(result: AddedToDraft, people: readonly InvitePerson[]): FillReport {
  const already = result.alreadyInDraft;
  const sentences = [
    result.added === 1 ? sayInvite('addedToDraftOne', { draft: result.draft.name }) : sayInvite('addedToDraft', { count: result.added, draft: result.draft.name }),
    ...(already.length === 0 ? [] : [sayInvite(already.length === 1 ? 'alreadyInDraftOne' : 'alreadyInDraft', { emails: already.join(', ') })]),
    // The import file has no permissions column: mOS gives imported people its default.
    ...(people.some((p) => p.permissions.toLowerCase() !== 'member') ? [sayInvite('noPermissionsInFile')] : []),
  ];
  return { kind: 'ok', text: sentences.map((s) => s.text).join(' '), sentences: sentences.map((s) => s.said), problems: [], complete: true };
}
