import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRosterDb } from './db';
import { prng } from '../../bench/page/data';
import type { LedgerEntry } from './db';
import { LEDGER_CHUNKS, assignUserIds, ledgerChunkOf, ledgerEntries, packLedgerChunk, previewUserIds, userIdsInOrder } from './user-ids';

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
    // Two people against fifty given out: their chunks looked up one by one.
    const few = await assignUserIds(db, 'acme', ['p49@example.com', 'p0@example.com']);
    expect([...few]).toEqual([
      ['p49@example.com', 'EXT00050'],
      ['p0@example.com', 'EXT00001'],
    ]);
    // Most of the list again: the whole ledger read at once.
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
    await assignUserIds(db, 'acme', ['b@example.com'], 5678, 'sales-mos-import.csv');
    expect(ledgerEntries((await db.get('userIdChunks', ['acme', ledgerChunkOf('a@example.com')]))!)).toEqual(
      expect.arrayContaining([['a@example.com', 'EXT00001', 1234]]),
    );
    expect(ledgerEntries((await db.get('userIdChunks', ['acme', ledgerChunkOf('b@example.com')]))!)).toEqual(
      expect.arrayContaining([['b@example.com', 'EXT00002', 5678, 'sales-mos-import.csv']]),
    );
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

describe('the ledger in chunks', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives 5,000 new people their IDs in at most one write per chunk, and writes nothing for them again', async () => {
    const db = await freshDb();
    const people = Array.from({ length: 5000 }, (_, i) => `person${i}@example.com`);
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    const first = await assignUserIds(db, 'acme', people);
    // The chunks that gained someone, plus the counter.
    expect(puts.mock.calls.length).toBeLessThanOrEqual(LEDGER_CHUNKS + 1);
    expect(first.get('person0@example.com')).toBe('EXT00001');
    expect(first.get('person4999@example.com')).toBe('EXT05000');
    puts.mockClear();
    const again = await assignUserIds(db, 'acme', [...people].reverse());
    expect(puts).not.toHaveBeenCalled();
    expect([...again].sort()).toEqual([...first].sort());
    expect(await db.get('orgs', 'acme')).toEqual({ orgKey: 'acme', lastIssued: 5000 });
    expect(await db.count('userIdChunks')).toBeLessThanOrEqual(LEDGER_CHUNKS);
  });

  it('writes only the chunks of the people who are new', async () => {
    const db = await freshDb();
    const people = Array.from({ length: 200 }, (_, i) => `person${i}@example.com`);
    await assignUserIds(db, 'acme', people);
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    const ids = await assignUserIds(db, 'acme', [...people, 'late@example.com']);
    expect(ids.get('late@example.com')).toBe('EXT00201');
    expect(puts.mock.calls.map(([value]) => (value as { chunk?: number }).chunk ?? 'counter')).toEqual([ledgerChunkOf('late@example.com'), 'counter']);
  });

  it('keeps everyone’s ID in a ledger that grows over many files', async () => {
    const db = await freshDb();
    const given = new Map<string, string>();
    for (let file = 0; file < 5; file++) {
      // Each file repeats half of the previous one and brings new people, some of them twice.
      const emails = Array.from({ length: 300 }, (_, i) => `p${file * 150 + i}@example.com`);
      const ids = await assignUserIds(db, 'acme', [...emails, ...emails.slice(0, 20)], file, `file-${file}.csv`);
      for (const [email, id] of ids) {
        if (given.has(email)) expect(id).toBe(given.get(email));
        given.set(email, id);
      }
    }
    expect(given.size).toBe(900);
    expect(new Set(given.values()).size).toBe(900);
    expect(await db.get('orgs', 'acme')).toEqual({ orgKey: 'acme', lastIssued: 900 });
    const ledger = (await db.getAll('userIdChunks')).flatMap(ledgerEntries);
    expect(ledger).toHaveLength(900);
    expect(new Map(ledger.map(([email, id]) => [email, id]))).toEqual(given);
  });

  it('keeps two organisations’ ledgers apart, even for the same email', async () => {
    const db = await freshDb();
    const people = Array.from({ length: 100 }, (_, i) => `p${i}@example.com`);
    await assignUserIds(db, 'acme', people);
    const globex = await assignUserIds(db, 'globex', ['p99@example.com', 'x@example.com']);
    expect([...globex]).toEqual([
      ['p99@example.com', 'EXT00001'],
      ['x@example.com', 'EXT00002'],
    ]);
    expect((await assignUserIds(db, 'acme', ['p99@example.com'])).get('p99@example.com')).toBe('EXT00100');
    const ofGlobex = (await db.getAll('userIdChunks')).filter((chunk) => chunk.orgKey === 'globex');
    expect(ofGlobex.flatMap((chunk) => ledgerEntries(chunk).map(([email]) => email)).sort()).toEqual(['p99@example.com', 'x@example.com']);
  });

  it('puts an email in the same chunk every time, and spreads emails over the chunks', () => {
    expect(ledgerChunkOf('jane@example.com')).toBe(ledgerChunkOf('jane@example.com'));
    const used = new Set(Array.from({ length: 1000 }, (_, i) => ledgerChunkOf(`p${i}@example.com`)));
    expect(used.size).toBe(LEDGER_CHUNKS);
    for (const n of used) expect(n >= 0 && n < LEDGER_CHUNKS && Number.isInteger(n)).toBe(true);
  });
});

describe('previewUserIds', () => {
  it('says who keeps an ID and which new IDs would be given, without giving any', async () => {
    const db = await freshDb();
    await assignUserIds(db, 'acme', ['a@example.com', 'b@example.com']);
    const preview = await previewUserIds(db, 'acme', ['b@example.com', 'c@example.com', 'd@example.com', 'c@example.com']);
    expect(preview).toEqual({ keeping: 1, fresh: 2, firstNew: 'EXT00003', lastNew: 'EXT00004' });
    expect(await db.get('orgs', 'acme')).toEqual({ orgKey: 'acme', lastIssued: 2 });
    const ledger = (await db.getAll('userIdChunks')).flatMap((chunk) => ledgerEntries(chunk).map(([email]) => email));
    expect(ledger.sort()).toEqual(['a@example.com', 'b@example.com']);
  });

  it('starts at EXT00001 for a new organisation and names no range when nobody is new', async () => {
    const db = await freshDb();
    expect(await previewUserIds(db, 'new', ['x@example.com'])).toEqual({ keeping: 0, fresh: 1, firstNew: 'EXT00001', lastNew: 'EXT00001' });
    expect(await previewUserIds(db, 'new', [])).toEqual({ keeping: 0, fresh: 0 });
  });
});

describe('a packed ledger chunk', () => {
  it('gives back every person with their ID, time and file, in order, whatever their email holds', () => {
    // Seeded, so the generated cases are the same on every run.
    const next = prng(623);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const part = () => pick(['a', 'Ö', '"', '\\', '\n', ',', '[', ']', '\u0000', '😀', '@', ' ', 'x.y']);
    for (let round = 0; round < 500; round++) {
      const entries: LedgerEntry[] = Array.from({ length: Math.floor(next() * 40) }, (_, i) => {
        const email = Array.from({ length: 1 + Math.floor(next() * 6) }, part).join('');
        const issuedAt = pick([0, 1, 1_700_000_000_000, 5]);
        const file = pick([undefined, 'a.csv', '', 'mOS "x".csv']);
        return file !== undefined ? [email, `EXT${i}`, issuedAt, file] : [email, `EXT${i}`, issuedAt];
      });
      const chunk = packLedgerChunk('acme', 3, entries);
      expect(chunk).toMatchObject({ orgKey: 'acme', chunk: 3 });
      // Each time and file is kept once, however many people share it.
      expect(chunk.batches.length).toBe(new Set(entries.map(([, , at, file]) => `${at} ${file}`)).size);
      expect(ledgerEntries(chunk)).toEqual(entries);
    }
  });
});

describe('userIdsInOrder', () => {
  it('gives each position the ID assignUserIds gives its email, and stores the same ledger, kept people included', async () => {
    const next = prng(23);
    const email = () => `p${Math.floor(next() * 400)}@example.com`;
    const [plain, ordered] = [await freshDb(), await freshDb()];
    for (let call = 0; call < 4; call++) {
      // Distinct, as a plan's people are; assignUserIds takes repeats.
      const emails = [...new Set(Array.from({ length: 300 }, email))];
      const at = 1_700_000_000_000 + call;
      const byEmail = await assignUserIds(plain, 'acme', [...emails, ...emails.slice(0, 50)], at, `file-${call}.csv`);
      const ids = await userIdsInOrder(ordered, 'acme', emails, at, `file-${call}.csv`);
      expect(ids).toEqual(emails.map((e) => byEmail.get(e)));
      expect(await ordered.getAll('userIdChunks')).toEqual(await plain.getAll('userIdChunks'));
      expect(await ordered.get('orgs', 'acme')).toEqual(await plain.get('orgs', 'acme'));
    }
  });
});
