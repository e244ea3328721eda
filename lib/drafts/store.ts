import type { ColumnMapping } from '../mapping';
import type { SourceTable } from '../source-table';
import { countRows, type DraftCounts } from './counts';
import { draftRowsRange, type RosterDatabase } from './db';
import { quiet, yieldToBrowser } from './slices';
import { DEFAULT_POLICY, DEFAULT_SEATS, type Draft, type DraftDefaults, type DraftMeta, type DraftRow, type RowPolicy } from './types';

/** Rows are read and written this many at a time: each batch is a short task for the page. */
export const ROW_BATCH = 2000;

export interface NewDraft {
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

/** Adds rows in batches inside one transaction: each batch is serialised on its own, yet all or none is saved. */
async function addRowsInBatches(store: { add(row: DraftRow): Promise<unknown> }, rows: readonly DraftRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROW_BATCH) {
    const batch = rows.slice(start, start + ROW_BATCH).map((row) => quiet(store.add(row)));
    await batch.at(-1);
  }
}

/** Saves a new draft with all its rows in one transaction: it exists whole or not at all. */
export async function createDraft(db: RosterDatabase, input: NewDraft): Promise<DraftMeta> {
  const now = input.now ?? Date.now();
  const id = crypto.randomUUID();
  const rows: DraftRow[] = input.table.rows.map((cells, index) => {
    const row: DraftRow = { draftId: id, index, cells, edits: {}, excluded: false, rev: 0 };
    const preset = input.presets?.[index];
    if (preset && Object.keys(preset).length > 0) row.preset = preset;
    return row;
  });
  const meta: DraftMeta = {
    id,
    name: input.name,
    origin: input.table.origin,
    headers: input.table.headers,
    mapping: input.mapping,
    defaults: copyDefaults(input.defaults ?? DEFAULT_SEATS),
    rowCount: rows.length,
    createdAt: now,
    updatedAt: now,
    errorCount: 0,
    excludedCount: 0,
    revision: 0,
  };
  Object.assign(meta, await countRows(rows, meta, input.policy ?? DEFAULT_POLICY));
  await saveWholeDraft(db, meta, rows);
  return meta;
}

/** Writes a draft that does not exist yet, meta and rows together. */
export async function saveWholeDraft(db: RosterDatabase, meta: DraftMeta, rows: readonly DraftRow[]): Promise<void> {
  const tx = db.transaction(['drafts', 'rows'], 'readwrite');
  void quiet(tx.objectStore('drafts').add(meta));
  await addRowsInBatches(tx.objectStore('rows'), rows);
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
  const tx = db.transaction(['drafts', 'rows']);
  const [meta, rows] = await Promise.all([tx.objectStore('drafts').get(id), tx.objectStore('rows').getAll(draftRowsRange(id))]);
  await tx.done;
  return meta ? { meta, rows } : undefined;
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
  for (;;) {
    const from = rows.length === 0 ? -Infinity : rows.at(-1)!.index;
    const range = IDBKeyRange.bound([id, from], [id, Infinity], rows.length > 0, false);
    const batch = await db.getAll('rows', range, ROW_BATCH);
    rows.push(...batch);
    onProgress?.(rows.length, meta.rowCount);
    if (batch.length < ROW_BATCH) break;
    await yieldToBrowser();
  }
  // The meta may have moved on while the rows were read; the caller reconciles by revision.
  return { meta: (await db.get('drafts', id)) ?? meta, rows };
}

export async function deleteDraft(db: RosterDatabase, id: string): Promise<void> {
  const tx = db.transaction(['drafts', 'rows'], 'readwrite');
  void quiet(tx.objectStore('drafts').delete(id));
  void quiet(tx.objectStore('rows').delete(draftRowsRange(id)));
  await tx.done;
}

/** Deletes every draft and row; user_id counters stay, so no ID is ever given out twice. */
export async function deleteAllDrafts(db: RosterDatabase): Promise<number> {
  const tx = db.transaction(['drafts', 'rows'], 'readwrite');
  const count = await tx.objectStore('drafts').count();
  void quiet(tx.objectStore('drafts').clear());
  void quiet(tx.objectStore('rows').clear());
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
  if (meta.errorCount !== counts.errorCount || meta.excludedCount !== counts.excludedCount) {
    // Not a change of the admin's: the last-changed time and revision stay.
    void quiet(tx.store.put({ ...meta, ...counts }));
  }
  await tx.done;
  return true;
}

/** A copy of a draft under a new id, rows and edits included; made in one transaction, so whole or not at all. */
export async function duplicateDraft(
  db: RosterDatabase,
  id: string,
  name?: string,
  now = Date.now(),
): Promise<DraftMeta | undefined> {
  const tx = db.transaction(['drafts', 'rows'], 'readwrite');
  const drafts = tx.objectStore('drafts');
  const rowStore = tx.objectStore('rows');
  const source = await drafts.get(id);
  if (!source) {
    await tx.done;
    return undefined;
  }
  const copy: DraftMeta = {
    ...source,
    id: crypto.randomUUID(),
    name: name ?? `Copy of ${source.name}`,
    createdAt: now,
    updatedAt: now,
    revision: 0,
  };
  let copied = 0;
  let after = -Infinity;
  for (;;) {
    const batch = await rowStore.getAll(IDBKeyRange.bound([id, after], [id, Infinity], copied > 0, false), ROW_BATCH);
    const adds = batch.map((row) => quiet(rowStore.add({ ...row, draftId: copy.id, rev: 0 })));
    copied += batch.length;
    after = batch.at(-1)?.index ?? after;
    await adds.at(-1);
    if (batch.length < ROW_BATCH) break;
  }
  void quiet(drafts.add({ ...copy, rowCount: copied }));
  await tx.done;
  return { ...copy, rowCount: copied };
}
