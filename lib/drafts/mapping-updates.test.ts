import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SourceTable } from '../source-table';
import { openRosterDb } from './db';
import { setRowsExcluded, updateDraftMapping } from './mapping-updates';
import { planImport } from './rows';
import { createDraft, loadDraft } from './store';
import { DEFAULT_SEATS } from './types';

const freshDb = () => openRosterDb(`mapping-updates-test-${crypto.randomUUID()}`);

const TABLE: SourceTable = {
  headers: ['Full Name', 'Email', 'Status'],
  rows: [
    ['Jane Doe', 'jane@example.com', 'Active'],
    ['John Smith', 'john@example.com', 'Terminated'],
    ['Ana Ruiz', 'ana@example.com', 'Active'],
  ],
  origin: { kind: 'file', fileName: 'roster.csv', signature: 'full name|email|status' },
};

describe('updateDraftMapping', () => {
  it('saves the new mapping, and the rows read through it', async () => {
    const db = await freshDb();
    const meta = await createDraft(db, { name: 'd', table: TABLE, mapping: { email: 1 }, now: 1 });
    const updated = await updateDraftMapping(
      db,
      meta.id,
      { email: 1, first_name: { column: 0, part: 'given' }, last_name: { column: 0, part: 'family' } },
      5,
    );
    expect(updated.updatedAt).toBe(5);
    const draft = (await loadDraft(db, meta.id))!;
    expect(draft.meta.mapping).toEqual(updated.mapping);
    expect(planImport(draft).people.map((p) => `${p.first_name} ${p.last_name}`)).toEqual(['Jane Doe', 'John Smith', 'Ana Ruiz']);
  });

  it('fails plainly for a draft that was deleted', async () => {
    const db = await freshDb();
    await expect(updateDraftMapping(db, 'gone', {})).rejects.toThrow('no longer exists');
  });
});

describe('setRowsExcluded', () => {
  it('leaves rows out of the file and takes them back', async () => {
    const db = await freshDb();
    const meta = await createDraft(db, { name: 'd', table: TABLE, mapping: { email: 1 }, now: 1 });
    await setRowsExcluded(db, meta.id, [1], true, 9);
    let draft = (await loadDraft(db, meta.id))!;
    expect(draft.meta.updatedAt).toBe(9);
    expect(planImport(draft).people.map((p) => p.email)).toEqual(['jane@example.com', 'ana@example.com']);
    await setRowsExcluded(db, meta.id, [1], false);
    draft = (await loadDraft(db, meta.id))!;
    expect(planImport(draft).people).toHaveLength(3);
  });
});

describe('drafts saved before combinations existed', () => {
  it('load and read with their { field: column } mapping unchanged', async () => {
    const db = await freshDb();
    // A draft exactly as the first release stored it.
    await db.put('drafts', {
      id: 'old',
      name: 'Old draft',
      origin: TABLE.origin,
      headers: ['First Name', 'Last Name', 'Email'],
      mapping: { first_name: 0, last_name: 1, email: 2 },
      defaults: { ...DEFAULT_SEATS, course_enrollments: [] },
      rowCount: 1,
      createdAt: 1,
      updatedAt: 1,
    });
    await db.put('rows', { draftId: 'old', index: 0, cells: ['Jane', 'Doe', ' Jane@Example.com '], edits: {}, excluded: false });
    const draft = (await loadDraft(db, 'old'))!;
    expect(planImport(draft).people).toEqual([
      {
        first_name: 'Jane',
        last_name: 'Doe',
        email: 'jane@example.com',
        job_title: '',
        mos_enable: true,
        mos_opportunity: false,
        course_enrollments: [],
      },
    ]);
  });
});
