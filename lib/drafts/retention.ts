import type { RosterDatabase } from './db';
import { deleteDraft } from './store';
import { announceListChange } from './tab-channel';
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
 * Deletes drafts not changed for `days` days, so rosters of personal data do not linger, and tells
 * open pages. Returns the drafts deleted.
 */
export async function deleteExpiredDrafts(db: RosterDatabase, days: number, now = Date.now()): Promise<DraftMeta[]> {
  if (!Number.isFinite(days) || days < 1) return [];
  const cutoff = now - days * DAY_MS;
  const expired = await db.getAllFromIndex('drafts', 'byUpdatedAt', IDBKeyRange.upperBound(cutoff));
  for (const meta of expired) await deleteDraft(db, meta.id);
  if (expired.length > 0) announceListChange(expired.map((meta) => meta.id));
  return expired;
}

/** The slice of the extension API the retention schedule uses. */
export interface AlarmsApi {
  alarms: {
    get(name: string): Promise<unknown>;
    create(name: string, info: { periodInMinutes: number; delayInMinutes: number }): unknown;
    onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  };
}

export const RETENTION_ALARM = 'delete-expired-drafts';
const EVERY_SIX_HOURS = 6 * 60;

/**
 * Runs retention now (the background starts with the browser) and every six hours after, so a browser
 * left open for weeks still lets old rosters go, whether or not an editor page is ever opened.
 */
export async function scheduleRetention(
  api: AlarmsApi,
  run: () => Promise<unknown>,
): Promise<void> {
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void run().catch(() => undefined);
  });
  if (!(await api.alarms.get(RETENTION_ALARM))) {
    await api.alarms.create(RETENTION_ALARM, { periodInMinutes: EVERY_SIX_HOURS, delayInMinutes: EVERY_SIX_HOURS });
  }
  await run().catch(() => undefined);
}
