import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRosterDb } from './db';
import { assignUserIds, previewUserIds } from './user-ids';

const freshDb = () => openRosterDb(`ids-test-${crypto.randomUUID()}`);

describe('assignUserIds', () => {
  it('gives EXT00001, EXT00002, … in the order given', async () => {
    const db = await freshDb();
    const ids = await assignUserIds(db, 'acme', ['c@example.com', 'a@example.com', 'b@example.com']);
    expect([...ids]).toEqual([
      ['c@example.com', 'EXT00001'],
      ['a@example.com', 'EXT00002'],
      ['b@example.com', 'EXT00003'],
    ]);
  });

  it('lets a person keep their ID on a later call', async () => {
    const db = await freshDb();
    await assignUserIds(db, 'acme', ['a@example.com', 'b@example.com']);
    const again = await assignUserIds(db, 'acme', ['b@example.com', 'a@example.com']);
    expect(again.get('a@example.com')).toBe('EXT00001');
    expect(again.get('b@example.com')).toBe('EXT00002');
    expect(await db.get('orgs', 'acme')).toEqual({ orgKey: 'acme', lastIssued: 2 });
  });

  it('continues after the highest ID for new people, keeping old IDs', async () => {
    const db = await freshDb();
    await assignUserIds(db, 'acme', ['a@example.com', 'b@example.com']);
    const next = await assignUserIds(db, 'acme', ['c@example.com', 'a@example.com', 'd@example.com']);
    expect([...next]).toEqual([
      ['a@example.com', 'EXT00001'],
      ['c@example.com', 'EXT00003'],
      ['d@example.com', 'EXT00004'],
    ]);
  });

  it('never reuses an ID, even for a person not in the latest call', async () => {
    const db = await freshDb();
    await assignUserIds(db, 'acme', ['a@example.com', 'b@example.com', 'c@example.com']);
    const later = await assignUserIds(db, 'acme', ['z@example.com']);
    expect(later.get('z@example.com')).toBe('EXT00004');
  });

  it('keeps a separate counter per organisation', async () => {
    const db = await freshDb();
    await assignUserIds(db, 'acme', ['a@example.com', 'b@example.com']);
    const globex = await assignUserIds(db, 'globex', ['a@example.com', 'x@example.com']);
    expect([...globex]).toEqual([
      ['a@example.com', 'EXT00001'],
      ['x@example.com', 'EXT00002'],
    ]);
    const acme = await assignUserIds(db, 'acme', ['x@example.com']);
    expect(acme.get('x@example.com')).toBe('EXT00003');
  });

  it('finds kept IDs whether the organisation has given out few or many, and never another organisation’s', async () => {
    const db = await freshDb();
    const many = Array.from({ length: 50 }, (_, i) => `p${i}@example.com`);
    await assignUserIds(db, 'acme', many);
    await assignUserIds(db, 'acme-eu', ['p1@example.com', 'new@example.com']);
    // Two people against fifty given out: looked up one by one.
    const few = await assignUserIds(db, 'acme', ['p49@example.com', 'p0@example.com']);
    expect([...few]).toEqual([
      ['p49@example.com', 'EXT00050'],
      ['p0@example.com', 'EXT00001'],
    ]);
    // Most of the list again: read as a whole.
    const most = await assignUserIds(db, 'acme', [...many.slice(10), 'new@example.com']);
    expect(most.get('p10@example.com')).toBe('EXT00011');
    expect(most.get('new@example.com')).toBe('EXT00051');
    expect(await db.get('orgs', 'acme-eu')).toEqual({ orgKey: 'acme-eu', lastIssued: 2 });
  });

  it('gives one ID to an email repeated in one call', async () => {
    const db = await freshDb();
    const ids = await assignUserIds(db, 'acme', ['a@example.com', 'b@example.com', 'a@example.com']);
    expect(ids.size).toBe(2);
    expect(ids.get('a@example.com')).toBe('EXT00001');
    expect(ids.get('b@example.com')).toBe('EXT00002');
    expect(await db.get('orgs', 'acme')).toEqual({ orgKey: 'acme', lastIssued: 2 });
  });

  it('records who got which ID and when', async () => {
    const db = await freshDb();
    await assignUserIds(db, 'acme', ['a@example.com'], 1234);
    expect(await db.get('userIds', ['acme', 'a@example.com'])).toEqual({
      orgKey: 'acme',
      email: 'a@example.com',
      userId: 'EXT00001',
      issuedAt: 1234,
    });
  });

  it('gives nothing and touches no counter for no emails', async () => {
    const db = await freshDb();
    expect((await assignUserIds(db, 'acme', [])).size).toBe(0);
    expect(await db.get('orgs', 'acme')).toBeUndefined();
  });

  it('hands out distinct IDs to calls made at the same time', async () => {
    const db = await freshDb();
    const [one, two] = await Promise.all([
      assignUserIds(db, 'acme', ['a@example.com', 'b@example.com']),
      assignUserIds(db, 'acme', ['c@example.com', 'd@example.com']),
    ]);
    const all = [...one.values(), ...two.values()];
    expect(new Set(all).size).toBe(4);
    expect(all.sort()).toEqual(['EXT00001', 'EXT00002', 'EXT00003', 'EXT00004']);
  });
});

describe('previewUserIds', () => {
  it('says who keeps an ID and which new IDs would be given, without giving any', async () => {
    const db = await freshDb();
    await assignUserIds(db, 'acme', ['a@example.com', 'b@example.com']);
    const preview = await previewUserIds(db, 'acme', ['b@example.com', 'c@example.com', 'd@example.com', 'c@example.com']);
    expect(preview).toEqual({ keeping: 1, fresh: 2, firstNew: 'EXT00003', lastNew: 'EXT00004' });
    expect(await db.get('orgs', 'acme')).toEqual({ orgKey: 'acme', lastIssued: 2 });
    expect(await db.get('userIds', ['acme', 'c@example.com'])).toBeUndefined();
  });

  it('starts at EXT00001 for a new organisation and names no range when nobody is new', async () => {
    const db = await freshDb();
    expect(await previewUserIds(db, 'new', ['x@example.com'])).toEqual({ keeping: 0, fresh: 1, firstNew: 'EXT00001', lastNew: 'EXT00001' });
    expect(await previewUserIds(db, 'new', [])).toEqual({ keeping: 0, fresh: 0 });
  });
});
