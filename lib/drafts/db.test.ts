import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, MIGRATIONS, openRosterDb } from './db';
import { V1_DRAFTS, V1_ROWS, seedV1Database } from './fixtures/v1';
import { loadDraft } from './store';
import { userIdHistory } from './user-id-counter';
import { assignUserIds, ledgerChunkOf, ledgerEntries } from './user-ids';

const uniqueName = () => `db-test-${crypto.randomUUID()}`;

describe('openRosterDb', () => {
  it('creates every store and index at the current version', async () => {
    const name = uniqueName();
    const db = await openRosterDb(name);
    expect(db.name).toBe(name);
    expect(db.version).toBe(DB_VERSION);
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['crawlRows', 'crawls', 'drafts', 'invitations', 'orgs', 'rows', 'sources', 'syncReports', 'userIdChunks']);
    const tx = db.transaction(['drafts', 'rows', 'sources', 'orgs', 'userIdChunks']);
    expect([...tx.objectStore('drafts').indexNames]).toEqual(['byUpdatedAt']);
    expect([...tx.objectStore('rows').indexNames]).toEqual(['byDraft']);
    expect(tx.objectStore('rows').keyPath).toEqual(['draftId', 'index']);
    expect(tx.objectStore('sources').keyPath).toEqual(['draftId', 'chunk']);
    expect(tx.objectStore('userIdChunks').keyPath).toEqual(['orgKey', 'chunk']);
    await tx.done;
    db.close();
  });

  it('opens an existing database again without losing data', async () => {
    const name = uniqueName();
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

  it('closes itself for a newer version instead of blocking its upgrade, and says so', async () => {
    const name = uniqueName();
    let closed = 0;
    await openRosterDb(name, { onClosedForUpgrade: () => closed++ });
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(closed).toBe(1);
    newer.close();
  });
});

describe('an upgrade blocked by an older copy holding the database open', () => {
  it('says so, waits, and upgrades with every draft once the older copy lets go', async () => {
    const name = uniqueName();
    await seedV1Database(name);
    // An old tab that never lets go: a raw version 1 connection with no versionchange handler.
    const old = await openDB(name, 1);
    let blocked = 0;
    let opened = false;
    const upgrading = openRosterDb(name, { onBlocked: () => blocked++ }).then((db) => ((opened = true), db));
    await new Promise((r) => setTimeout(r, 50));
    expect(blocked).toBe(1);
    expect(opened).toBe(false);
    old.close();
    const db = await upgrading;
    expect(db.version).toBe(DB_VERSION);
    expect((await db.getAll('drafts')).map((d) => d.id).sort()).toEqual(V1_DRAFTS.map((d) => d.id).sort());
    db.close();
  });
});

describe('migration from version 1', () => {
  it('keeps every draft, row, counter and issued user_id', async () => {
    const name = uniqueName();
    await seedV1Database(name);
    const db = await openRosterDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('invitations')).toBe(true);
    const drafts = await db.getAll('drafts');
    expect(drafts.map((d) => d.id).sort()).toEqual(V1_DRAFTS.map((d) => d.id).sort());
    for (const old of V1_DRAFTS) expect(await db.get('drafts', old.id)).toMatchObject(old);
    const rows = await db.getAll('rows');
    expect(rows.map(({ rev: _rev, ...v1 }) => v1)).toEqual(
      [...V1_ROWS].sort((a, b) => a.draftId.localeCompare(b.draftId) || a.index - b.index),
    );
    expect(await db.get('orgs', 'default')).toEqual({ orgKey: 'default', lastIssued: 3 });
    const jane = await db.get('userIdChunks', ['default', ledgerChunkOf('jane@example.com')]);
    expect(jane).toMatchObject({ orgKey: 'default', chunk: ledgerChunkOf('jane@example.com') });
    expect(ledgerEntries(jane!)).toEqual([['jane@example.com', 'EXT00003', 5]]);
    db.close();
  });

  it('adds an empty store for source chunks; version 1 rows stay row records and load as before', async () => {
    const name = uniqueName();
    await seedV1Database(name);
    const db = await openRosterDb(name);
    expect(await db.count('sources')).toBe(0);
    const draft = await loadDraft(db, 'draft-october');
    expect(draft?.rows.map((r) => r.cells[2])).toEqual(['jane@example.com', 'john-at-example', 'nope', 'also-bad']);
    expect(draft?.rows[1]?.edits).toEqual({ email: 'john@example.com' });
    db.close();
  });

  it('gives every row revision 0', async () => {
    const name = uniqueName();
    await seedV1Database(name);
    const db = await openRosterDb(name);
    expect((await db.getAll('rows')).map((r) => r.rev)).toEqual(V1_ROWS.map(() => 0));
    db.close();
  });

  it('counts each draft’s errors and excluded rows, leaving excluded errors out', async () => {
    const name = uniqueName();
    await seedV1Database(name);
    const db = await openRosterDb(name);
    expect(await db.get('drafts', 'draft-october')).toMatchObject({ errorCount: 1, excludedCount: 1, revision: 0 });
    expect(await db.get('drafts', 'draft-people-page')).toMatchObject({ errorCount: 0, excludedCount: 0, revision: 0 });
    db.close();
  });

  it('keeps the last-changed time, so retention still counts from the admin’s last change', async () => {
    const name = uniqueName();
    await seedV1Database(name);
    const db = await openRosterDb(name);
    expect((await db.get('drafts', 'draft-october'))?.updatedAt).toBe(V1_DRAFTS[0]!.updatedAt);
    db.close();
  });

  it('upgrades an empty version 1 database', async () => {
    const name = uniqueName();
    (await openDB(name, 1, { upgrade: (v1) => MIGRATIONS[0]!(v1 as never, undefined as never) })).close();
    const db = await openRosterDb(name);
    expect(await db.getAll('drafts')).toEqual([]);
    db.close();
  });
});

describe('migration from version 3', () => {
  it('adds empty stores for exports under way and keeps every draft and its rows', async () => {
    const name = uniqueName();
    await seedV1Database(name);
    // A version 3 database as the previous release left it: the first three migrations, nothing more.
    (await openDB(name, 3, { upgrade: async (db, old, _new, tx) => { for (let v = old; v < 3; v++) await MIGRATIONS[v]!(db as never, tx as never); } })).close();
    const v3 = await openDB(name, 3);
    const draftsBefore = await v3.getAll('drafts');
    const rowsBefore = await v3.getAll('rows');
    expect(v3.objectStoreNames.contains('crawls')).toBe(false);
    v3.close();
    const db = await openRosterDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('crawls')).toEqual([]);
    expect(await db.getAll('crawlRows')).toEqual([]);
    expect(await db.getAll('drafts')).toEqual(draftsBefore);
    expect(await db.getAll('rows')).toEqual(rowsBefore);
    expect(draftsBefore.length).toBe(V1_DRAFTS.length);
    db.close();
  });
});

describe('migration from version 4', () => {
  /** A version 4 database as the previous release left it, with people given IDs one record each. */
  async function seedV4(name: string, people: { orgKey: string; email: string; userId: string; issuedAt: number; file?: string }[]) {
    await seedV1Database(name);
    const v4 = await openDB(name, 4, { upgrade: async (db, old, _new, tx) => { for (let v = old; v < 4; v++) await MIGRATIONS[v]!(db as never, tx as never); } });
    const tx = v4.transaction(['orgs', 'userIds'], 'readwrite');
    void tx.objectStore('orgs').put({ orgKey: 'acme', lastIssued: 1500 });
    void tx.objectStore('orgs').put({ orgKey: 'globex', lastIssued: 2 });
    for (const person of people) void tx.objectStore('userIds').put(person);
    await tx.done;
    v4.close();
  }

  const acme = Array.from({ length: 1200 }, (_, i) => ({
    orgKey: 'acme',
    email: `p${i}@example.com`,
    userId: `EXT${String(i + 1).padStart(5, '0')}`,
    issuedAt: i < 1000 ? 100 : 200,
    ...(i >= 1000 && { file: 'hr-mos-import.csv' }),
  }));
  const globex = [
    { orgKey: 'globex', email: 'p0@example.com', userId: 'EXT00001', issuedAt: 300, file: 'globex.csv' },
    { orgKey: 'globex', email: 'x@example.com', userId: 'EXT00002', issuedAt: 300, file: 'globex.csv' },
  ];

  it('moves every person into the chunked ledger with their ID, time and file, and keeps the counters', async () => {
    const name = uniqueName();
    await seedV4(name, [...acme, ...globex]);
    const db = await openRosterDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('userIds')).toBe(false);
    expect(await db.get('orgs', 'acme')).toEqual({ orgKey: 'acme', lastIssued: 1500 });
    expect(await db.get('orgs', 'globex')).toEqual({ orgKey: 'globex', lastIssued: 2 });
    expect(await db.get('orgs', 'default')).toEqual({ orgKey: 'default', lastIssued: 3 });
    const chunks = await db.getAll('userIdChunks');
    const moved = chunks.flatMap((chunk) => ledgerEntries(chunk).map(([email, userId, issuedAt, file]) => ({ orgKey: chunk.orgKey, email, userId, issuedAt, ...(file !== undefined && { file }) })));
    const key = (p: { orgKey: string; email: string }) => `${p.orgKey} ${p.email}`;
    const before = [...acme, ...globex, { orgKey: 'default', email: 'jane@example.com', userId: 'EXT00003', issuedAt: 5 }];
    expect(moved.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(before.sort((a, b) => key(a).localeCompare(key(b))));
    for (const chunk of chunks) for (const [email] of ledgerEntries(chunk)) expect(chunk.chunk).toBe(ledgerChunkOf(email));
    expect(await userIdHistory(db, 'acme')).toEqual([
      { issuedAt: 200, file: 'hr-mos-import.csv', first: 'EXT01001', last: 'EXT01200', count: 200 },
      { issuedAt: 100, first: 'EXT00001', last: 'EXT01000', count: 1000 },
    ]);
    db.close();
  });

  it('lets everyone keep their ID afterwards and gives the next new person the number after the counter', async () => {
    const name = uniqueName();
    await seedV4(name, [...acme, ...globex]);
    const db = await openRosterDb(name);
    const ids = await assignUserIds(db, 'acme', [...acme.map((p) => p.email), 'new@example.com']);
    for (const person of acme) expect(ids.get(person.email)).toBe(person.userId);
    expect(ids.get('new@example.com')).toBe('EXT01501');
    expect((await assignUserIds(db, 'globex', ['x@example.com', 'p0@example.com'])).get('x@example.com')).toBe('EXT00002');
    db.close();
  });

  it('upgrades a version 4 database with no user_ids given out', async () => {
    const name = uniqueName();
    (await openDB(name, 4, { upgrade: async (db, old, _new, tx) => { for (let v = old; v < 4; v++) await MIGRATIONS[v]!(db as never, tx as never); } })).close();
    const db = await openRosterDb(name);
    expect(await db.count('userIdChunks')).toBe(0);
    expect((await assignUserIds(db, 'acme', ['a@example.com'])).get('a@example.com')).toBe('EXT00001');
    db.close();
  });
});

describe('migration from version 5', () => {
  /** A version 5 database as the previous release left it: each ledger chunk an array per person. */
  async function seedV5(name: string, chunks: { orgKey: string; chunk: number; entries: (string | number)[][] }[]) {
    const v5 = await openDB(name, 5, { upgrade: async (db, old, _new, tx) => { for (let v = old; v < 5; v++) await MIGRATIONS[v]!(db as never, tx as never); } });
    const tx = v5.transaction(['orgs', 'userIdChunks'], 'readwrite');
    void tx.objectStore('orgs').put({ orgKey: 'acme', lastIssued: 1500 });
    for (const chunk of chunks) void tx.objectStore('userIdChunks').put(chunk);
    await tx.done;
    v5.close();
  }

  const people = Array.from({ length: 1200 }, (_, i) => ({
    email: i === 7 ? '"odd, one"@example.com' : `p${i}@example.com`,
    userId: `EXT${String(i + 1).padStart(5, '0')}`,
    issuedAt: i < 1000 ? 100 : 200,
    ...(i >= 1000 && { file: 'hr-mos-import.csv' }),
  }));
  const v5Chunks = () => {
    const chunks = new Map<number, { orgKey: string; chunk: number; entries: (string | number)[][] }>();
    for (const { email, userId, issuedAt, file } of people) {
      const n = ledgerChunkOf(email);
      const chunk = chunks.get(n) ?? { orgKey: 'acme', chunk: n, entries: [] };
      chunks.set(n, chunk);
      chunk.entries.push(file !== undefined ? [email, userId, issuedAt, file] : [email, userId, issuedAt]);
    }
    return [...chunks.values()];
  };

  it('packs every chunk with each person\'s ID, time and file, in order, and keeps the counter and history', async () => {
    const name = uniqueName();
    const before = v5Chunks();
    await seedV5(name, before);
    const db = await openRosterDb(name);
    expect(db.version).toBe(DB_VERSION);
    const after = await db.getAll('userIdChunks');
    expect(after.map((chunk) => ({ orgKey: chunk.orgKey, chunk: chunk.chunk, entries: ledgerEntries(chunk) }))).toEqual(
      [...before].sort((a, b) => a.chunk - b.chunk),
    );
    expect(after.every((chunk) => typeof chunk.people === 'string' && !('entries' in chunk))).toBe(true);
    expect(await db.get('orgs', 'acme')).toEqual({ orgKey: 'acme', lastIssued: 1500 });
    expect(await userIdHistory(db, 'acme')).toEqual([
      { issuedAt: 200, file: 'hr-mos-import.csv', first: 'EXT01001', last: 'EXT01200', count: 200 },
      { issuedAt: 100, first: 'EXT00001', last: 'EXT01000', count: 1000 },
    ]);
    const ids = await assignUserIds(db, 'acme', [...people.map((p) => p.email), 'new@example.com']);
    for (const person of people) expect(ids.get(person.email)).toBe(person.userId);
    expect(ids.get('new@example.com')).toBe('EXT01501');
    db.close();
  });
});
