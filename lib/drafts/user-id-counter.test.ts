import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRosterDb } from './db';
import { raiseNextUserId, readNextUserId, userIdHistory } from './user-id-counter';
import { assignUserIds } from './user-ids';

const freshDb = () => openRosterDb(`counter-${crypto.randomUUID()}`);

describe('the user_id counter on the options page', () => {
  it('starts at 1 and follows the IDs given out', async () => {
    const db = await freshDb();
    expect(await readNextUserId(db, 'acme')).toBe(1);
    await assignUserIds(db, 'acme', ['a@example.com', 'b@example.com']);
    expect(await readNextUserId(db, 'acme')).toBe(3);
  });

  it('moves up, and the next new person gets the raised number', async () => {
    const db = await freshDb();
    expect(await raiseNextUserId(db, 'acme', 500)).toEqual({ kind: 'raised', next: 500 });
    const ids = await assignUserIds(db, 'acme', ['a@example.com']);
    expect(ids.get('a@example.com')).toBe('EXT00500');
  });

  it('never moves down, so an ID is never given twice', async () => {
    const db = await freshDb();
    await assignUserIds(db, 'acme', ['a@example.com', 'b@example.com', 'c@example.com']);
    expect(await raiseNextUserId(db, 'acme', 2)).toEqual({ kind: 'too-low', next: 4 });
    expect(await readNextUserId(db, 'acme')).toBe(4);
    expect(await raiseNextUserId(db, 'acme', 4)).toEqual({ kind: 'raised', next: 4 });
    expect(await raiseNextUserId(db, 'acme', 2.5)).toEqual({ kind: 'not-a-number' });
    expect(await raiseNextUserId(db, 'acme', 0)).toEqual({ kind: 'not-a-number' });
  });

  it('lists which IDs went out when and for which file, newest first', async () => {
    const db = await freshDb();
    await assignUserIds(db, 'acme', ['a@example.com', 'b@example.com'], 1000, 'sales-mos-import.csv');
    await assignUserIds(db, 'acme', ['c@example.com'], 2000, 'hr-mos-import.csv');
    await assignUserIds(db, 'acme', ['d@example.com'], 500);
    await assignUserIds(db, 'globex', ['z@example.com'], 3000, 'other.csv');
    expect(await userIdHistory(db, 'acme')).toEqual([
      { issuedAt: 2000, file: 'hr-mos-import.csv', first: 'EXT00003', last: 'EXT00003', count: 1 },
      { issuedAt: 1000, file: 'sales-mos-import.csv', first: 'EXT00001', last: 'EXT00002', count: 2 },
      { issuedAt: 500, first: 'EXT00004', last: 'EXT00004', count: 1 },
    ]);
  });
});
