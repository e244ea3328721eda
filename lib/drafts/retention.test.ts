import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { draftRowsRange, openRosterDb } from './db';
import { RETENTION_ALARM, deleteExpiredDrafts, expiresAt, isExpired, scheduleRetention } from './retention';
import { DraftChannel } from './tab-channel';
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
    const heard: string[][] = [];
    const listener = new DraftChannel();
    listener.subscribe((event) => event.type === 'list' && heard.push(event.deleted));
    const deleted = await deleteExpiredDrafts(db, 30, NOW);
    expect(deleted.map((d) => d.name).sort()).toEqual(['exactly 30 days', 'old']);
    await vi.waitFor(() => expect(heard).toEqual([deleted.map((d) => d.id)]));
    listener.close();
    expect((await listDrafts(db)).map((d) => d.name)).toEqual(['recent']);
    expect(await db.getAll('sources', draftRowsRange(old.id))).toEqual([]);
  });

  it('follows the configured number of days', async () => {
    const db = await openRosterDb(`retention-${crypto.randomUUID()}`);
    await createDraft(db, { name: 'two days old', table, mapping: {}, now: NOW - 2 * DAY });
    expect(await deleteExpiredDrafts(db, 3, NOW)).toEqual([]);
    expect((await deleteExpiredDrafts(db, 1, NOW)).map((d) => d.name)).toEqual(['two days old']);
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

describe('scheduleRetention', () => {
  function fakeAlarms(existing?: object) {
    const listeners: Array<(alarm: { name: string }) => void> = [];
    const created: Array<[string, object]> = [];
    return {
      created,
      fire: (name: string) => listeners.forEach((l) => l({ name })),
      api: {
        alarms: {
          get: async () => existing,
          create: (name: string, info: object) => void created.push([name, info]),
          onAlarm: { addListener: (l: (alarm: { name: string }) => void) => void listeners.push(l) },
        },
      },
    };
  }

  it('runs at once, sets a six-hourly alarm, and runs again when it rings', async () => {
    const alarms = fakeAlarms();
    const run = vi.fn(async () => undefined);
    await scheduleRetention(alarms.api, run);
    expect(run).toHaveBeenCalledTimes(1);
    expect(alarms.created).toEqual([[RETENTION_ALARM, { periodInMinutes: 360, delayInMinutes: 360 }]]);
    alarms.fire('something-else');
    alarms.fire(RETENTION_ALARM);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('keeps an alarm that already exists, and survives a failing run', async () => {
    const alarms = fakeAlarms({ name: RETENTION_ALARM });
    await scheduleRetention(alarms.api, async () => {
      throw new Error('db closed');
    });
    expect(alarms.created).toEqual([]);
  });
});
