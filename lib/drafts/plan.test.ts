import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { summarise } from '../mos-panel/plan';
import { buildSyncReport } from '../sync/report';
import { rosterFromDraft } from '../sync/from-draft';
import { countRows } from './counts';
import { DraftModel } from './editor/model';
import { planNumbers } from './plan';
import { planImport } from './rows';
import { summarisePlan } from '../out/summary';
import type { Draft, DraftRow } from './types';

const row = (index: number, cells: string[], more: Partial<DraftRow> = {}): DraftRow => ({ draftId: 'd', index, cells, edits: {}, excluded: false, rev: 0, ...more });

/** Every kind at once: people going, one left, a guest, a room, no email, a repeat, a repeat put back, a bad email, a contractor. */
const DRAFT: Draft = {
  meta: {
    id: 'd',
    name: 'All kinds',
    origin: { kind: 'file', fileName: 'x.csv', signature: '' },
    headers: ['First', 'Last', 'Email', 'Status', 'Programs', 'Opportunity'],
    mapping: { first_name: 0, last_name: 1, email: 2, status: 3, course_enrollments: 4, mos_opportunity: 5 },
    defaults: { mos_enable: true, mos_opportunity: false, course_enrollments: [] },
    rowCount: 10,
    createdAt: 0,
    updatedAt: 0,
    errorCount: 0,
    excludedCount: 0,
    revision: 0,
  },
  rows: [
    row(0, ['Ann', 'Lee', 'ann@example.com', 'Active', 'meddpicc-masterclass', 'TRUE']),
    row(1, ['Tom', 'Gone', 'tom@example.com', 'Terminated', '', '']),
    row(2, ['Gia', 'Guest', 'gia@example.com', 'Guest', '', '']),
    row(3, ['Board', 'Room', 'room@example.com', 'Room', '', '']),
    row(4, ['No', 'Mail', '', 'Active', '', '']),
    row(5, ['Ann', 'Again', 'ANN@example.com ', 'Active', '', '']),
    row(6, ['Ann', 'Third', 'ann@example.com', 'Active', '', ''], { putBack: true }),
    row(7, ['Bad', 'Email', 'nope', 'Active', '', '']),
    row(8, ['Cy', 'Contractor', 'cy@example.com', 'Contractor', 'value-pyramid-program', '']),
    row(9, ['Pat', 'Member', 'pat@example.com', 'Active', '', '']),
  ],
};

describe('the one plan of a draft', () => {
  const members = [{ email: 'pat@example.com', name: '' }];
  const plan = planImport(DRAFT, members);
  const numbers = planNumbers(plan, DRAFT.rows.length);

  it('counts to invite, left out by kind, cannot go, already in mOS, seats and people per program', () => {
    expect(numbers).toMatchObject({
      rows: 10,
      toInvite: 2,
      leftOut: 5,
      leftOutByKind: { left: 1, guest: 1, notPerson: 1, noWorkEmail: 1, repeat: 1 },
      cannotGo: 2,
      invalid: 1,
      duplicates: 1,
      alreadyInMos: 1,
      enableSeats: 2,
      opportunitySeats: 1,
      noted: 1,
    });
    expect(numbers.perProgram.filter((p) => p.people > 0).map((p) => [p.slug, p.people])).toEqual([
      ['meddpicc-masterclass', 1],
      ['value-pyramid-program', 1],
    ]);
  });

  it('is what the download summary shows', () => {
    const summary = summarisePlan(plan, DRAFT.rows.length);
    expect(summary).toMatchObject({
      toImport: numbers.toInvite,
      excluded: numbers.leftOut,
      leftOutByKind: numbers.leftOutByKind,
      cannotGo: numbers.cannotGo,
      alreadyMembers: numbers.alreadyInMos,
      enableSeats: numbers.enableSeats,
      opportunitySeats: numbers.opportunitySeats,
      perProgram: numbers.perProgram,
    });
  });

  it('is what the mOS panel shows', () => {
    const panel = summarise(plan, 1, new Map(), DRAFT);
    expect(panel).toMatchObject({
      toImport: numbers.toInvite,
      excluded: numbers.leftOut,
      leftOutByKind: numbers.leftOutByKind,
      invalid: numbers.invalid,
      duplicates: numbers.duplicates,
      enableSeats: numbers.enableSeats,
      opportunitySeats: numbers.opportunitySeats,
    });
    expect(panel.alreadyMembers).toHaveLength(numbers.alreadyInMos);
  });

  it('is what the draft lists and the popup show (the counts stored with the draft)', async () => {
    const alone = planNumbers(planImport(DRAFT), DRAFT.rows.length);
    expect(await countRows(DRAFT.rows, DRAFT.meta)).toEqual({ errorCount: alone.cannotGo, excludedCount: alone.leftOut });
  });

  it('is what the editor header shows', async () => {
    const model = new DraftModel(structuredClone(DRAFT));
    await model.checkPending();
    const alone = planNumbers(planImport(DRAFT), DRAFT.rows.length);
    expect(model.counts()).toMatchObject({ cannotGo: alone.cannotGo, excluded: alone.leftOut, leftOutByKind: alone.leftOutByKind });
  });

  it('is what the sync report counts as new: the people the file would invite', () => {
    const report = buildSyncReport(rosterFromDraft(DRAFT).map((e) => e.person), [{ email: 'pat@example.com', name: 'Pat Member', jobTitle: '', status: 'active', billingStatus: '' }]);
    expect(report.counts.new).toBe(numbers.toInvite);
  });
});

describe('the plan and the sync report find the same people in mOS', () => {
  const member = (name: string, email: string) => ({ email, name, jobTitle: '', status: 'active' as const, billingStatus: '' });
  const rows = [
    // mOS knows her under her old email: the same person by a name unique on both sides.
    row(0, ['Mia', 'Novak', 'mia.novak@new.example', 'Active', '', '']),
    // Two Sams in the roster: neither is matched by name.
    row(1, ['Sam', 'Ito', 'sam1@example.com', 'Active', '', '']),
    row(2, ['Sam', 'Ito', 'sam2@example.com', 'Active', '', '']),
    // A leaver whose namesake in mOS is someone else's account: the leaver takes the match, not the new hire.
    row(3, ['Lou', 'Park', 'lou@old.example', 'Terminated', '', '']),
    row(4, ['Lou', 'Park', 'lou.park@example.com', 'Active', '', '']),
    // A leaver the admin put back: going into the file, so "new" in the report too.
    row(5, ['Rae', 'Kim', 'rae@example.com', 'Inactive', '', ''], { putBack: true }),
    row(6, ['Ida', 'Berg', 'ida@example.com', 'Suspended', '', '']),
    row(7, ['Noor', 'Ali', 'noor@example.com', 'Active', '', '']),
  ];
  const draft: Draft = { ...DRAFT, meta: { ...DRAFT.meta, rowCount: rows.length }, rows };
  const members = [member('Mia Novak', 'mia@old.example'), member('Sam Ito', 'sam@old.example'), member('Lou Park', 'lou@old.example'), member('Ida Berg', 'ida@example.com')];

  it('leaves out of the file exactly those the report does not call new', () => {
    const plan = planImport(draft, members);
    const report = buildSyncReport(rosterFromDraft(draft).map((e) => e.person), members);
    const newInReport = report.entries.filter((e) => e.status === 'new').map((e) => e.email).sort();
    expect(plan.people.map((p) => p.email).sort()).toEqual(newInReport);
    expect(newInReport).toEqual(['lou.park@example.com', 'noor@example.com', 'rae@example.com', 'sam1@example.com', 'sam2@example.com']);
  });

  it('names who mOS holds under another email, as the report does', () => {
    const plan = planImport(draft, members);
    expect(plan.underOtherEmail.map((u) => [u.person.email, u.memberEmail])).toEqual([['mia.novak@new.example', 'mia@old.example']]);
    const report = buildSyncReport(rosterFromDraft(draft).map((e) => e.person), members);
    expect(report.entries.find((e) => e.roster?.email === 'mia.novak@new.example')?.status).toBe('changed');
    const panel = summarise(plan, members.length, new Map(), draft);
    expect(panel.underOtherEmail).toEqual([{ name: 'Mia Novak', email: 'mia.novak@new.example', memberEmail: 'mia@old.example' }]);
    expect(panel.alreadyMembers).toContain('mia.novak@new.example');
  });

  it('names the status written after a name as the leaver\'s reason when there is no status column', () => {
    const meta = { ...DRAFT.meta, headers: ['First', 'Last', 'Email'], mapping: { first_name: 0, last_name: 1, email: 2 } };
    const sam: Draft = { meta, rows: [row(0, ['Sam', 'Ortiz (Terminated)', 'sam@example.com'])] };
    const report = buildSyncReport(rosterFromDraft(sam).map((e) => e.person), [member('Sam Ortiz', 'sam@example.com')]);
    expect(report.entries.map((e) => [e.status, e.reason])).toEqual([['leaver', expect.stringContaining('Terminated')]]);
  });

  it('takes "left" from the same status words as the file: a suspended member is offered for deactivation', () => {
    const report = buildSyncReport(rosterFromDraft(draft).map((e) => e.person), members);
    expect(report.deactivationCandidates.map((e) => e.email).sort()).toEqual(['ida@example.com', 'lou@old.example', 'sam@old.example']);
  });
});
