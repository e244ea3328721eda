import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDraft, deleteDraft, keptSyncReport, loadDraft, markInvited, openRosterDb, planImport, type RosterDatabase } from '../drafts/index';
import type { PageMember } from '../sources/mos-members/members';
import type { PageInvitee } from '../messages';
import type { SourceTable } from '../sources/source-table';
import { handlePanelRequest, type MosTab } from './requests';

const freshDb = () => openRosterDb(`panel-test-${crypto.randomUUID()}`);

const HEADER = 'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments';

const TABLE: SourceTable = {
  headers: ['First Name', 'Last Name', 'Email', 'Job Title', 'mos_opportunity'],
  rows: [
    ['Jane', 'Doe', 'jane@example.com', 'Engineer II', 'TRUE'],
    ['Old', 'Hand', 'Old.Hand@Example.com', 'CFO', ''],
    ['Pat', 'Lee', 'pat@example.com', 'AE', ''],
    ['Bad', 'Row', 'not-an-email', 'Clerk', ''],
    ['Jane', 'Again', 'JANE@example.com', 'Engineer II', ''],
  ],
  origin: { kind: 'file', fileName: 'hr-export.csv', signature: 'x' },
};

function member(email: string, status: PageMember['status'] = 'active'): PageMember {
  return { email, name: '', jobTitle: '', status, billingStatus: '', progress: undefined };
}

interface FakeTab extends MosTab {
  attached: Array<{ fileName: string; csv: string }>;
  invited: PageInvitee[];
  reads: number;
}

function fakeTab(
  members: PageMember[] = [],
  attachResult: { ok: true; confirmed: boolean } | { ok: false; error: string } = { ok: true, confirmed: true },
  template: string[] | null = null,
): FakeTab {
  const tab: FakeTab = {
    attached: [],
    invited: [],
    reads: 0,
    async readMembers() {
      tab.reads++;
      return members;
    },
    async readTemplate() {
      return template;
    },
    async highlightMember() {
      return false;
    },
    async fillInvite(people) {
      tab.invited.push(...people);
      return { ok: true, mode: people.length > 1 ? 'multiple' : 'single', filled: people.length, problems: [], pressed: false, submitted: false, permissionOptions: [] };
    },
    async attachCsv(fileName, csv) {
      tab.attached.push({ fileName, csv });
      return attachResult;
    },
  };
  return tab;
}

async function seeded(db: RosterDatabase, name = 'Q4 hires', table = TABLE) {
  return createDraft(db, {
    name,
    table,
    mapping: { first_name: 0, last_name: 1, email: 2, job_title: 3, mos_opportunity: 4 },
  });
}

describe('panel/list-drafts', () => {
  it('lists draft summaries, newest first, with their source described', async () => {
    const db = await freshDb();
    await createDraft(db, { name: 'Older', table: TABLE, mapping: {}, now: 1000 });
    await createDraft(db, {
      name: 'Newer',
      table: { ...TABLE, origin: { kind: 'page', site: 'hr.example.com', title: 'People', signature: 'x' } },
      mapping: {},
      now: 2000,
    });
    const tab = fakeTab();
    const response = await handlePanelRequest({ type: 'panel/list-drafts' }, db, tab);
    expect(response).toEqual({
      ok: true,
      drafts: [
        // Mapped to nothing, every row lacks a work email: all five are left out, none is a problem.
        { id: expect.any(String), name: 'Newer', rowCount: 5, updatedAt: 2000, source: 'People (hr.example.com)', problems: 0 },
        { id: expect.any(String), name: 'Older', rowCount: 5, updatedAt: 1000, source: 'hr-export.csv', problems: 0 },
      ],
    });
    expect(tab.reads).toBe(0);
  });
});

describe('panel/plan', () => {
  it('leaves out people already in mOS (any case, pending too) and counts seats', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    const tab = fakeTab([member('old.hand@example.com'), member('PAT@example.com', 'pending'), member('x@example.com')]);
    const response = await handlePanelRequest({ type: 'panel/plan', draftId: draft.id }, db, tab);
    expect(response).toEqual({
      ok: true,
      plan: {
        toImport: 1,
        alreadyMembers: ['old.hand@example.com', 'pat@example.com'],
        invalid: 1,
        // Jane's repeated row is left out by default, the first kept.
        excluded: 1,
        leftOutByKind: { repeat: 1 },
        duplicates: 0,
        enableSeats: 1,
        opportunitySeats: 1,
        membersRead: 3,
        invited: 0,
      },
    });
    expect(tab.attached).toEqual([]);
  });

  it('leaves out whom the file marks as gone, counts them by why, and names those going with a note', async () => {
    const db = await freshDb();
    const table: SourceTable = {
      headers: ['First Name', 'Last Name', 'Email', 'Status'],
      rows: [
        ['Ann', 'Active', 'ann@example.com', 'Active'],
        ['Tom', 'Becker', 'tom@example.com', 'Terminated'],
        ['Grace', 'Okafor', 'grace@example.com', 'Contractor'],
        ['Old', 'Hand', 'old.hand@example.com', 'Terminated'],
      ],
      origin: { kind: 'file', fileName: 'hr.csv', signature: 'x' },
    };
    const draft = await createDraft(db, { name: 'With leavers', table, mapping: { first_name: 0, last_name: 1, email: 2, status: 3 } });
    const response = await handlePanelRequest({ type: 'panel/plan', draftId: draft.id }, db, fakeTab([member('Old.Hand@example.com')]));
    expect(response.ok && response.plan.leftOutByKind).toEqual({ left: 2 });
    expect(response.ok && response.plan.excluded).toBe(2);
    // Contractors stay in, with a note: they may need training.
    expect(response.ok && response.plan.noted).toEqual({ count: 1, first: [{ who: 'Grace Okafor · grace@example.com', column: 'Status', value: 'Contractor' }] });
    expect(response.ok && response.plan.toImport).toBe(2);
    const tab = fakeTab();
    await handlePanelRequest({ type: 'panel/send', draftId: draft.id }, db, tab);
    expect(tab.attached[0]!.csv.split('\n').slice(1).map((line) => line.split(',')[3])).toEqual(['ann@example.com', 'grace@example.com']);
  });

  it('gives out no user_ids', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    await handlePanelRequest({ type: 'panel/plan', draftId: draft.id }, db, fakeTab());
    expect(await db.count('userIdChunks')).toBe(0);
  });

  it('answers ok:false for an unknown draft', async () => {
    const db = await freshDb();
    const response = await handlePanelRequest({ type: 'panel/plan', draftId: 'gone' }, db, fakeTab());
    expect(response.ok).toBe(false);
    expect(!response.ok && response.error).toMatch(/no longer exists/);
  });

  it('passes a failure to read the page on as ok:false', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    const tab = fakeTab();
    tab.readMembers = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await handlePanelRequest({ type: 'panel/plan', draftId: draft.id }, db, tab)).toEqual({
      ok: false,
      error: 'Could not establish connection. Receiving end does not exist.',
    });
  });
});

describe('without Opportunity licenses', () => {
  it('plans and sends FALSE for every Opportunity seat', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    const policy = { opportunityLicenses: false };
    const planned = await handlePanelRequest({ type: 'panel/plan', draftId: draft.id }, db, fakeTab(), policy);
    expect(planned.ok && planned.plan.opportunitySeats).toBe(0);
    const tab = fakeTab();
    await handlePanelRequest({ type: 'panel/send', draftId: draft.id }, db, tab, policy);
    expect(tab.attached[0]!.csv.split('\n')[1]).toBe('EXT00001,Jane,Doe,jane@example.com,Engineer II,TRUE,FALSE,');
  });
});

describe('panel/send', () => {
  it('hands the exact CSV to the page under a safe file name', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    const tab = fakeTab([member('old.hand@example.com')]);
    const response = await handlePanelRequest({ type: 'panel/send', draftId: draft.id }, db, tab);
    expect(tab.attached).toHaveLength(1);
    expect(tab.attached[0]!.csv).toBe(
      [
        HEADER,
        'EXT00001,Jane,Doe,jane@example.com,Engineer II,TRUE,TRUE,',
        'EXT00002,Pat,Lee,pat@example.com,AE,TRUE,FALSE,',
      ].join('\n'),
    );
    expect(tab.attached[0]!.fileName).toMatch(/^q4-hires-mos-import-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(response).toEqual({
      ok: true,
      fileName: tab.attached[0]!.fileName,
      confirmed: true,
      templateNotes: [],
      templateNotesSaid: [],
      plan: {
        toImport: 2,
        alreadyMembers: ['old.hand@example.com'],
        invalid: 1,
        excluded: 1,
        leftOutByKind: { repeat: 1 },
        duplicates: 0,
        enableSeats: 2,
        opportunitySeats: 1,
        membersRead: 1,
        invited: 0,
      },
    });
  });

  it('keeps user_ids when sent again', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    const first = fakeTab();
    await handlePanelRequest({ type: 'panel/send', draftId: draft.id }, db, first);
    const second = fakeTab();
    await handlePanelRequest({ type: 'panel/send', draftId: draft.id }, db, second);
    expect(second.attached[0]!.csv).toBe(first.attached[0]!.csv);
  });

  it('passes on an unconfirmed attach', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    const response = await handlePanelRequest(
      { type: 'panel/send', draftId: draft.id },
      db,
      fakeTab([], { ok: true, confirmed: false }),
    );
    expect(response).toMatchObject({ ok: true, confirmed: false });
  });

  it('answers ok:false with a clear message, attaching nothing, when nobody is left to import', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    const tab = fakeTab(['jane@example.com', 'old.hand@example.com', 'pat@example.com'].map((e) => member(e)));
    const response = await handlePanelRequest({ type: 'panel/send', draftId: draft.id }, db, tab);
    expect(response).toEqual({
      ok: false,
      error: 'Nobody to import: everyone in this draft is already in mOS, excluded or has errors.',
      said: { key: 'said.panel.nobodyToImport' },
    });
    expect(tab.attached).toEqual([]);
  });

  it('passes an attach failure through', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    const tab = fakeTab([], { ok: false, error: 'The "Import CSV" button was not found on this page.' });
    expect(await handlePanelRequest({ type: 'panel/send', draftId: draft.id }, db, tab)).toEqual({
      ok: false,
      error: 'The "Import CSV" button was not found on this page.',
      said: { key: 'said.mosPage.noImportButton' },
    });
    expect(tab.attached).toHaveLength(1);
  });

  it('answers ok:false for an unknown draft, attaching nothing', async () => {
    const db = await freshDb();
    const tab = fakeTab();
    const response = await handlePanelRequest({ type: 'panel/send', draftId: 'gone' }, db, tab);
    expect(response).toEqual({
      ok: false,
      error: 'That draft no longer exists. It may have been deleted in another tab.',
      said: { key: 'said.panel.draftGone' },
    });
    expect(tab.attached).toEqual([]);
  });
});

describe('following the page\'s own template', () => {
  it('writes the columns in the page\'s order, leaves unknown ones empty and says so', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    const template = ['email', 'user_id', 'first_name', 'last_name', 'job_title', 'mos_enable', 'course_enrollments', 'team'];
    const tab = fakeTab([], { ok: true, confirmed: true }, template);
    const response = await handlePanelRequest({ type: 'panel/send', draftId: draft.id }, db, tab);
    expect(tab.attached[0]!.csv).toBe(
      [
        template.join(','),
        'jane@example.com,EXT00001,Jane,Doe,Engineer II,TRUE,,',
        'old.hand@example.com,EXT00002,Old,Hand,CFO,TRUE,,',
        'pat@example.com,EXT00003,Pat,Lee,AE,TRUE,,',
      ].join('\n'),
    );
    expect(response).toMatchObject({
      ok: true,
      templateNotes: [
        'The mOS template has columns we cannot fill, left empty: team.',
        'The mOS template has no mos_opportunity column, so that is not sent.',
      ],
    });
  });
});

describe('panel/download', () => {
  it('returns the same file the page would get, without touching the page', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    const tab = fakeTab([member('old.hand@example.com')]);
    const response = await handlePanelRequest({ type: 'panel/download', draftId: draft.id }, db, tab);
    expect(tab.attached).toEqual([]);
    expect(response).toMatchObject({
      ok: true,
      csv: [HEADER, 'EXT00001,Jane,Doe,jane@example.com,Engineer II,TRUE,TRUE,', 'EXT00002,Pat,Lee,pat@example.com,AE,TRUE,FALSE,'].join('\n'),
      fileName: expect.stringMatching(/\.csv$/),
    });
  });
});

describe('panel/import-table', () => {
  it('saves a table read in the panel as a mapped draft, computing the signature itself', async () => {
    const db = await freshDb();
    const tab = fakeTab();
    const res = await handlePanelRequest(
      {
        type: 'panel/import-table',
        importId: crypto.randomUUID(),
        table: {
          headers: ['Name', 'Work Email'],
          rows: [['Doe, Jane', 'Jane@Example.com']],
          origin: { kind: 'file', fileName: 'export.csv', signature: 'forged' },
        },
      },
      db,
      tab,
    );
    expect(res.ok).toBe(true);
    const draft = await loadDraft(db, (res as { draftId: string }).draftId);
    expect(draft?.meta.origin).toEqual({ kind: 'file', fileName: 'export.csv', signature: 'name|work email' });
    expect(planImport(draft!).people.map((p) => [p.first_name, p.last_name, p.email])).toEqual([['Jane', 'Doe', 'jane@example.com']]);
    expect(tab.reads).toBe(0);
  });

  const importing = (importId: string) => ({
    type: 'panel/import-table' as const,
    importId,
    table: { headers: ['Email'], rows: [['a@example.com']], origin: { kind: 'file' as const, fileName: 'a.csv', signature: 'x' } },
  });

  it('leaves no draft when Cancel arrives while it is saved, once it is saved, or before the import itself', async () => {
    const db = await freshDb();
    const tab = fakeTab();
    const cancel = (importId: string) => handlePanelRequest({ type: 'panel/cancel-import', importId }, db, tab);

    const whileSaving = crypto.randomUUID();
    const saving = handlePanelRequest(importing(whileSaving), db, tab);
    expect(await cancel(whileSaving)).toEqual({ ok: true });
    expect(await saving).toMatchObject({ ok: true, cancelled: true });

    const afterSaving = crypto.randomUUID();
    const saved = await handlePanelRequest(importing(afterSaving), db, tab);
    expect(saved).toMatchObject({ ok: true });
    expect(await loadDraft(db, (saved as { draftId: string }).draftId)).toBeDefined();
    await cancel(afterSaving);
    expect(await loadDraft(db, (saved as { draftId: string }).draftId)).toBeUndefined();

    const beforeArriving = crypto.randomUUID();
    await cancel(beforeArriving);
    expect(await handlePanelRequest(importing(beforeArriving), db, tab)).toMatchObject({ ok: true, cancelled: true });
    expect(await handlePanelRequest({ type: 'panel/list-drafts' }, db, tab)).toEqual({ ok: true, drafts: [] });

    // Another import is not touched by these Cancels.
    const kept = await handlePanelRequest(importing(crypto.randomUUID()), db, tab);
    expect(await loadDraft(db, (kept as { draftId: string }).draftId)).toBeDefined();
  });
});

describe('panel/fill-invite', () => {
  it('fills the + Invite form with the people the file would carry, programs by name, as members', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    const tab = fakeTab([member('old.hand@example.com')]);
    const response = await handlePanelRequest({ type: 'panel/fill-invite', draftId: draft.id }, db, tab);
    expect(response).toEqual({ ok: true, filled: 2, problems: [], problemParts: [] });
    expect(tab.invited).toEqual([
      { first_name: 'Jane', last_name: 'Doe', email: 'jane@example.com', job_title: 'Engineer II', permissions: 'Member', mos_enable: true, mos_opportunity: true, programs: [] },
      { first_name: 'Pat', last_name: 'Lee', email: 'pat@example.com', job_title: 'AE', permissions: 'Member', mos_enable: true, mos_opportunity: false, programs: [] },
    ]);
  });

  it('sends more than ten people to the file instead', async () => {
    const db = await freshDb();
    const rows = Array.from({ length: 11 }, (_, i) => [`P${i}`, 'X', `p${i}@example.com`, 'AE', '']);
    const draft = await seeded(db, 'Big', { ...TABLE, rows });
    const tab = fakeTab();
    const response = await handlePanelRequest({ type: 'panel/fill-invite', draftId: draft.id }, db, tab);
    expect(response).toEqual({
      ok: false,
      error: 'The + Invite form is for 10 people or fewer; send the 11 as a file instead.',
      said: { key: 'said.panel.tooManyForForm', subs: { max: 10, count: 11 } },
    });
    expect(tab.invited).toEqual([]);
  });
});

describe('invitations seen after a send', () => {
  it('counts the people of the draft the page has shown as invited, with the latest time', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    await markInvited(db, draft.id, ['jane@example.com'], 5000);
    await markInvited(db, draft.id, ['pat@example.com'], 7000);
    const response = await handlePanelRequest({ type: 'panel/plan', draftId: draft.id }, db, fakeTab());
    expect(response).toMatchObject({ ok: true, plan: { invited: 2, invitedAt: 7000 } });
  });
});

describe('panel/sync keeps its report with the draft', () => {
  it('stores the latest report, says when the one before was made, and goes with the draft', async () => {
    const db = await freshDb();
    const draft = await seeded(db);
    const first = await handlePanelRequest({ type: 'panel/sync', draftId: draft.id }, db, fakeTab([member('old.hand@example.com')]));
    const second = await handlePanelRequest({ type: 'panel/sync', draftId: draft.id }, db, fakeTab([member('old.hand@example.com')]));
    if (!first.ok || !second.ok) throw new Error('sync failed');
    expect(second.report.previousAt).toBe(first.report.at);
    const kept = await keptSyncReport(db, draft.id);
    expect(kept).toMatchObject({ draftId: draft.id, at: second.report.at, counts: second.report.counts, csv: second.report.csv });
    await deleteDraft(db, draft.id);
    expect(await keptSyncReport(db, draft.id)).toBeUndefined();
  });
});
