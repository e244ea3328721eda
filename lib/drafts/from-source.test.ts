import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SourceTable } from '../source-table';
import { openRosterDb } from './db';
import { draftFromSource } from './from-source';
import { loadDraft } from './store';

const freshDb = () => openRosterDb(`from-source-test-${crypto.randomUUID()}`);

const NOW = new Date('2024-10-07T09:30:00Z');

describe('draftFromSource', () => {
  it('saves a file table as a draft with exact headers mapped', async () => {
    const db = await freshDb();
    const table: SourceTable = {
      headers: ['Employee ID', 'First Name', 'last_name', 'Email Address', 'JOB-TITLE', 'Team'],
      rows: [['7', 'Jane', 'Doe', 'jane@example.com', 'Engineer II', 'R&D']],
      origin: { kind: 'file', fileName: 'export.csv', signature: 'x' },
    };
    const meta = await draftFromSource(db, table, NOW);
    expect(meta.mapping).toEqual({ first_name: 1, last_name: 2, email: 3, job_title: 4 });
    expect(meta.name).toBe('export.csv – 7 Oct 2024');
    expect(meta.createdAt).toBe(NOW.getTime());
    expect(meta.origin).toEqual(table.origin);
    const draft = await loadDraft(db, meta.id);
    expect(draft?.rows.map((r) => r.cells)).toEqual(table.rows);
  });

  it('names a page draft by its title, or its site when untitled', async () => {
    const db = await freshDb();
    const page = (title: string): SourceTable => ({
      headers: ['Email'],
      rows: [['a@example.com']],
      origin: { kind: 'page', site: 'hr.example.com', title, signature: 'email' },
    });
    expect((await draftFromSource(db, page('People'), NOW)).name).toBe('People – 7 Oct 2024');
    expect((await draftFromSource(db, page(''), NOW)).name).toBe('hr.example.com – 7 Oct 2024');
  });

  it('maps nothing when no header names an mOS field', async () => {
    const db = await freshDb();
    const meta = await draftFromSource(
      db,
      { headers: ['Who', 'Contact'], rows: [], origin: { kind: 'file', fileName: 'x.csv', signature: '' } },
      NOW,
    );
    expect(meta.mapping).toEqual({});
    expect(meta.rowCount).toBe(0);
  });
});
