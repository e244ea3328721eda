import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openRosterDb } from './db';

describe('openRosterDb', () => {
  it('creates every store and index at the current version', async () => {
    const name = `db-test-${crypto.randomUUID()}`;
    const db = await openRosterDb(name);
    expect(db.name).toBe(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'orgs', 'rows', 'userIds']);
    const tx = db.transaction(['drafts', 'rows', 'orgs', 'userIds']);
    expect([...tx.objectStore('drafts').indexNames]).toEqual(['byUpdatedAt']);
    expect([...tx.objectStore('rows').indexNames]).toEqual(['byDraft']);
    expect([...tx.objectStore('userIds').indexNames]).toEqual(['byOrg']);
    expect(tx.objectStore('rows').keyPath).toEqual(['draftId', 'index']);
    expect(tx.objectStore('userIds').keyPath).toEqual(['orgKey', 'email']);
    await tx.done;
    db.close();
  });

  it('opens an existing database again without losing data', async () => {
    const name = `db-test-${crypto.randomUUID()}`;
    const first = await openRosterDb(name);
    await first.put('orgs', { orgKey: 'acme', lastIssued: 7 });
    first.close();
    const second = await openRosterDb(name);
    expect(await second.get('orgs', 'acme')).toEqual({ orgKey: 'acme', lastIssued: 7 });
    second.close();
  });

  it('uses roster-sync as the default name', () => {
    expect(DB_NAME).toBe('roster-sync');
  });
});
