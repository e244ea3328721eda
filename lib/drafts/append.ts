import type { MappableField } from '../mapping';
import type { RosterDatabase } from './db';
import type { DraftMeta, DraftRow } from './types';

export type RowValues = Partial<Record<MappableField, string>>;

/**
 * Adds rows that come with their mOS values rather than source cells (people typed or pasted in the
 * popup): their cells stay empty and the values are the rows' edits, which win over any mapping.
 * All rows and the draft's count are written in one transaction.
 */
export async function appendRows(db: RosterDatabase, draftId: string, rows: readonly RowValues[], now = Date.now()): Promise<DraftMeta> {
  const tx = db.transaction(['drafts', 'rows'], 'readwrite');
  const drafts = tx.objectStore('drafts');
  const store = tx.objectStore('rows');
  const meta = await drafts.get(draftId);
  if (!meta) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error('That draft no longer exists. It may have been deleted in another tab.');
  }
  const last = await store.openCursor(IDBKeyRange.bound([draftId, -Infinity], [draftId, Infinity]), 'prev');
  const start = last ? (last.value as DraftRow).index + 1 : 0;
  rows.forEach((edits, i) => {
    void store.add({ draftId, index: start + i, cells: meta.headers.map(() => ''), edits: { ...edits }, excluded: false });
  });
  const updated: DraftMeta = { ...meta, rowCount: meta.rowCount + rows.length, updatedAt: now };
  void drafts.put(updated);
  await tx.done;
  return updated;
}
