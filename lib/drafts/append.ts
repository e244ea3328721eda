import type { MappableField } from '../mapping';
import type { RosterDatabase } from './db';
import { draftGoneError } from './job-wording';
import type { DraftMeta, DraftRow } from './types';

export type RowEdits = Partial<Record<MappableField, string>>;

/**
 * Adds rows that come with their mOS values rather than source cells (people typed or pasted in the
 * popup): their cells stay empty and the values are the rows' edits, which win over any mapping.
 * All rows and the draft's count are written in one transaction.
 */
export async function appendRows(db: RosterDatabase, draftId: string, rows: readonly RowEdits[], now = Date.now()): Promise<DraftMeta> {
  const tx = db.transaction(['drafts', 'rows'], 'readwrite');
  const drafts = tx.objectStore('drafts');
  const store = tx.objectStore('rows');
  const meta = await drafts.get(draftId);
  if (!meta) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw draftGoneError();
  }
  // Source rows live in chunks; the new ones are row records after the last source row.
  const start = meta.rowCount;
  rows.forEach((edits, i) => {
    const row: DraftRow = { draftId, index: start + i, cells: meta.headers.map(() => ''), edits: { ...edits }, excluded: false, rev: 0 };
    void store.add(row);
  });
  const updated: DraftMeta = {
    ...meta,
    rowCount: meta.rowCount + rows.length,
    updatedAt: now,
    revision: meta.revision + 1,
    // The page that shows the draft counts the new rows' errors.
    countsPending: true,
  };
  void drafts.put(updated);
  await tx.done;
  return updated;
}
