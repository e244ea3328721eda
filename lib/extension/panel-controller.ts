import type { DraftSummary, ImportPlanSummary, PanelRequest, PanelResponse, SyncReportSummary } from '../messages';
import type { Said } from '../said';

type Ask = <R extends PanelRequest>(request: R) => Promise<PanelResponse<R['type']>>;
type Failed = { ok: false; error: string; said?: Said };
type Answered<T extends PanelRequest['type']> = Exclude<PanelResponse<T>, Failed>;

/** What last happened, as data: the panel's screen words it in the admin's language. */
export type PanelNote =
  | { kind: 'failed'; error: string; said?: Said }
  | { kind: 'sending' }
  | { kind: 'filling' }
  | { kind: 'sent'; answer: Answered<'panel/send'> }
  | { kind: 'filled'; answer: Answered<'panel/fill-invite'> }
  | { kind: 'downloaded'; answer: Answered<'panel/download'> }
  | { kind: 'newPeopleDraft'; count: number }
  | { kind: 'notOnPage'; email: string };

export interface PanelState {
  drafts?: DraftSummary[];
  draftId?: string;
  plan?: ImportPlanSummary;
  sync?: SyncReportSummary;
  note?: PanelNote;
  busy: boolean;
  /** Set after a send: how many were seen invited then, so the watch stops when more appear. */
  watching?: number;
}

export interface PanelControllerOptions {
  ask: Ask;
  /** Saves a file the background wrote for the admin. */
  saveFile(name: string, text: string): void;
  /** The name of a draft of new hires made from the draft named `from`. */
  newHiresName(from: string): string;
  /** Called after every change of state. */
  onChange(state: PanelState): void;
  /** How often, and how many times, the plan is read again after a send. */
  watchEveryMs?: number;
  watchRounds?: number;
}

const failedNote = (res: Failed): PanelNote => ({ kind: 'failed', error: res.error, said: res.said });

/**
 * The mOS panel's state and every request it makes to the background on the admin's behalf. Answers can
 * arrive out of order, so each list and comparison keeps only its latest answer.
 */
export function createPanelController(options: PanelControllerOptions) {
  const { ask } = options;
  let state: PanelState = { busy: false };
  const set = (change: Partial<PanelState>) => {
    state = { ...state, ...change };
    options.onChange(state);
  };
  let listAsked = 0;
  /** A draft just made stays the one to pick even when a later list answers first. */
  let toPick: string | undefined;
  let compareAsked = 0;
  let watchTimer: ReturnType<typeof setInterval> | undefined;

  /** Lists the drafts again, picking `pick` (a draft just made) or the newest; `keepPicked` keeps the one picked while it exists. */
  async function reloadDrafts(pick?: string, keepPicked = false): Promise<void> {
    const mine = ++listAsked;
    if (pick) toPick = pick;
    const res = await ask({ type: 'panel/list-drafts' });
    if (mine !== listAsked) return;
    if (!res.ok) return set({ note: failedNote(res) });
    const made = toPick;
    toPick = undefined;
    const picked = made ?? (keepPicked && res.drafts.some((d) => d.id === state.draftId) ? state.draftId : res.drafts[0]?.id);
    const changedDraft = picked !== state.draftId;
    set({ drafts: res.drafts, draftId: picked });
    if (changedDraft) pickChanged();
  }

  /** Compares the picked draft with the page: its plan and its sync report. */
  function compare(): Promise<void> {
    const draftId = state.draftId;
    if (!draftId) return Promise.resolve();
    const mine = ++compareAsked;
    const current = () => mine === compareAsked && draftId === state.draftId;
    const plan = ask({ type: 'panel/plan', draftId }).then((res) => {
      if (!current()) return;
      set(res.ok ? { plan: res.plan } : { note: failedNote(res) });
    });
    const sync = ask({ type: 'panel/sync', draftId }).then((res) => {
      if (!current()) return;
      set(res.ok ? { sync: res.report } : { note: failedNote(res) });
    });
    return Promise.all([plan, sync]).then(() => undefined);
  }

  function pickChanged() {
    stopWatch();
    set({ plan: undefined, sync: undefined });
    void compare();
  }

  /** Runs one request with the panel busy; the answer, or the note of its failure. */
  async function busyWith<R extends PanelRequest>(request: R, before?: PanelNote): Promise<Answered<R['type']> | undefined> {
    set({ busy: true, ...(before && { note: before }) });
    const res = await ask(request);
    set({ busy: false });
    if (!res.ok) {
      set({ note: failedNote(res as Failed) });
      return undefined;
    }
    return res as Answered<R['type']>;
  }

  function stopWatch() {
    clearInterval(watchTimer);
    watchTimer = undefined;
    if (state.watching !== undefined) set({ watching: undefined });
  }

  // After a send, the plan is read again now and then: the admin presses Import in their own time,
  // and the people then show up as invited.
  function watch(seenInvited: number) {
    stopWatch();
    const draftId = state.draftId!;
    set({ watching: seenInvited });
    let rounds = 0;
    watchTimer = setInterval(() => {
      if (++rounds > (options.watchRounds ?? 90) || draftId !== state.draftId) return stopWatch();
      void ask({ type: 'panel/plan', draftId }).then((res) => {
        if (!res.ok || draftId !== state.draftId || state.watching === undefined) return;
        set({ plan: res.plan });
        if (res.plan.invited > seenInvited) stopWatch();
      });
    }, options.watchEveryMs ?? 2000);
  }

  return {
    get state() {
      return state;
    },
    reloadDrafts,
    compare,
    pick(draftId: string) {
      if (draftId === state.draftId) return;
      set({ draftId });
      pickChanged();
    },
    async send() {
      const draftId = state.draftId;
      if (!draftId) return;
      const res = await busyWith({ type: 'panel/send', draftId }, { kind: 'sending' });
      if (!res) return;
      set({ plan: res.plan, note: { kind: 'sent', answer: res } });
      watch(res.plan.invited);
    },
    async download() {
      const draftId = state.draftId;
      if (!draftId) return;
      const res = await busyWith({ type: 'panel/download', draftId });
      if (!res) return;
      options.saveFile(res.fileName, res.csv);
      set({ note: { kind: 'downloaded', answer: res } });
    },
    async fillInvite() {
      const draftId = state.draftId;
      if (!draftId) return;
      const res = await busyWith({ type: 'panel/fill-invite', draftId }, { kind: 'filling' });
      if (res) set({ note: { kind: 'filled', answer: res } });
    },
    async addNewPeople() {
      const draftId = state.draftId;
      if (!draftId) return;
      const from = state.drafts?.find((d) => d.id === draftId)?.name;
      const res = await busyWith({ type: 'panel/sync-draft', draftId, ...(from && { name: options.newHiresName(from) }) });
      if (!res) return;
      set({ note: { kind: 'newPeopleDraft', count: res.count } });
      await reloadDrafts(res.draftId);
    },
    /** Shows a member in the page; true when the page found them. */
    async highlight(email: string): Promise<boolean> {
      const res = await ask({ type: 'panel/highlight', email });
      const found = res.ok && res.found;
      if (!found) set({ note: { kind: 'notOnPage', email } });
      return found;
    },
    saveSyncReport() {
      if (state.sync) options.saveFile('mos-roster-sync-report.csv', state.sync.csv);
    },
    stop() {
      clearInterval(watchTimer);
      compareAsked = -1;
      listAsked = -1;
    },
  };
}

export type PanelController = ReturnType<typeof createPanelController>;
