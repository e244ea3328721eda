import type { ColumnMapping } from '../mapping';
import type { RosterDatabase } from './db';
import type { DraftMeta } from './types';

/** Saves a new mapping for a draft; its rows are re-checked against it wherever they are shown. */
export async function updateDraftMapping(
  db: RosterDatabase,
  draftId: string,
  mapping: ColumnMapping,
  now = Date.now(),
): Promise<DraftMeta> {
  const tx = db.transaction('drafts', 'readwrite');
  const meta = await tx.store.get(draftId);
  if (!meta) throw new Error('This draft no longer exists.');
  const updated: DraftMeta = { ...meta, mapping, updatedAt: now };
  await tx.store.put(updated);
  await tx.done;
  return updated;
}

/** Leaves rows out of the file (or takes them back), all in one transaction. */
export async function setRowsExcluded(
  db: RosterDatabase,
  draftId: string,
  indexes: readonly number[],
  excluded: boolean,
  now = Date.now(),
): Promise<void> {
  const tx = db.transaction(['drafts', 'rows'], 'readwrite');
  const rows = tx.objectStore('rows');
  for (const index of indexes) {
    const row = await rows.get([draftId, index]);
    if (row && row.excluded !== excluded) await rows.put({ ...row, excluded });
  }
  const drafts = tx.objectStore('drafts');
  const meta = await drafts.get(draftId);
  if (meta) await drafts.put({ ...meta, updatedAt: now });
  await tx.done;
}
