import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyChanges } from './changes';
import { openRosterDb } from './db';
import { createDraft, loadDraft } from './store';
import { DraftFileError, draftFileName, draftToJson, importDraftFile, parseDraftJson } from './transfer';

const freshDb = () => openRosterDb(`transfer-test-${crypto.randomUUID()}`);

async function editedDraft() {
  const db = await freshDb();
  const meta = await createDraft(db, {
    name: 'Q4 hires',
    table: {
      headers: ['First', 'Email'],
      rows: [
        ['Jane', 'jane@example.com'],
        ['Bad', 'nope'],
      ],
      origin: { kind: 'file', fileName: 'q4.csv', signature: 'first|email' },
    },
    mapping: { first_name: 0, email: 1 },
    presets: [{ course_enrollments: 'meddpicc-masterclass' }],
    now: 1000,
  });
  await applyChanges(db, meta.id, [
    { index: 0, key: 'first_name', from: null, to: 'Janet' },
    { index: 1, key: 'excluded', from: false, to: true },
  ]);
  return { db, draft: (await loadDraft(db, meta.id))! };
}

describe('draft files', () => {
  it('round-trips a draft with its edits, exclusions and rule presets into a new draft', async () => {
    const { db, draft } = await editedDraft();
    const json = draftToJson(draft, new Date('2025-01-02T03:04:05Z'));
    const file = parseDraftJson(json);
    expect(file.exportedAt).toBe('2025-01-02T03:04:05.000Z');
    const other = await freshDb();
    const meta = await importDraftFile(other, file, { now: 5000 });
    expect(meta).toMatchObject({ name: 'Q4 hires', rowCount: 2, createdAt: 1000, updatedAt: 5000, errorCount: 0, excludedCount: 1 });
    expect(meta.id).not.toBe(draft.meta.id);
    const imported = (await loadDraft(other, meta.id))!;
    expect(imported.rows.map(({ cells, edits, excluded, preset, rev }) => ({ cells, edits, excluded, preset, rev }))).toEqual([
      { cells: ['Jane', 'jane@example.com'], edits: { first_name: 'Janet' }, excluded: false, preset: { course_enrollments: 'meddpicc-masterclass' }, rev: 0 },
      { cells: ['Bad', 'nope'], edits: {}, excluded: true, preset: undefined, rev: 0 },
    ]);
    expect(imported.meta.mapping).toEqual(draft.meta.mapping);
    db.close();
  });

  it('says a file is not JSON', () => {
    expect(() => parseDraftJson('{oops', 'q4.json')).toThrow(
      new DraftFileError('q4.json is not a Roster Sync draft: it is not valid JSON.', { key: 'said.jobs.notJson', subs: { file: 'q4.json' } }),
    );
  });

  it('says a JSON file is not a draft file', () => {
    expect(() => parseDraftJson('{"hello":1}', 'other.json')).toThrow(/other\.json cannot be imported as a draft\. format: this is not a Roster Sync draft file/);
  });

  it('names the row and field of a bad value', async () => {
    const { draft } = await editedDraft();
    const data = JSON.parse(draftToJson(draft));
    data.rows[1].edits.email = 42;
    expect(() => parseDraftJson(JSON.stringify(data), 'q4.json')).toThrow(/row 2 \(edits\.email\): Invalid input/);
  });

  it('refuses a field among the edits that is not an mOS column', async () => {
    const { draft } = await editedDraft();
    const data = JSON.parse(draftToJson(draft));
    data.rows[0].edits.user_id = 'EXT00001';
    expect(() => parseDraftJson(JSON.stringify(data))).toThrow(DraftFileError);
  });

  it('makes a safe file name ending in .json', () => {
    expect(draftFileName('Q4 / hires', new Date('2025-03-05T00:00:00Z'))).toBe('q4-hires-draft-2025-03-05.json');
  });
});
