import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyChanges, invertChanges, type Change } from './changes';
import { openRosterDb, type RosterDatabase } from './db';
import { ROW_BATCH, createDraft, loadDraft } from './store';

const freshDb = () => openRosterDb(`changes-test-${crypto.randomUUID()}`);

async function draftOf(db: RosterDatabase, rows: string[][]) {
  return createDraft(db, {
    name: 'd',
    table: { headers: ['First', 'Email'], rows, origin: { kind: 'file', fileName: 'x.csv', signature: 'x' } },
    mapping: { first_name: 0, email: 1 },
    now: 1000,
  });
}

function people(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => [`P${i}`, `p${i}@example.com`]);
}

afterEach(() => vi.restoreAllMocks());

describe('applyChanges', () => {
  it('saves one edit as one row write plus the draft meta, never the whole draft', async () => {
    const db = await freshDb();
    const meta = await draftOf(db, people(500));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const result = await applyChanges(db, meta.id, [{ index: 7, key: 'first_name', from: null, to: 'Seven' }], { now: 2000 });
    expect(put).toHaveBeenCalledTimes(2);
    expect(put.mock.calls.map(([value]) => Object.keys(value as object).includes('cells'))).toEqual([true, false]);
    expect(result.failure).toBeUndefined();
    expect(result.applied).toHaveLength(1);
    expect(result.rows).toEqual([expect.objectContaining({ index: 7, rev: 1, edits: { first_name: 'Seven' } })]);
    expect(result.meta).toMatchObject({ updatedAt: 2000, revision: 1 });
    const saved = (await loadDraft(db, meta.id))!;
    expect(saved.rows[7]).toMatchObject({ edits: { first_name: 'Seven' }, rev: 1 });
    expect(saved.rows[6]).toMatchObject({ edits: {}, rev: 0 });
  });

  it('keeps the error and excluded counts right as rows are fixed, broken and excluded', async () => {
    const db = await freshDb();
    const meta = await draftOf(db, [['A', 'bad'], ['B', 'b@example.com'], ['C', 'also-bad']]);
    expect(meta.errorCount).toBe(2);
    let result = await applyChanges(db, meta.id, [{ index: 0, key: 'email', from: null, to: 'a@example.com' }]);
    expect(result.meta).toMatchObject({ errorCount: 1, excludedCount: 0 });
    result = await applyChanges(db, meta.id, [{ index: 2, key: 'excluded', from: false, to: true }]);
    expect(result.meta).toMatchObject({ errorCount: 0, excludedCount: 1 });
    result = await applyChanges(db, meta.id, [{ index: 1, key: 'email', from: null, to: 'broken' }]);
    expect(result.meta).toMatchObject({ errorCount: 1, excludedCount: 1, revision: 3 });
  });

  it('merges another tab’s edit of a different field, and reports a real conflict instead of overwriting', async () => {
    const db = await freshDb();
    const meta = await draftOf(db, people(3));
    // Tab A saves first; tab B still believes both fields are unedited.
    await applyChanges(db, meta.id, [{ index: 1, key: 'first_name', from: null, to: 'From A' }]);
    const fromB = await applyChanges(db, meta.id, [
      { index: 1, key: 'email', from: null, to: 'b@example.com' },
      { index: 1, key: 'first_name', from: null, to: 'From B' },
    ]);
    expect(fromB.applied.map((c) => c.key)).toEqual(['email']);
    expect(fromB.conflicts).toEqual([
      { change: { index: 1, key: 'first_name', from: null, to: 'From B' }, theirs: 'From A' },
    ]);
    const row = (await loadDraft(db, meta.id))!.rows[1]!;
    expect(row.edits).toEqual({ first_name: 'From A', email: 'b@example.com' });
    expect(row.rev).toBe(2);
  });

  it('takes "use mine" over the other tab’s value when forced', async () => {
    const db = await freshDb();
    const meta = await draftOf(db, people(2));
    await applyChanges(db, meta.id, [{ index: 0, key: 'first_name', from: null, to: 'Theirs' }]);
    const mine = await applyChanges(db, meta.id, [{ index: 0, key: 'first_name', from: null, to: 'Mine' }], { force: true });
    expect(mine.conflicts).toEqual([]);
    expect((await loadDraft(db, meta.id))!.rows[0]!.edits.first_name).toBe('Mine');
  });

  it('counts a change the field already holds as done, without writing', async () => {
    const db = await freshDb();
    const meta = await draftOf(db, people(2));
    await applyChanges(db, meta.id, [{ index: 0, key: 'excluded', from: false, to: true }]);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const again = await applyChanges(db, meta.id, [{ index: 0, key: 'excluded', from: false, to: true }]);
    expect(again.applied).toEqual([]);
    expect(again.unchanged).toHaveLength(1);
    expect(again.conflicts).toEqual([]);
    expect(put).not.toHaveBeenCalled();
  });

  it('undoes a set of changes with its inverse, removing edits back to the file’s values', async () => {
    const db = await freshDb();
    const meta = await draftOf(db, people(3));
    const changes: Change[] = [
      { index: 0, key: 'first_name', from: null, to: 'X' },
      { index: 0, key: 'first_name', from: 'X', to: 'Y' },
      { index: 2, key: 'excluded', from: false, to: true },
    ];
    await applyChanges(db, meta.id, changes);
    expect(invertChanges(changes).map((c) => [c.index, c.from, c.to])).toEqual([
      [2, true, false],
      [0, 'Y', 'X'],
      [0, 'X', null],
    ]);
    const undone = await applyChanges(db, meta.id, invertChanges(changes));
    expect(undone.conflicts).toEqual([]);
    const rows = (await loadDraft(db, meta.id))!.rows;
    expect(rows.map((r) => [r.edits, r.excluded])).toEqual([
      [{}, false],
      [{}, false],
      [{}, false],
    ]);
    expect(undone.meta).toMatchObject({ excludedCount: 0 });
  });

  it('saves a bulk change in batches and, when the disk fills, keeps the batches already saved', async () => {
    const db = await freshDb();
    const total = ROW_BATCH * 2 + 10;
    const meta = await draftOf(db, people(total));
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      // The first batch is ROW_BATCH rows plus its meta; the disk fills during the second.
      if (++puts === ROW_BATCH + 5) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const changes: Change[] = Array.from({ length: total }, (_, index) => ({ index, key: 'excluded', from: false, to: true }));
    const result = await applyChanges(db, meta.id, changes);
    vi.restoreAllMocks();
    expect(result.failure?.kind).toBe('quota');
    expect(result.failure?.message).toContain('no more storage space');
    expect(result.applied).toHaveLength(ROW_BATCH);
    const saved = (await loadDraft(db, meta.id))!;
    expect(saved.rows.filter((r) => r.excluded)).toHaveLength(ROW_BATCH);
    expect(saved.meta).toMatchObject({ excludedCount: ROW_BATCH, revision: 1 });
  });

  it('says the draft is gone when it was deleted meanwhile', async () => {
    const db = await freshDb();
    const result = await applyChanges(db, 'deleted-draft', [{ index: 0, key: 'excluded', from: false, to: true }]);
    expect(result.failure?.kind).toBe('gone');
    expect(result.applied).toEqual([]);
  });

  it('reports rows that no longer exist', async () => {
    const db = await freshDb();
    const meta = await draftOf(db, people(1));
    const result = await applyChanges(db, meta.id, [{ index: 5, key: 'excluded', from: false, to: true }]);
    expect(result.missing).toEqual([5]);
  });
});
