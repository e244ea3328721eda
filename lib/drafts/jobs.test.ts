import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyChanges } from './changes';
import { openRosterDb } from './db';
import { jobRequestSchema, runJob } from './jobs';
import { createDraft, listDrafts } from './store';

const HEADER = 'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments';
const policy = { opportunityLicenses: true };

async function setup() {
  const db = await openRosterDb(`jobs-test-${crypto.randomUUID()}`);
  const meta = await createDraft(db, {
    name: 'Q4 hires',
    table: {
      headers: ['First', 'Last', 'Email', 'Opportunity'],
      rows: [
        ['Jane', 'Doe', 'jane@example.com', 'TRUE'],
        ['Bad', 'Row', 'nope', ''],
        ['John', 'Smith', 'john@example.com', ''],
      ],
      origin: { kind: 'file', fileName: 'q4.csv', signature: 'x' },
    },
    mapping: { first_name: 0, last_name: 1, email: 2, mos_opportunity: 3 },
  });
  return { db, meta };
}

describe('runJob', () => {
  it('summarises the file to be made and previews the user_ids without giving any out', async () => {
    const { db, meta } = await setup();
    const result = await runJob(db, { type: 'summary', draftId: meta.id, orgKey: 'default', policy });
    expect(result).toMatchObject({
      ok: true,
      summary: { rows: 3, toImport: 2, invalid: 1, enableSeats: 2, opportunitySeats: 1 },
      ids: { keeping: 0, fresh: 2, firstNew: 'EXT00001', lastNew: 'EXT00002' },
    });
    expect(await db.get('orgs', 'default')).toBeUndefined();
  });

  it('produces the CSV of the edited draft and gives out the user_ids then', async () => {
    const { db, meta } = await setup();
    await applyChanges(db, meta.id, [{ index: 2, key: 'job_title', from: null, to: 'Legal Assistant' }]);
    const result = await runJob(db, { type: 'export-csv', draftId: meta.id, orgKey: 'default', policy: { opportunityLicenses: false } });
    if (!result.ok) throw new Error(result.error);
    expect(result.csv).toBe(
      [HEADER, 'EXT00001,Jane,Doe,jane@example.com,,TRUE,FALSE,', 'EXT00002,John,Smith,john@example.com,Legal Assistant,TRUE,FALSE,'].join('\n'),
    );
    expect(result.fileName).toMatch(/^q4-hires-mos-import-\d{4}-\d\d-\d\d\.csv$/);
    expect(result.people).toBe(2);
    expect(await db.get('orgs', 'default')).toEqual({ orgKey: 'default', lastIssued: 2 });
  });

  it('writes the error report of rows that cannot go', async () => {
    const { db, meta } = await setup();
    const result = await runJob(db, { type: 'error-report', draftId: meta.id, policy });
    expect(result).toMatchObject({ ok: true, lines: 1, csv: 'row,column,message\n2,email,"""nope"" is not a valid email address: it has no @"' });
    expect(result.ok && result.fileName).toMatch(/^q4-hires-rows-that-cannot-go-.*\.csv$/);
  });

  it('exports a draft as JSON and imports it as a new draft', async () => {
    const { db, meta } = await setup();
    const exported = await runJob(db, { type: 'export-json', draftId: meta.id });
    if (!exported.ok) throw new Error(exported.error);
    const imported = await runJob(db, { type: 'import-json', text: exported.json, fileName: exported.fileName, policy });
    expect(imported).toMatchObject({ ok: true, name: 'Q4 hires', rows: 3 });
    expect(await listDrafts(db)).toHaveLength(2);
  });

  it('reports rising progress and saves an imported draft under the id the page chose', async () => {
    const { db, meta } = await setup();
    const seen: number[] = [];
    const exported = await runJob(db, { type: 'export-json', draftId: meta.id }, (p) => seen.push(p));
    if (!exported.ok) throw new Error(exported.error);
    const imported = await runJob(db, { type: 'import-json', text: exported.json, fileName: 'x.json', policy, draftId: 'chosen-id' }, (p) => seen.push(p));
    expect(imported).toMatchObject({ ok: true, draftId: 'chosen-id' });
    expect(seen.length).toBeGreaterThanOrEqual(4);
    for (const step of [seen.slice(0, 2), seen.slice(2)]) expect(step).toEqual([...step].sort((a, b) => a - b));
    expect(seen.every((p) => p >= 0 && p <= 100)).toBe(true);
  });

  it('counts a draft saved before it was counted', async () => {
    const { db, meta } = await setup();
    await db.put('drafts', { ...meta, errorCount: 0, countsPending: true });
    expect(await runJob(db, { type: 'count', draftId: meta.id, policy })).toEqual({ ok: true, errorCount: 1, excludedCount: 0, stored: true });
    expect(await db.get('drafts', meta.id)).toMatchObject({ errorCount: 1 });
    expect((await db.get('drafts', meta.id))?.countsPending).toBeUndefined();
  });

  it('answers with a clear error instead of throwing', async () => {
    const { db } = await setup();
    expect(await runJob(db, { type: 'export-json', draftId: 'gone' })).toEqual({
      ok: false,
      error: 'This draft no longer exists. It may have been deleted in another tab.',
      said: { key: 'said.jobs.draftGone' },
    });
    const bad = await runJob(db, { type: 'import-json', text: '[]', fileName: 'x.json', policy });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^x\.json cannot be imported as a draft/);
  });

  it('checks requests before they run', () => {
    expect(jobRequestSchema.safeParse({ type: 'export-json', draftId: '' }).success).toBe(false);
    expect(jobRequestSchema.safeParse({ type: 'drop-tables' }).success).toBe(false);
  });
});
