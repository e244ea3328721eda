import type { SourceTable } from '../source-table';
import type { ColumnMapping } from '../mapping';
import type { RosterDatabase } from './db';
import { DEFAULT_SEATS, type Draft, type DraftMeta, type DraftRow } from './types';

export interface NewDraft {
  name: string;
  table: SourceTable;
  mapping: ColumnMapping;
  now?: number;
}

/** Saves a new draft with all its rows in one transaction: it exists whole or not at all. */
export async function createDraft(db: RosterDatabase, input: NewDraft): Promise<DraftMeta> {
  const now = input.now ?? Date.now();
  const meta: DraftMeta = {
    id: crypto.randomUUID(),
    name: input.name,
    origin: input.table.origin,
    headers: input.table.headers,
    mapping: input.mapping,
    defaults: { ...DEFAULT_SEATS, course_enrollments: [...DEFAULT_SEATS.course_enrollments] },
    rowCount: input.table.rows.length,
    createdAt: now,
    updatedAt: now,
  };
  const tx = db.transaction(['drafts', 'rows'], 'readwrite');
  const rows = tx.objectStore('rows');
  void tx.objectStore('drafts').add(meta);
  input.table.rows.forEach((cells, index) => {
    void rows.add({ draftId: meta.id, index, cells, edits: {}, excluded: false });
  });
  await tx.done;
  return meta;
}

/** Drafts, most recently changed first. */
export async function listDrafts(db: RosterDatabase): Promise<DraftMeta[]> {
  const all = await db.getAllFromIndex('drafts', 'byUpdatedAt');
  return all.reverse();
}

export async function loadDraft(db: RosterDatabase, id: string): Promise<Draft | undefined> {
  const tx = db.transaction(['drafts', 'rows']);
  const [meta, rows] = await Promise.all([
    tx.objectStore('drafts').get(id),
    tx.objectStore('rows').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
  ]);
  await tx.done;
  return meta ? { meta, rows: rows as DraftRow[] } : undefined;
}

export async function deleteDraft(db: RosterDatabase, id: string): Promise<void> {
  const tx = db.transaction(['drafts', 'rows'], 'readwrite');
  void tx.objectStore('drafts').delete(id);
  void tx.objectStore('rows').delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
  await tx.done;
}

/** A new draft holding some rows of another, with its mapping and seats; the rows keep their edits. */
export async function draftOfRows(
  db: RosterDatabase,
  from: Draft,
  rows: readonly DraftRow[],
  name: string,
  now = Date.now(),
): Promise<DraftMeta> {
  const meta: DraftMeta = {
    ...from.meta,
    id: crypto.randomUUID(),
    name,
    defaults: { ...from.meta.defaults, course_enrollments: [...from.meta.defaults.course_enrollments] },
    rowCount: rows.length,
    createdAt: now,
    updatedAt: now,
  };
  const tx = db.transaction(['drafts', 'rows'], 'readwrite');
  void tx.objectStore('drafts').add(meta);
  const store = tx.objectStore('rows');
  rows.forEach((row, index) => void store.add({ ...row, draftId: meta.id, index }));
  await tx.done;
  return meta;
}
