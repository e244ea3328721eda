import type { ColumnMapping } from '../mapping';
import type { SourceTable } from '../sources/source-table';
import { countRows, type DraftCounts } from './counts';
import type { RosterDatabase } from './db';
import { draftNameOf } from './draft-names';
import { invitationsRange } from './invitations';
import { addChunks, baseRow, chunksOfCells, deleteRowsOf, hasWork, rangeOf, readRowRange, readRowsAt, writeNewRows } from './row-store';
import { quiet, yieldToBrowser } from './slices';
import { DEFAULT_POLICY, DEFAULT_SEATS, type Draft, type DraftDefaults, type DraftMeta, type DraftRow, type RowPolicy } from './types';

/** Rows are read and saved this many at a time: each batch is a short task for the page. */
export const ROW_BATCH = 1000;

/** A draft is opened this many rows at a time: five source chunks, a short task to read, and 50 reads for 250,000 rows. */
export const LOAD_BATCH = 5 * ROW_BATCH;

/** Drafts up to this size are counted before they are saved; bigger ones after, by the page that opens them. */
export const COUNT_AT_ONCE_LIMIT = 2000;

const DRAFT_STORES = ['drafts', 'rows', 'sources'] as const;
const DRAFT_AND_INVITATION_STORES = [...DRAFT_STORES, 'invitations', 'syncReports'] as const;

export interface NewDraft {
  /** Chosen by the caller when it must be able to remove the draft again (a cancelled import). */
  id?: string;
  name: string;
  table: SourceTable;
  mapping: ColumnMapping;
  now?: number;
  defaults?: DraftDefaults;
  /** What the title rules give each row, by position in `table.rows`. */
  presets?: ReadonlyArray<DraftRow['preset']>;
  policy?: RowPolicy;
}

function copyDefaults(defaults: DraftDefaults): DraftDefaults {
  return { ...defaults, course_enrollments: [...defaults.course_enrollments] };
}

/**
 * Counts a small draft now; marks a big one as not counted yet, so creating it stays quick (checking a
 * row takes tens of microseconds in an extension page). The editor or the draft list counts it later.
 */
export async function withCounts(meta: DraftMeta, rows: readonly DraftRow[], policy: RowPolicy): Promise<DraftMeta> {
  if (rows.length > COUNT_AT_ONCE_LIMIT) return { ...meta, errorCount: 0, excludedCount: rows.filter((r) => r.excluded).length, countsPending: true };
  return { ...meta, ...(await countRows(rows, meta, policy)) };
}

/** Saves a new draft with all its rows in one transaction: it exists whole or not at all. */
export async function createDraft(db: RosterDatabase, input: NewDraft): Promise<DraftMeta> {
  const now = input.now ?? Date.now();
  const id = input.id ?? crypto.randomUUID();
  const cells = input.table.rows;
  const blank: DraftMeta = {
    id,
    name: input.name,
    origin: input.table.origin,
    headers: input.table.headers,
    mapping: input.mapping,
    defaults: copyDefaults(input.defaults ?? DEFAULT_SEATS),
    rowCount: cells.length,
    createdAt: now,
    updatedAt: now,
    errorCount: 0,
    excludedCount: 0,
    revision: 0,
  };
  if (cells.length <= COUNT_AT_ONCE_LIMIT) {
    const rows = cells.map((cells, index) => baseRow(id, index, cells, input.presets?.[index]));
    const meta = await withCounts(blank, rows, input.policy ?? DEFAULT_POLICY);
    await saveWholeDraft(db, meta, rows);
    return meta;
  }
  // A big draft: counted later, and its rows, none worked on yet, go straight into source chunks.
  const meta: DraftMeta = { ...blank, countsPending: true };
  const tx = db.transaction(DRAFT_STORES, 'readwrite');
  void quiet(tx.objectStore('drafts').add(meta));
  await addChunks(tx, chunksOfCells(id, cells, input.presets));
  await tx.done;
  return meta;
}

/** Writes a draft that does not exist yet, meta and rows together. */
export async function saveWholeDraft(db: RosterDatabase, meta: DraftMeta, rows: readonly DraftRow[]): Promise<void> {
  const tx = db.transaction(DRAFT_STORES, 'readwrite');
  void quiet(tx.objectStore('drafts').add(meta));
  await writeNewRows(tx, meta.id, rows);
  await tx.done;
}

/** Drafts, most recently changed first. */
export async function listDrafts(db: RosterDatabase): Promise<DraftMeta[]> {
  const all = await db.getAllFromIndex('drafts', 'byUpdatedAt');
  return all.reverse();
}

export async function loadDraftMeta(db: RosterDatabase, id: string): Promise<DraftMeta | undefined> {
  return db.get('drafts', id);
}

export async function loadDraft(db: RosterDatabase, id: string): Promise<Draft | undefined> {
  const tx = db.transaction(DRAFT_STORES);
  const [meta, rows] = await Promise.all([quiet(tx.objectStore('drafts').get(id)), readRowRange(tx, id, 0, Infinity)]);
  await tx.done;
  return meta ? { meta, rows } : undefined;
}

/** Rows of a draft by index, as saved now; a missing row is left out. */
export async function loadRows(db: RosterDatabase, id: string, indexes: readonly number[]): Promise<DraftRow[]> {
  const tx = db.transaction(DRAFT_STORES);
  const rows = await readRowsAt(tx, id, indexes);
  await tx.done;
  return rows.filter((row): row is DraftRow => row !== undefined);
}

/** A draft's meta and its first LOAD_BATCH rows: enough to show it while the rest is read (loadRowRange). */
export async function loadDraftStart(db: RosterDatabase, id: string): Promise<Draft | undefined> {
  const tx = db.transaction(DRAFT_STORES);
  const [meta, rows] = await Promise.all([quiet(tx.objectStore('drafts').get(id)), readRowRange(tx, id, 0, LOAD_BATCH - 1)]);
  await tx.done;
  return meta ? { meta, rows } : undefined;
}

/** Rows from..to (inclusive) of a draft, as saved now. */
export async function loadRowRange(db: RosterDatabase, id: string, from: number, to: number): Promise<DraftRow[]> {
  const tx = db.transaction(DRAFT_STORES);
  const rows = await readRowRange(tx, id, from, to);
  await tx.done;
  return rows;
}

/**
 * Loads a draft batch by batch, yielding between batches, so a 50,000-row draft opens without
 * freezing the page. `onProgress` hears how many rows are in so far.
 */
export async function loadDraftInBatches(
  db: RosterDatabase,
  id: string,
  onProgress?: (loaded: number, total: number) => void,
): Promise<Draft | undefined> {
  const meta = await db.get('drafts', id);
  if (!meta) return undefined;
  const rows: DraftRow[] = [];
  for (let from = 0; from < meta.rowCount; from += LOAD_BATCH) {
    if (from > 0) await yieldToBrowser();
    const tx = db.transaction(DRAFT_STORES);
    for (const row of await readRowRange(tx, id, from, from + LOAD_BATCH - 1)) rows.push(row);
    await tx.done;
    onProgress?.(rows.length, meta.rowCount);
  }
  // The meta may have moved on while the rows were read; the caller reconciles by revision.
  return { meta: (await db.get('drafts', id)) ?? meta, rows };
}

export async function deleteDraft(db: RosterDatabase, id: string): Promise<void> {
  const tx = db.transaction(DRAFT_AND_INVITATION_STORES, 'readwrite');
  void quiet(tx.objectStore('invitations').delete(invitationsRange(id)));
  void quiet(tx.objectStore('syncReports').delete(id));
  void quiet(tx.objectStore('drafts').delete(id));
  deleteRowsOf(tx, id);
  await tx.done;
}

/** Deletes every draft and row; user_id counters stay, so no ID is ever given out twice. */
export async function deleteAllDrafts(db: RosterDatabase): Promise<number> {
  const tx = db.transaction(DRAFT_AND_INVITATION_STORES, 'readwrite');
  void quiet(tx.objectStore('invitations').clear());
  void quiet(tx.objectStore('syncReports').clear());
  const count = await tx.objectStore('drafts').count();
  for (const store of DRAFT_STORES) void quiet(tx.objectStore(store).clear());
  await tx.done;
  return count;
}

export type MetaChange = Partial<Pick<DraftMeta, 'name' | 'mapping' | 'defaults'>> & Partial<DraftCounts>;

/** Changes the draft's own fields (not its rows) and marks the change; undefined when the draft is gone. */
export async function updateDraftMeta(
  db: RosterDatabase,
  id: string,
  change: MetaChange,
  now = Date.now(),
): Promise<DraftMeta | undefined> {
  const tx = db.transaction('drafts', 'readwrite');
  const meta = await tx.store.get(id);
  if (!meta) return undefined;
  const next: DraftMeta = { ...meta, ...change, updatedAt: now, revision: meta.revision + 1 };
  // A new mapping or new defaults change what rows are; the page that made the change counts again.
  if (change.mapping || change.defaults) next.countsPending = true;
  void quiet(tx.store.put(next));
  await tx.done;
  return next;
}

export function renameDraft(db: RosterDatabase, id: string, name: string, now = Date.now()): Promise<DraftMeta | undefined> {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('A draft needs a name.');
  return updateDraftMeta(db, id, { name: trimmed.slice(0, 200) }, now);
}

/**
 * Stores counts worked out from the rows at `atRevision`; skipped if the draft changed since,
 * because then the counts are already stale.
 */
export async function storeDraftCounts(db: RosterDatabase, id: string, counts: DraftCounts, atRevision: number): Promise<boolean> {
  const tx = db.transaction('drafts', 'readwrite');
  const meta = await tx.store.get(id);
  if (!meta || meta.revision !== atRevision) return false;
  if (meta.countsPending || meta.errorCount !== counts.errorCount || meta.excludedCount !== counts.excludedCount) {
    // Not a change of the admin's: the last-changed time and revision stay.
    const { countsPending: _done, ...rest } = meta;
    void quiet(tx.store.put({ ...rest, ...counts }));
  }
  await tx.done;
  return true;
}

/** A copy of a draft under a new id, rows and edits included; made in one transaction, so whole or not at all. */
export async function duplicateDraft(
  db: RosterDatabase,
  id: string,
  /** The copy's name, or how to name it from the original's; "Copy of …" in English by default. */
  name?: string | ((sourceName: string) => string),
  now = Date.now(),
): Promise<DraftMeta | undefined> {
  const tx = db.transaction(DRAFT_STORES, 'readwrite');
  const source = await tx.objectStore('drafts').get(id);
  if (!source) {
    await tx.done;
    return undefined;
  }
  const copy: DraftMeta = {
    ...source,
    id: crypto.randomUUID(),
    name: typeof name === 'function' ? name(source.name) : (name ?? draftNameOf('copyOf', { name: source.name })),
    createdAt: now,
    updatedAt: now,
    revision: 0,
  };
  const [chunks, worked] = await Promise.all([
    tx.objectStore('sources').getAll(rangeOf(id)),
    tx.objectStore('rows').getAll(rangeOf(id)),
  ]);
  const writes: Array<Promise<unknown>> = [quiet(tx.objectStore('drafts').add(copy))];
  for (const chunk of chunks) writes.push(quiet(tx.objectStore('sources').add({ ...chunk, draftId: copy.id })));
  for (const row of worked) {
    const fresh = { ...row, draftId: copy.id, rev: 0 };
    if (hasWork(fresh) || chunks.length === 0) writes.push(quiet(tx.objectStore('rows').add(fresh)));
  }
  await tx.done;
  return copy;
}

/** A new draft holding some rows of another, with its mapping and seats; the rows keep their edits. */
export async function draftOfRows(
  db: RosterDatabase,
  from: Draft,
  rows: readonly DraftRow[],
  name: string,
  policy: RowPolicy = DEFAULT_POLICY,
  now = Date.now(),
): Promise<DraftMeta> {
  const id = crypto.randomUUID();
  const copied = rows.map((row, index) => ({ ...row, draftId: id, index, rev: 0 }));
  const meta = await withCounts(
    { ...from.meta, id, name, defaults: copyDefaults(from.meta.defaults), rowCount: copied.length, createdAt: now, updatedAt: now, revision: 0 },
    copied,
    policy,
  );
  await saveWholeDraft(db, meta, copied);
  return meta;
}
