import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SourceTable } from '../sources/source-table';
import { openRosterDb } from '../drafts/db';
import { csvFileName, produceMosCsv } from './produce-csv';
import { toMosCsv } from './csv';
import { createDraft, loadDraft } from '../drafts/store';

const freshDb = () => openRosterDb(`csv-test-${crypto.randomUUID()}`);

const HEADER = 'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments';

const TABLE: SourceTable = {
  headers: ['First Name', 'Last Name', 'Email', 'Job Title', 'Programs'],
  rows: [
    ['Jane', 'Doe', 'Jane.Doe@Example.com', 'Engineer II', 'meddpicc-masterclass, MEDDICC Go Live Plan'],
    // A post-nominal is no part of the name; a comma in a title is quoted.
    ['John', 'Smith, Jr.', 'john@example.com', 'Assistant, Legal', ''],
    ['Old', 'Hand', 'old@example.com', 'CFO', ''],
    ['Bad', 'Row', 'nope', 'Clerk', ''],
    ['Jane', 'Twice', 'jane.doe@example.com', 'Engineer II', ''],
  ],
  origin: { kind: 'file', fileName: 'hr.csv', signature: 'x' },
};

async function savedDraft(db: Awaited<ReturnType<typeof freshDb>>) {
  const meta = await createDraft(db, {
    name: 'Q4 hires',
    table: TABLE,
    mapping: { first_name: 0, last_name: 1, email: 2, job_title: 3, course_enrollments: 4 },
  });
  return (await loadDraft(db, meta.id))!;
}

describe('produceMosCsv', () => {
  it('writes the exact template CSV with user_ids, leaving out members, invalid rows and repeats', async () => {
    const db = await freshDb();
    const draft = await savedDraft(db);
    const produced = await produceMosCsv(db, draft, { orgKey: 'acme', members: [{ email: 'old@example.com', name: 'Old Member' }] });
    expect(produced.csv).toBe(
      [
        HEADER,
        'EXT00001,Jane,Doe,jane.doe@example.com,Engineer II,TRUE,FALSE,"meddpicc-masterclass,Meddicc-go-live-plan"',
        'EXT00002,John,Smith,john@example.com,"Assistant, Legal",TRUE,FALSE,',
      ].join('\n'),
    );
    expect(produced.rows.map((r) => r.user_id)).toEqual(['EXT00001', 'EXT00002']);
    expect(produced.plan.alreadyMembers.map((p) => p.email)).toEqual(['old@example.com']);
    expect(produced.plan.invalid).toHaveLength(1);
    // The second Jane Doe row repeats her email: left out by default, the first kept.
    expect(produced.plan.leftOut.map(({ why }) => why.kind)).toEqual(['repeat']);
    expect(produced.plan.duplicates).toHaveLength(0);
  });

  it('leaves out by default people who left, guests, non-people and rows with no work email, and puts back whom the admin puts back', async () => {
    const db = await freshDb();
    const table = {
      headers: ['First', 'Last', 'Email', 'Title', 'Status'],
      rows: [
        ['Ann', 'Lee', 'ann@example.com', 'Engineer', 'Active'],
        ['Tom', 'Gone', 'tom@example.com', 'Engineer', 'Terminated'],
        ['Gia', 'Guest', 'gia_partner.example#EXT#@acme.onmicrosoft.com', 'Partner', 'Active'],
        ['Board', 'Room', 'boardroom@example.com', '', 'Room'],
        ['No', 'Mail', '', 'Clerk', 'Active'],
        ['Cy', 'Contractor', 'cy@example.com', 'Consultant', 'Contractor'],
      ],
      origin: { kind: 'file' as const, fileName: 'x.csv', signature: 'x' },
    };
    const meta = await createDraft(db, { name: 'Kinds', table, mapping: { first_name: 0, last_name: 1, email: 2, job_title: 3, status: 4 } });
    const draft = (await loadDraft(db, meta.id))!;
    const produced = await produceMosCsv(db, draft, { orgKey: 'acme' });
    expect(produced.rows.map((r) => r.email)).toEqual(['ann@example.com', 'cy@example.com']);
    expect(produced.plan.leftOut.map(({ row, why }) => [row.index, why.kind])).toEqual([
      [1, 'left'],
      [2, 'guest'],
      [3, 'notPerson'],
      [4, 'noWorkEmail'],
    ]);
    expect(produced.plan.noted.map(({ row, note }) => [row.index, note.kind])).toEqual([[5, 'contractor']]);
    const putBack = { ...draft, rows: draft.rows.map((r) => (r.index === 1 ? { ...r, putBack: true } : r)) };
    expect((await produceMosCsv(db, putBack, { orgKey: 'acme' })).rows.map((r) => r.email)).toEqual(['ann@example.com', 'tom@example.com', 'cy@example.com']);
    const settingOff = await produceMosCsv(db, draft, { orgKey: 'acme', policy: { opportunityLicenses: true, leaveOut: ['guest', 'notPerson', 'noWorkEmail', 'repeat'] } });
    expect(settingOff.rows.map((r) => r.email)).toContain('tom@example.com');
  });

  it("writes the text toMosCsv writes for its rows, which are the plan's people with their IDs, for a page's template too", async () => {
    const db = await freshDb();
    const draft = await savedDraft(db);
    const columns = ['email', 'Notes', 'user_id', 'first_name'];
    for (const options of [{ orgKey: 'acme' }, { orgKey: 'acme', columns }, { orgKey: 'globex', policy: { opportunityLicenses: true, leaveOut: [] } }]) {
      const produced = await produceMosCsv(db, draft, options);
      expect(produced.csv).toBe(toMosCsv(produced.rows, options.columns));
      expect(produced.rows.map(({ user_id: _, ...person }) => person)).toEqual(produced.plan.people);
      expect(produced.rows).toBe(produced.rows);
    }
  });

  it('gives the same IDs when run again, and the next ID to someone new', async () => {
    const db = await freshDb();
    const draft = await savedDraft(db);
    const first = await produceMosCsv(db, draft, { orgKey: 'acme' });
    const second = await produceMosCsv(db, draft, { orgKey: 'acme' });
    expect(second.csv).toBe(first.csv);
    expect(first.rows.map((r) => [r.email, r.user_id])).toEqual([
      ['jane.doe@example.com', 'EXT00001'],
      ['john@example.com', 'EXT00002'],
      ['old@example.com', 'EXT00003'],
    ]);
    const withNew = await produceMosCsv(
      db,
      { ...draft, rows: [...draft.rows, { ...draft.rows[0]!, index: 99, cells: ['Ana', 'Ruiz', 'ana@example.com', 'AE', ''] }] },
      { orgKey: 'acme' },
    );
    expect(withNew.rows.at(-1)).toMatchObject({ email: 'ana@example.com', user_id: 'EXT00004' });
  });

  it('counts user_ids per organisation', async () => {
    const db = await freshDb();
    const draft = await savedDraft(db);
    await produceMosCsv(db, draft, { orgKey: 'acme' });
    const other = await produceMosCsv(db, draft, { orgKey: 'globex', members: [{ email: 'jane.doe@example.com', name: 'Jane Doe' }] });
    expect(other.rows.map((r) => r.user_id)).toEqual(['EXT00001', 'EXT00002']);
    expect(other.rows[0]!.email).toBe('john@example.com');
  });

  it('writes only the header and uses no IDs when nobody is left', async () => {
    const db = await freshDb();
    const draft = await savedDraft(db);
    const produced = await produceMosCsv(db, { ...draft, rows: draft.rows.map((r) => ({ ...r, excluded: true })) }, { orgKey: 'acme' });
    expect(produced.csv).toBe(HEADER);
    expect(produced.rows).toEqual([]);
    expect(await db.get('orgs', 'acme')).toBeUndefined();
  });
});

describe('csvFileName', () => {
  const date = new Date('2024-03-05T12:00:00Z');

  it('makes the draft name safe and adds the date', () => {
    expect(csvFileName('Q4 hires', date)).toBe('q4-hires-mos-import-2024-03-05.csv');
  });

  it('leaves out the date a draft name ends in, in any language, keeping a year that is part of the name', () => {
    expect(csvFileName('roster.csv – 7 Dec 2026', date)).toBe('rostercsv-mos-import-2024-03-05.csv');
    expect(csvFileName('Invites – 7. Dez. 2026', date)).toBe('invites-mos-import-2024-03-05.csv');
    expect(csvFileName('People – Dec 7, 2026', date)).toBe('people-mos-import-2024-03-05.csv');
    expect(csvFileName('Hires 2026', date)).toBe('hires-2026-mos-import-2024-03-05.csv');
  });

  it('folds accents and drops slashes, dots and other punctuation', () => {
    const name = csvFileName('../Équipe Zoë/Ålborg: São Paulo\\ça?', date);
    expect(name).toBe('equipe-zoealborg-sao-pauloca-mos-import-2024-03-05.csv');
    expect(name).not.toMatch(/[/\\:?*"<>|]/);
    expect(name.startsWith('.')).toBe(false);
  });

  it('falls back to "roster" when nothing usable is left', () => {
    expect(csvFileName('', date)).toBe('roster-mos-import-2024-03-05.csv');
    expect(csvFileName('人事 / ***', date)).toBe('roster-mos-import-2024-03-05.csv');
  });

  it('keeps the name short and always ends with .csv', () => {
    const name = csvFileName('x'.repeat(500), date);
    expect(name.length).toBeLessThanOrEqual(60 + '-mos-import-2024-03-05.csv'.length);
    expect(name.endsWith('.csv')).toBe(true);
  });
});
