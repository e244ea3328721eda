import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SourceTable } from '../sources/source-table';
import { openRosterDb } from './db';
import { applyChanges } from './changes';
import { CHUNK_SIZE, rangeOf } from './row-store';
import {
  COUNT_AT_ONCE_LIMIT,
  LOAD_BATCH,
  ROW_BATCH,
  createDraft,
  deleteAllDrafts,
  deleteDraft,
  duplicateDraft,
  listDrafts,
  loadDraft,
  loadDraftInBatches,
  renameDraft,
  storeDraftCounts,
  updateDraftMeta,
} from './store';

const freshDb = () => openRosterDb(`store-test-${crypto.randomUUID()}`);

function table(rows: string[][], fileName = 'roster.csv'): SourceTable {
  return {
    headers: ['First Name', 'Last Name', 'Email'],
    rows,
    origin: { kind: 'file', fileName, signature: 'first name|last name|email' },
  };
}

const ROWS = [
  ['Jane', 'Doe', 'jane@example.com'],
  ['John', 'Smith', 'john@example.com'],
  ['Ana', 'Ruiz', 'ana@example.com'],
];

describe('createDraft and loadDraft', () => {
  it('round-trips the meta fields and the rows in order', async () => {
    const db = await freshDb();
    const meta = await createDraft(db, {
      name: 'October hires',
      table: table(ROWS),
      mapping: { first_name: 0, last_name: 1, email: 2 },
      now: 1_700_000_000_000,
    });
    expect(meta).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'October hires',
      origin: { kind: 'file', fileName: 'roster.csv', signature: 'first name|last name|email' },
      headers: ['First Name', 'Last Name', 'Email'],
      mapping: { first_name: 0, last_name: 1, email: 2 },
      defaults: { mos_enable: true, mos_opportunity: false, course_enrollments: [] },
      rowCount: 3,
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      errorCount: 0,
      excludedCount: 0,
      revision: 0,
    });
    const draft = await loadDraft(db, meta.id);
    expect(draft?.meta).toEqual(meta);
    expect(draft?.rows).toEqual(
      ROWS.map((cells, index) => ({ draftId: meta.id, index, cells, edits: {}, excluded: false, rev: 0 })),
    );
  });

  it('keeps row order past ten rows (numeric, not text, keys)', async () => {
    const db = await freshDb();
    const many = Array.from({ length: 12 }, (_, i) => [`P${i}`, 'X', `p${i}@example.com`]);
    const meta = await createDraft(db, { name: 'many', table: table(many), mapping: {} });
    const draft = await loadDraft(db, meta.id);
    expect(draft?.rows.map((r) => r.cells[0])).toEqual(many.map((r) => r[0]));
  });

  it('gives each draft its own id and keeps their rows apart', async () => {
    const db = await freshDb();
    const a = await createDraft(db, { name: 'a', table: table(ROWS.slice(0, 1)), mapping: {} });
    const b = await createDraft(db, { name: 'b', table: table(ROWS.slice(1)), mapping: {} });
    expect(a.id).not.toBe(b.id);
    expect((await loadDraft(db, a.id))?.rows.map((r) => r.cells[0])).toEqual(['Jane']);
    expect((await loadDraft(db, b.id))?.rows.map((r) => r.cells[0])).toEqual(['John', 'Ana']);
  });

  it('does not share the defaults between drafts', async () => {
    const db = await freshDb();
    const a = await createDraft(db, { name: 'a', table: table([]), mapping: {} });
    a.defaults.course_enrollments.push('meddpicc-masterclass');
    const b = await createDraft(db, { name: 'b', table: table([]), mapping: {} });
    expect(b.defaults.course_enrollments).toEqual([]);
  });

  it('is undefined for an unknown id', async () => {
    const db = await freshDb();
    expect(await loadDraft(db, 'no-such-draft')).toBeUndefined();
  });
});

describe('listDrafts', () => {
  it('lists the most recently changed first', async () => {
    const db = await freshDb();
    await createDraft(db, { name: 'middle', table: table(ROWS), mapping: {}, now: 2000 });
    await createDraft(db, { name: 'oldest', table: table(ROWS), mapping: {}, now: 1000 });
    await createDraft(db, { name: 'newest', table: table(ROWS), mapping: {}, now: 3000 });
    expect((await listDrafts(db)).map((d) => d.name)).toEqual(['newest', 'middle', 'oldest']);
  });

  it('is empty for a new database', async () => {
    expect(await listDrafts(await freshDb())).toEqual([]);
  });
});

describe('deleteDraft', () => {
  it('removes the draft and its rows, and nothing of other drafts', async () => {
    const db = await freshDb();
    const gone = await createDraft(db, { name: 'gone', table: table(ROWS), mapping: {} });
    const kept = await createDraft(db, { name: 'kept', table: table(ROWS), mapping: {} });
    expect(await loadDraft(db, gone.id)).toBeDefined();
    await applyChanges(db, gone.id, [{ index: 0, key: 'excluded', from: false, to: true }]);
    await deleteDraft(db, gone.id);
    expect(await db.getAll('rows', rangeOf(gone.id))).toEqual([]);
    expect(await db.getAll('sources', rangeOf(gone.id))).toEqual([]);
    expect((await listDrafts(db)).map((d) => d.id)).toEqual([kept.id]);
    expect((await loadDraft(db, kept.id))?.rows).toHaveLength(3);
  });

  it('does nothing for an unknown id', async () => {
    const db = await freshDb();
    const kept = await createDraft(db, { name: 'kept', table: table(ROWS), mapping: {} });
    await deleteDraft(db, 'no-such-draft');
    expect((await loadDraft(db, kept.id))?.rows).toHaveLength(3);
  });
});

describe('createDraft counts and presets', () => {
  it('counts included rows with errors and leaves a rule preset on the rows that got one', async () => {
    const db = await freshDb();
    const meta = await createDraft(db, {
      name: 'counted',
      table: table([...ROWS, ['Bad', 'Email', 'nope']]),
      mapping: { first_name: 0, last_name: 1, email: 2 },
      presets: [{ mos_opportunity: 'TRUE' }, undefined, {}],
    });
    expect(meta).toMatchObject({ errorCount: 1, excludedCount: 0, rowCount: 4 });
    const rows = (await loadDraft(db, meta.id))!.rows;
    expect(rows.map((r) => r.preset)).toEqual([{ mos_opportunity: 'TRUE' }, undefined, undefined, undefined]);
  });
});

describe('how rows are stored', () => {
  it('writes a new draft’s cells in chunks and no row records, then one row record per row worked on', async () => {
    const db = await freshDb();
    const many = Array.from({ length: CHUNK_SIZE * 2 + 1 }, (_, i) => [`P${i}`, 'X', `p${i}@example.com`]);
    const meta = await createDraft(db, { name: 'big', table: table(many), mapping: { email: 2 } });
    expect(await db.count('sources', rangeOf(meta.id))).toBe(3);
    expect(await db.count('rows', rangeOf(meta.id))).toBe(0);
    await applyChanges(db, meta.id, [{ index: CHUNK_SIZE + 5, key: 'first_name', from: null, to: 'Edited' }]);
    expect(await db.count('rows', rangeOf(meta.id))).toBe(1);
    const rows = (await loadDraft(db, meta.id))!.rows;
    expect(rows).toHaveLength(CHUNK_SIZE * 2 + 1);
    expect(rows[CHUNK_SIZE + 5]).toMatchObject({ cells: [`P${CHUNK_SIZE + 5}`, 'X', `p${CHUNK_SIZE + 5}@example.com`], edits: { first_name: 'Edited' }, rev: 1 });
    expect(rows.map((r) => r.index)).toEqual(many.map((_, i) => i));
  });

  it('marks a big draft as not counted yet, and counts a small one at once', async () => {
    const db = await freshDb();
    const big = Array.from({ length: COUNT_AT_ONCE_LIMIT + 1 }, (_, i) => [`P${i}`, 'X', i === 0 ? 'bad' : `p${i}@example.com`]);
    expect(await createDraft(db, { name: 'big', table: table(big), mapping: { email: 2 } })).toMatchObject({ countsPending: true, errorCount: 0 });
    const small = await createDraft(db, { name: 'small', table: table(big.slice(0, 3)), mapping: { email: 2 } });
    expect(small.countsPending).toBeUndefined();
    expect(small.errorCount).toBe(1);
  });

  it('clears "not counted yet" when counts are stored', async () => {
    const db = await freshDb();
    const big = Array.from({ length: COUNT_AT_ONCE_LIMIT + 1 }, (_, i) => [`P${i}`, 'X', `p${i}@example.com`]);
    const meta = await createDraft(db, { name: 'big', table: table(big), mapping: { email: 2 } });
    await storeDraftCounts(db, meta.id, { errorCount: 0, excludedCount: 0 }, 0);
    expect((await db.get('drafts', meta.id))?.countsPending).toBeUndefined();
  });
});

describe('loadDraftInBatches', () => {
  it('loads every row in order across batches and reports progress', async () => {
    const db = await freshDb();
    const many = Array.from({ length: LOAD_BATCH * 2 + 5 }, (_, i) => [`P${i}`, 'X', `p${i}@example.com`]);
    const meta = await createDraft(db, { name: 'big', table: table(many), mapping: { email: 2 } });
    const progress: number[] = [];
    const draft = await loadDraftInBatches(db, meta.id, (loaded) => progress.push(loaded));
    expect(draft?.rows.map((r) => r.index)).toEqual(many.map((_, i) => i));
    expect(progress).toEqual([LOAD_BATCH, LOAD_BATCH * 2, LOAD_BATCH * 2 + 5]);
  });

  it('is undefined for an unknown id', async () => {
    expect(await loadDraftInBatches(await freshDb(), 'nope')).toBeUndefined();
  });
});

describe('renameDraft and updateDraftMeta', () => {
  it('renames, trims, marks the change and bumps the revision', async () => {
    const db = await freshDb();
    const meta = await createDraft(db, { name: 'old', table: table(ROWS), mapping: {}, now: 1000 });
    const renamed = await renameDraft(db, meta.id, '  New name  ', 5000);
    expect(renamed).toMatchObject({ name: 'New name', updatedAt: 5000, revision: 1 });
    expect((await listDrafts(db))[0]!.name).toBe('New name');
  });

  it('refuses an empty name and ignores an unknown draft', async () => {
    const db = await freshDb();
    const meta = await createDraft(db, { name: 'keep', table: table(ROWS), mapping: {} });
    expect(() => renameDraft(db, meta.id, '   ')).toThrow('A draft needs a name.');
    expect(await updateDraftMeta(db, 'nope', { name: 'x' })).toBeUndefined();
  });
});

describe('storeDraftCounts', () => {
  it('stores counts only when the draft has not changed since they were worked out', async () => {
    const db = await freshDb();
    const meta = await createDraft(db, { name: 'c', table: table(ROWS), mapping: { email: 2 }, now: 10 });
    expect(await storeDraftCounts(db, meta.id, { errorCount: 2, excludedCount: 1 }, 0)).toBe(true);
    expect(await db.get('drafts', meta.id)).toMatchObject({ errorCount: 2, excludedCount: 1, updatedAt: 10, revision: 0 });
    await renameDraft(db, meta.id, 'moved on');
    expect(await storeDraftCounts(db, meta.id, { errorCount: 0, excludedCount: 0 }, 0)).toBe(false);
    expect(await db.get('drafts', meta.id)).toMatchObject({ errorCount: 2 });
  });
});

describe('duplicateDraft', () => {
  it('copies the meta and every row with its edits under a new id, leaving the original alone', async () => {
    const db = await freshDb();
    const many = Array.from({ length: ROW_BATCH + 3 }, (_, i) => [`P${i}`, 'X', `p${i}@example.com`]);
    const original = await createDraft(db, { name: 'Q4', table: table(many), mapping: { email: 2 }, now: 1 });
    await applyChanges(db, original.id, [{ index: 1, key: 'first_name', from: null, to: 'Edited' }]);
    const copy = (await duplicateDraft(db, original.id, undefined, 99))!;
    expect(copy).toMatchObject({ name: 'Copy of Q4', rowCount: ROW_BATCH + 3, createdAt: 99, updatedAt: 99, revision: 0 });
    expect(copy.id).not.toBe(original.id);
    const copied = (await loadDraft(db, copy.id))!;
    expect(copied.rows).toHaveLength(ROW_BATCH + 3);
    expect(copied.rows[1]).toMatchObject({ draftId: copy.id, edits: { first_name: 'Edited' }, rev: 0 });
    expect((await loadDraft(db, original.id))!.rows).toHaveLength(ROW_BATCH + 3);
  });

  it('is undefined for an unknown draft', async () => {
    expect(await duplicateDraft(await freshDb(), 'nope')).toBeUndefined();
  });
});

describe('deleteAllDrafts', () => {
  it('removes every draft and row but keeps the user_id counters', async () => {
    const db = await freshDb();
    await createDraft(db, { name: 'a', table: table(ROWS), mapping: {} });
    await createDraft(db, { name: 'b', table: table(ROWS), mapping: {} });
    await db.put('orgs', { orgKey: 'default', lastIssued: 9 });
    expect(await deleteAllDrafts(db)).toBe(2);
    expect(await listDrafts(db)).toEqual([]);
    expect(await db.count('rows')).toBe(0);
    expect(await db.get('orgs', 'default')).toEqual({ orgKey: 'default', lastIssued: 9 });
  });
});
