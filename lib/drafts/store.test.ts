import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SourceTable } from '../source-table';
import { openRosterDb } from './db';
import { createDraft, deleteDraft, listDrafts, loadDraft } from './store';

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
    });
    const draft = await loadDraft(db, meta.id);
    expect(draft?.meta).toEqual(meta);
    expect(draft?.rows).toEqual(
      ROWS.map((cells, index) => ({ draftId: meta.id, index, cells, edits: {}, excluded: false })),
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
    await deleteDraft(db, gone.id);
    expect(await loadDraft(db, gone.id)).toBeUndefined();
    expect(await db.getAllFromIndex('rows', 'byDraft', gone.id)).toEqual([]);
    expect((await listDrafts(db)).map((d) => d.id)).toEqual([kept.id]);
    expect(await db.getAllFromIndex('rows', 'byDraft', kept.id)).toHaveLength(3);
  });

  it('does nothing for an unknown id', async () => {
    const db = await freshDb();
    const kept = await createDraft(db, { name: 'kept', table: table(ROWS), mapping: {} });
    await deleteDraft(db, 'no-such-draft');
    expect((await loadDraft(db, kept.id))?.rows).toHaveLength(3);
  });
});
