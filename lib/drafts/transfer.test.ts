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

  it('says a file is not JSON, and where when the engine says', () => {
    const notJson = { key: 'said.jobs.notJson', subs: { file: 'q4.json' } };
    expect(() => parseDraftJson('{\n  "format": "roster-sync-draft",\n  oops', 'q4.json')).toThrow(
      new DraftFileError('q4.json is not a Roster Sync draft: it is not valid JSON. The error is near line 3, column 3.', undefined, [
        notJson,
        { key: 'labels.json.near', subs: { line: 3, column: 3 } },
      ]),
    );
    expect(() => parseDraftJson('{"format": "roster-sync-draft", ', 'q4.json')).toThrow(
      new DraftFileError('q4.json is not a Roster Sync draft: it is not valid JSON. The error is near line 1, column 33.', undefined, [
        notJson,
        { key: 'labels.json.near', subs: { line: 1, column: 33 } },
      ]),
    );
    // An empty file has no place worth naming.
    expect(() => parseDraftJson('', 'q4.json')).toThrow(
      new DraftFileError('q4.json is not a Roster Sync draft: it is not valid JSON.', notJson),
    );
  });

  const refusal = (text: string, fileName?: string): DraftFileError => {
    try {
      parseDraftJson(text, fileName);
    } catch (error) {
      if (error instanceof DraftFileError) return error;
      throw error;
    }
    throw new Error('the file was taken');
  };

  it('says a JSON file is not a draft file, or one of a newer version', () => {
    const other = refusal('{"hello":1}', 'other.json');
    expect(other.message).toBe('other.json cannot be imported as a draft. It is not a Roster Sync draft file.');
    expect(other.sentences).toEqual([{ key: 'words.jobs.cannotImport', subs: { file: 'other.json' } }, { key: 'words.jobs.notDraftFile' }]);
    expect(refusal('[1, 2]', 'list.json').message).toBe('list.json cannot be imported as a draft. It is not a Roster Sync draft file.');
    const newer = refusal(JSON.stringify({ format: 'roster-sync-draft', version: 2 }), 'next.json');
    expect(newer.message).toBe('next.json cannot be imported as a draft. Only version 1 draft files can be read.');
  });

  it('names the row and field of a bad value in its own words, rows counted from 1', async () => {
    const { draft } = await editedDraft();
    const data = JSON.parse(draftToJson(draft));
    data.rows[1].edits.email = 42;
    const error = refusal(JSON.stringify(data), 'q4.json');
    expect(error.message).toBe('q4.json cannot be imported as a draft. rows › 2 › edits › email should be text.');
    expect(error.sentences?.[1]).toEqual({ key: 'words.fileProblem.notText', subs: { path: 'rows › 2 › edits › email' } });
    expect(error.message).not.toMatch(/Invalid input|expected/);
  });

  it('tells a missing field, a value too long and a field that does not belong, then how many more', async () => {
    const { draft } = await editedDraft();
    const data = JSON.parse(draftToJson(draft));
    delete data.draft.name;
    data.rows[0].cells[0] = 'x'.repeat(100_001);
    data.rows[0].edits.user_id = 'EXT00001';
    data.rows[1].excluded = 'yes';
    data.draft.defaults.mos_enable = null;
    expect(refusal(JSON.stringify(data), 'q4.json').message).toBe(
      'q4.json cannot be imported as a draft. draft › name is missing. draft › defaults › mos_enable should be true or false. ' +
        'rows › 1 › cells › 1 is too long: at most 100000 characters. There are 2 more problems.',
    );
    delete data.draft.defaults;
    data.rows[0].cells[0] = '';
    data.rows[1].excluded = false;
    expect(refusal(JSON.stringify(data), 'q4.json').message).toBe(
      'q4.json cannot be imported as a draft. draft › name is missing. draft › defaults is missing. rows › 1 › edits › user_id does not belong in this file.',
    );
  });

  it('makes a safe file name ending in .json', () => {
    expect(draftFileName('Q4 / hires', new Date('2025-03-05T00:00:00Z'))).toBe('q4-hires-draft-2025-03-05.json');
  });
});

describe('a put-back row in a draft file', () => {
  it('keeps the admin\'s "put back" through export and import', async () => {
    const db = await openRosterDb(`transfer-putback-${crypto.randomUUID()}`);
    const table = { headers: ['Email'], rows: [['tom@example.com'], ['TOM@example.com']], origin: { kind: 'file' as const, fileName: 'x.csv', signature: 'x' } };
    const meta = await createDraft(db, { name: 'Put back', table, mapping: { email: 0 } });
    const draft = (await loadDraft(db, meta.id))!;
    expect(meta.excludedCount).toBe(1);
    const json = draftToJson({ ...draft, rows: draft.rows.map((r) => (r.index === 1 ? { ...r, putBack: true } : r)) });
    const imported = await importDraftFile(db, parseDraftJson(json));
    expect((await loadDraft(db, imported.id))!.rows[1]!.putBack).toBe(true);
    // Put back while the first row goes, the repeat cannot go: counted so, not as left out.
    expect(imported).toMatchObject({ excludedCount: 0, errorCount: 1 });
  });
});
