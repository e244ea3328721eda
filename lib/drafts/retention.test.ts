import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRosterDb } from './db';
import { deleteExpiredDrafts, expiresAt, isExpired } from './retention';
import { createDraft, listDrafts } from './store';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 0, 31);
const table = { headers: ['Email'], rows: [['a@example.com']], origin: { kind: 'file' as const, fileName: 'x.csv', signature: 'email' } };

describe('retention', () => {
  it('deletes drafts last changed N days ago or earlier, with their rows, and keeps newer ones', async () => {
    const db = await openRosterDb(`retention-${crypto.randomUUID()}`);
    const old = await createDraft(db, { name: 'old', table, mapping: { email: 0 }, now: NOW - 31 * DAY });
    await createDraft(db, { name: 'exactly 30 days', table, mapping: { email: 0 }, now: NOW - 30 * DAY });
    await createDraft(db, { name: 'recent', table, mapping: { email: 0 }, now: NOW - 29 * DAY });
    expect((await deleteExpiredDrafts(db, 30, NOW)).sort()).toEqual(['exactly 30 days', 'old']);
    expect((await listDrafts(db)).map((d) => d.name)).toEqual(['recent']);
    expect(await db.getAllFromIndex('rows', 'byDraft', old.id)).toEqual([]);
  });

  it('follows the configured number of days', async () => {
    const db = await openRosterDb(`retention-${crypto.randomUUID()}`);
    await createDraft(db, { name: 'two days old', table, mapping: {}, now: NOW - 2 * DAY });
    expect(await deleteExpiredDrafts(db, 3, NOW)).toEqual([]);
    expect(await deleteExpiredDrafts(db, 1, NOW)).toEqual(['two days old']);
  });

  it('deletes nothing for a nonsensical number of days', async () => {
    const db = await openRosterDb(`retention-${crypto.randomUUID()}`);
    await createDraft(db, { name: 'ancient', table, mapping: {}, now: 0 });
    expect(await deleteExpiredDrafts(db, 0, NOW)).toEqual([]);
    expect(await deleteExpiredDrafts(db, Number.NaN, NOW)).toEqual([]);
  });

  it('says when a draft will go', () => {
    expect(expiresAt(NOW, 30)).toBe(NOW + 30 * DAY);
    expect(isExpired({ updatedAt: NOW - 30 * DAY }, 30, NOW)).toBe(true);
    expect(isExpired({ updatedAt: NOW - 30 * DAY + 1 }, 30, NOW)).toBe(false);
  });
});
