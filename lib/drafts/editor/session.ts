import { applyChanges, invertChanges, type ApplyResult, type Change, type Conflict } from '../changes';
import type { RosterDatabase } from '../db';
import { describeStorageFailure, type StorageFailure } from '../storage-errors';
import { LOAD_BATCH, loadDraftInBatches, loadDraftStart, loadRowRange, loadRows, storeDraftCounts, updateDraftMeta, type MetaChange } from '../store';
import { yieldToBrowser } from '../slices';
import { DraftChannel, type DraftEvent } from '../tab-channel';
import { DEFAULT_POLICY, type DraftMeta, type DraftRow, type RowPolicy } from '../types';
import { UndoHistory, type HistoryEntry } from './history';
import { DraftModel } from './model';

export type SessionStatus = 'loading' | 'ready' | 'missing' | 'deleted' | 'closed' | 'unreadable';

/** A change another tab made first, waiting for the admin to keep theirs or use this tab's value. */
export interface OpenConflict extends Conflict {
  id: number;
  /** What this tab was doing: "Edit Job title", "Undo: Exclude 3 rows"…, in the page's words. */
  action: string;
}

export type Step = 'undo' | 'redo';
/** How the page words undoing or redoing a step it labelled, e.g. "Undo: Edit Job title". */
export type StepWords = (step: Step, label: string) => string;
const ENGLISH_STEPS: StepWords = (step, label) => `${step === 'undo' ? 'Undo' : 'Redo'}: ${label}`;

/** What just happened by undo or in another tab, for the status line, which words it. */
export type SessionNote = { kind: 'undone' | 'redone'; label: string } | { kind: 'changedElsewhere'; rows: number };

export interface SaveFailure extends StorageFailure {
  /** The changes not saved, to try again. */
  unsaved: Change[];
  label: string;
}

export interface SessionSnapshot {
  status: SessionStatus;
  loaded: number;
  /** A big draft shows its first rows while the others are still read: bulk tools and counts wait for them. */
  loadingRows: boolean;
  saving: boolean;
  failure?: SaveFailure;
  conflicts: OpenConflict[];
  /** Other tabs with this draft open. */
  otherTabs: number;
  /** What just happened in another tab or by undo, for the status line. */
  note?: SessionNote;
  /** Why the draft could not be read, when status is 'unreadable'. */
  loadError?: string;
  undoLabel?: string;
  redoLabel?: string;
  /** Goes up with every change, so the page knows to render. */
  version: number;
}

/** Above this many rows, another tab's change is read back as the whole draft rather than row by row. */
const ROW_READ_LIMIT = 2000;

/**
 * One tab's editing session on one draft: it saves every change as it happens, keeps undo and redo,
 * hears other tabs' saves on the drafts channel and merges them, and holds back conflicting edits for
 * the admin to decide. Framework-free; the page renders its snapshot.
 */
export class EditorSession {
  model: DraftModel | undefined;
  private snap: SessionSnapshot = { status: 'loading', loaded: 0, loadingRows: false, saving: false, conflicts: [], otherTabs: 0, version: 0 };
  private listeners = new Set<() => void>();
  private history = new UndoHistory();
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private nextConflictId = 1;
  private others = new Set<string>();
  private closed = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly db: RosterDatabase,
    readonly draftId: string,
    private policy: RowPolicy = DEFAULT_POLICY,
    readonly channel = new DraftChannel(),
    private readonly stepWords: StepWords = ENGLISH_STEPS,
  ) {}

  get snapshot(): SessionSnapshot {
    return this.snap;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(change: Partial<SessionSnapshot>): void {
    this.snap = {
      ...this.snap,
      ...change,
      undoLabel: this.history.nextUndo?.label,
      redoLabel: this.history.nextRedo?.label,
      version: this.snap.version + 1,
    };
    for (const listener of this.listeners) listener();
  }

  async open(): Promise<void> {
    this.unsubscribe = this.channel.subscribe((event) => void this.onEvent(event));
    let draft;
    try {
      // The first rows go on screen at once; a big draft's others follow a batch at a time.
      draft = await loadDraftStart(this.db, this.draftId);
    } catch (error) {
      return this.update({ status: 'unreadable', loadError: describeStorageFailure(error).message });
    }
    if (this.closed) return;
    if (!draft) return this.update({ status: 'missing' });
    this.model = new DraftModel(draft, this.policy);
    this.channel.post({ type: 'hello', draftId: this.draftId });
    const more = draft.meta.rowCount > this.model.size;
    this.update({ status: 'ready', loaded: draft.rows.length, loadingRows: more });
    if (more) {
      try {
        await this.loadRest(draft.meta.rowCount);
      } catch (error) {
        return this.update({ status: 'unreadable', loadingRows: false, loadError: describeStorageFailure(error).message });
      }
      if (this.closed) return;
      this.update({ loaded: this.model.size, loadingRows: false });
    }
    // Rows added while it loaded (the popup's invitees) came with a message this tab could not take yet.
    const rowCount = Math.max(draft.meta.rowCount, this.model.meta.rowCount);
    if (rowCount > this.model.size) await this.takeAddedRows(rowCount);
    void this.checkInBackground();
  }

  /** Reads the rows after the first batch, appending each batch to the model and letting the page paint between. */
  private async loadRest(rowCount: number): Promise<void> {
    const model = this.model!;
    while (model.size < rowCount && !this.closed) {
      await yieldToBrowser();
      const before = model.size;
      model.updateRows(await loadRowRange(this.db, this.draftId, before, before + LOAD_BATCH - 1));
      // A row missing from storage would stop the rows in order here: the rest cannot be appended.
      if (model.size === before) break;
      this.update({ loaded: model.size });
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.channel.post({ type: 'bye', draftId: this.draftId });
    this.unsubscribe?.();
    this.listeners.clear();
  }

  /** The database was closed under this page (a newer version of the extension needs it). */
  markClosed(): void {
    this.update({ status: 'closed' });
  }

  /** Checks rows not yet checked, a slice at a time, then corrects the draft's stored counts if needed. */
  async checkInBackground(): Promise<void> {
    const model = this.model;
    // Counts of part of a draft must not be stored: the check starts once every row is in.
    if (!model || this.snap.loadingRows) return;
    const done = await model.checkPending(() => this.closed);
    if (this.closed) return;
    this.update({});
    if (!done) return;
    const counts = model.counts();
    if (model.meta.countsPending || counts.cannotGo !== model.meta.errorCount || counts.excluded !== model.meta.excludedCount) {
      await storeDraftCounts(this.db, this.draftId, { errorCount: counts.cannotGo, excludedCount: counts.excluded }, model.meta.revision);
    }
  }

  setPolicy(policy: RowPolicy): void {
    this.policy = policy;
    if (!this.model) return;
    this.model.setPolicy(policy);
    this.update({});
    void this.checkInBackground();
  }

  /** Saves one step of the admin's work and records it for undo. */
  apply(changes: readonly Change[], label: string): Promise<ApplyResult | undefined> {
    if (changes.length === 0) return Promise.resolve(undefined);
    return this.enqueue(async () => {
      const result = await this.save(changes, label);
      this.history.record({ label, changes: result.applied });
      return result;
    });
  }

  undo(): Promise<void> {
    return this.enqueue(async () => {
      const entry = this.history.takeUndo();
      if (!entry) return;
      const result = await this.save(invertChanges(entry.changes), entry.label, 'undo');
      if (result.failure && result.applied.length === 0) return this.history.restoreUndo(entry);
      this.history.undone({ label: entry.label, changes: invertChanges(result.applied) });
      this.update({ note: { kind: 'undone', label: entry.label } });
    });
  }

  redo(): Promise<void> {
    return this.enqueue(async () => {
      const entry = this.history.takeRedo();
      if (!entry) return;
      const result = await this.save(entry.changes, entry.label, 'redo');
      if (result.failure && result.applied.length === 0) return this.history.restoreRedo(entry);
      this.history.redone({ label: entry.label, changes: result.applied });
      this.update({ note: { kind: 'redone', label: entry.label } });
    });
  }

  /** The admin chose this tab's value over the other tab's. */
  useMine(conflictId: number): Promise<void> {
    const conflict = this.snap.conflicts.find((c) => c.id === conflictId);
    if (!conflict) return Promise.resolve();
    this.dropConflict(conflictId);
    const change = { ...conflict.change, from: conflict.theirs } as Change;
    return this.apply([change], 'Use my value').then(() => undefined);
  }

  /** The admin keeps the other tab's value: nothing to save. */
  keepTheirs(conflictId: number): void {
    this.dropConflict(conflictId);
  }

  /**
   * Changes the draft's own fields, such as its column mapping; every row is checked again and other tabs
   * are told. Not an undo step: it is a setting of the draft, not an edit of its rows.
   */
  updateMeta(change: MetaChange): Promise<void> {
    return this.enqueue(async () => {
      try {
        const meta = await updateDraftMeta(this.db, this.draftId, change);
        if (!meta) return this.update({ status: 'deleted' });
        this.model?.setMeta(meta);
        this.channel.post({ type: 'meta', draftId: this.draftId, revision: meta.revision });
        this.update({});
        void this.checkInBackground();
      } catch (error) {
        this.update({ failure: { ...describeStorageFailure(error), unsaved: [], label: 'Change the draft' } });
      }
    });
  }

  /** Tries the changes that could not be saved again, e.g. after freeing disk space. */
  retry(): Promise<void> {
    const failure = this.snap.failure;
    if (!failure) return Promise.resolve();
    this.update({ failure: undefined });
    return this.apply(failure.unsaved, failure.label).then(() => undefined);
  }

  dismissFailure(): void {
    this.update({ failure: undefined });
  }

  private dropConflict(id: number): void {
    this.update({ conflicts: this.snap.conflicts.filter((c) => c.id !== id) });
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    this.pending++;
    this.update({ saving: true });
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run.finally(() => {
      this.pending--;
      this.update({ saving: this.pending > 0 });
    });
  }

  private async save(changes: readonly Change[], label: string, step?: Step): Promise<ApplyResult> {
    // An undo tried again is recorded as one, so undoing it names what it does.
    const action = step ? this.stepWords(step, label) : label;
    const result = await applyChanges(this.db, this.draftId, changes, { policy: this.policy });
    const model = this.model;
    if (model) {
      model.updateRows(result.rows);
      if (result.meta) model.setMeta(result.meta);
    }
    if (result.rows.length > 0 && result.meta) {
      this.channel.post({
        type: 'rows',
        draftId: this.draftId,
        indexes: result.rows.map((r) => r.index),
        revs: result.rows.map((r) => r.rev),
        revision: result.meta.revision,
      });
    }
    const conflicts = result.conflicts.map((c) => ({ ...c, id: this.nextConflictId++, action }));
    const change: Partial<SessionSnapshot> = { conflicts: [...this.snap.conflicts, ...conflicts], note: undefined };
    if (result.failure) {
      const settled = new Set<Change>([...result.applied, ...result.unchanged, ...result.conflicts.map((c) => c.change)]);
      change.failure = { ...result.failure, unsaved: changes.filter((c) => !settled.has(c)), label: action };
      if (result.failure.kind === 'gone') change.status = 'deleted';
      if (result.failure.kind === 'closed') change.status = 'closed';
    }
    this.update(change);
    if (model && model.counts().unchecked > 0) void this.checkInBackground();
    return result;
  }

  private async onEvent(event: DraftEvent): Promise<void> {
    if (this.closed) return;
    if (event.type === 'list') {
      if (event.deleted.includes(this.draftId)) this.update({ status: 'deleted' });
      return;
    }
    if (event.draftId !== this.draftId) return;
    switch (event.type) {
      case 'hello':
        this.others.add(event.from);
        this.channel.post({ type: 'here', draftId: this.draftId });
        return this.update({ otherTabs: this.others.size });
      case 'here':
        this.others.add(event.from);
        return this.update({ otherTabs: this.others.size });
      case 'bye':
        this.others.delete(event.from);
        return this.update({ otherTabs: this.others.size });
      case 'meta':
        await this.reloadMeta();
        return;
      case 'rows':
        this.others.add(event.from);
        return this.takeRemoteRows(event.indexes, event.revs);
    }
  }

  private async reloadMeta(): Promise<DraftMeta | undefined> {
    const meta = await this.db.get('drafts', this.draftId);
    if (!meta) {
      this.update({ status: 'deleted' });
      return undefined;
    }
    if (this.model && meta.revision >= this.model.meta.revision) {
      // Rows added elsewhere (the popup's invitees) arrive with the meta that counts them.
      const added = await this.takeAddedRows(meta.rowCount);
      // A save of this tab may have landed meanwhile: never go back to an older meta.
      if (meta.revision < this.model.meta.revision) return meta;
      this.model.setMeta(meta);
      this.update({});
      // New rows leave the stored counts to correct, even when they were all checked at once.
      if (added > 0 || this.model.counts().unchecked > 0) void this.checkInBackground();
    }
    return meta;
  }

  /** Reads the rows after the last this tab has, up to `rowCount`; returns how many it took in. */
  private async takeAddedRows(rowCount: number): Promise<number> {
    const model = this.model;
    // While the draft's rows are still read, the loading takes added rows too.
    if (!model || rowCount <= model.size || this.snap.loadingRows) return 0;
    const added = Array.from({ length: rowCount - model.size }, (_, i) => model.size + i);
    const rows = (await this.readRows(added)).sort((a, b) => a.index - b.index);
    const taken = model.updateRows(rows).length;
    if (taken > 0) this.update({});
    return taken;
  }

  private async takeRemoteRows(indexes: readonly number[], revs: readonly number[]): Promise<void> {
    const model = this.model;
    if (!model) return;
    // Rows this tab does not have yet come in order with the meta that counts them (reloadMeta).
    const stale = indexes.filter((index, i) => model.posOf(index) !== undefined && (model.stateOfIndex(index)?.row.rev ?? -1) < revs[i]!);
    if (stale.length === 0) return;
    const rows = stale.length > ROW_READ_LIMIT ? await this.readAllRows() : await this.readRows(stale);
    const changed = model.updateRows(rows);
    await this.reloadMeta();
    this.update({
      otherTabs: this.others.size,
      note: changed.length > 0 ? { kind: 'changedElsewhere', rows: changed.length } : undefined,
    });
  }

  /** After this tab slept (its messages may have been missed), takes in whatever changed meanwhile. */
  async catchUp(): Promise<void> {
    const model = this.model;
    if (!model || this.closed) return;
    const meta = await this.db.get('drafts', this.draftId);
    if (!meta) return this.update({ status: 'deleted' });
    if (meta.revision === model.meta.revision) return;
    model.updateRows(await this.readAllRows());
    model.setMeta(meta);
    this.update({});
    void this.checkInBackground();
  }

  private readRows(indexes: readonly number[]): Promise<DraftRow[]> {
    return loadRows(this.db, this.draftId, indexes);
  }

  private async readAllRows(): Promise<DraftRow[]> {
    return (await loadDraftInBatches(this.db, this.draftId))?.rows ?? [];
  }

  /** For tests and the page: waits until every queued save has finished. */
  whenIdle(): Promise<unknown> {
    return this.queue;
  }
}

export type { HistoryEntry };
