import type { RosterDatabase } from './db';
import { deleteDraft } from './store';
import type { DraftMeta } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a draft last changed at `updatedAt` will be deleted under a retention of `days`. */
export function expiresAt(updatedAt: number, days: number): number {
  return updatedAt + days * DAY_MS;
}

export function isExpired(meta: Pick<DraftMeta, 'updatedAt'>, days: number, now = Date.now()): boolean {
  return expiresAt(meta.updatedAt, days) <= now;
}

/**
 * Deletes drafts not changed for `days` days, so rosters of personal data do not linger.
 * Returns the names of the drafts deleted.
 */
export async function deleteExpiredDrafts(db: RosterDatabase, days: number, now = Date.now()): Promise<string[]> {
  if (!Number.isFinite(days) || days < 1) return [];
  const cutoff = now - days * DAY_MS;
  const expired = await db.getAllFromIndex('drafts', 'byUpdatedAt', IDBKeyRange.upperBound(cutoff));
  for (const meta of expired) await deleteDraft(db, meta.id);
  return expired.map((meta) => meta.name);
}
