import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_ORG_KEY, DraftChannel, appendRows, createDraft, loadDraft, openRosterDb, type DraftEvent } from '../../drafts/index';
import { produceMosCsv } from '../../out/index';
import { addInviteesToDraft, inviteesTable } from './to-draft';
import type { InvitePerson } from './person';

// Draft names carry the date as the browser's language writes it: these tests read British English.
vi.stubGlobal('navigator', { language: 'en-GB' });

const freshDb = () => openRosterDb(`to-draft-test-${crypto.randomUUID()}`);
const HEADER = 'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments';

const jane: InvitePerson = {
  first_name: 'Jane',
  last_name: 'Doe',
  email: 'jane@acme.com',
  job_title: 'Engineer II',
  permissions: 'Administrator',
  mos_enable: true,
  mos_opportunity: true,
  course_enrollments: ['meddpicc-masterclass', 'Meddicc-go-live-plan'],
};
const bob: InvitePerson = { ...jane, first_name: 'Bob', last_name: 'Roe', email: 'bob@acme.com', job_title: '=cmd', mos_opportunity: false, course_enrollments: [] };

describe('inviteesTable', () => {
  it('uses the template’s columns, seats as TRUE/FALSE and programs as slugs', () => {
    expect(inviteesTable([jane], 'app.mos.example')).toEqual({
      headers: ['first_name', 'last_name', 'email', 'job_title', 'mos_enable', 'mos_opportunity', 'course_enrollments'],
      rows: [['Jane', 'Doe', 'jane@acme.com', 'Engineer II', 'TRUE', 'TRUE', 'meddpicc-masterclass,Meddicc-go-live-plan']],
      origin: {
        kind: 'page',
        site: 'app.mos.example',
        title: 'Roster Sync invite form',
        signature: 'first_name|last_name|email|job_title|mos_enable|mos_opportunity|course_enrollments',
      },
    });
  });
});

describe('addInviteesToDraft', () => {
  it('makes a new draft whose file is exactly these people', async () => {
    const db = await freshDb();
    const heard: DraftEvent[] = [];
    const listener = new DraftChannel();
    listener.subscribe((event) => heard.push(event));
    const result = await addInviteesToDraft(db, { kind: 'new' }, [jane, bob], { site: '127.0.0.1', now: new Date('2025-03-05T10:00:00Z') });
    expect(result).toMatchObject({ added: 2, alreadyInDraft: [], draft: { name: 'Invites – 5 Mar 2025', rowCount: 2 } });
    // Draft lists open in other tabs are told of it.
    await vi.waitFor(() => expect(heard).toEqual([expect.objectContaining({ type: 'list' })]));
    listener.close();
    const named = await addInviteesToDraft(db, { kind: 'new' }, [jane], { site: 'x', now: new Date('2025-03-05T10:00:00Z'), nameNew: (now) => `Einladungen – ${now.getUTCDate()}.` });
    expect(named.draft.name).toBe('Einladungen – 5.');
    const draft = (await loadDraft(db, result.draft.id))!;
    const { csv } = await produceMosCsv(db, draft, { orgKey: DEFAULT_ORG_KEY });
    expect(csv).toBe(
      [
        HEADER,
        'EXT00001,Jane,Doe,jane@acme.com,Engineer II,TRUE,TRUE,"meddpicc-masterclass,Meddicc-go-live-plan"',
        "EXT00002,Bob,Roe,bob@acme.com,'=cmd,TRUE,FALSE,",
      ].join('\n'),
    );
  });

  it('adds to a draft from another source without repeating anybody already in it', async () => {
    const db = await freshDb();
    const meta = await createDraft(db, {
      name: 'HR export',
      table: {
        headers: ['Name', 'Work Email', 'Dept'],
        rows: [['Jane Doe', 'JANE@acme.com', 'R&D']],
        origin: { kind: 'file', fileName: 'hr.csv', signature: 'name|work email|dept' },
      },
      mapping: { email: 1 },
    });
    const result = await addInviteesToDraft(db, { kind: 'existing', id: meta.id }, [jane, bob], { site: 'x', now: new Date(2_000_000_000_000) });
    expect(result).toMatchObject({ added: 1, alreadyInDraft: ['jane@acme.com'], draft: { id: meta.id, rowCount: 2, updatedAt: 2_000_000_000_000 } });
    const draft = (await loadDraft(db, meta.id))!;
    expect(draft.rows[1]).toEqual({
      draftId: meta.id,
      index: 1,
      cells: ['', '', ''],
      edits: { first_name: 'Bob', last_name: 'Roe', email: 'bob@acme.com', job_title: '=cmd', mos_enable: 'TRUE', mos_opportunity: 'FALSE', course_enrollments: '' },
      excluded: false,
      rev: 0,
    });
    const { csv } = await produceMosCsv(db, draft, { orgKey: DEFAULT_ORG_KEY });
    expect(csv.split('\n')[2]).toBe("EXT00002,Bob,Roe,bob@acme.com,'=cmd,TRUE,FALSE,");
  });

  it('says so when the chosen draft is gone', async () => {
    const db = await freshDb();
    await expect(addInviteesToDraft(db, { kind: 'existing', id: 'nope' }, [jane], { site: 'x' })).rejects.toThrow('no longer exists');
    await expect(appendRows(db, 'nope', [{ email: 'a@b.co' }])).rejects.toThrow('no longer exists');
  });
});
