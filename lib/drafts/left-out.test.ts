import { describe, expect, it } from 'vitest';
import { prng } from '../../bench/page/data';
import { LEAVE_OUT_KINDS, type ColumnMapping } from '../mapping';
import { matchMembers, type MatchableMember, type MatchablePerson } from '../mos/member-match';
import { assembleVerdicts, judgeRows, ownJudge, rowEmailKey, rowJudge } from './left-out';
import { checkRow, planImport, rosterPersonOf, type ImportPlan } from './rows';
import type { Draft, DraftMeta, DraftRow, RowPolicy } from './types';

// The plain rules the quicker ones replaced: a verdict object per row and the email read twice, a check per row.
function judgeRowsPlain(rows: readonly DraftRow[], meta: DraftMeta, policy: RowPolicy) {
  const judge = rowJudge(meta, policy);
  return assembleVerdicts(rows, (pos) => {
    const verdict = judge(rows[pos]!);
    return verdict.leftOut ? { ...verdict, email: '' } : { ...verdict, email: rowEmailKey(rows[pos]!, meta) };
  }, policy);
}

function planImportPlain(draft: Draft, members: readonly MatchableMember[], policy: RowPolicy): ImportPlan {
  const plan: ImportPlan = { people: [], invalid: [], excluded: [], leftOut: [], noted: [], alreadyMembers: [], underOtherEmail: [], duplicates: [], duplicateRows: [] };
  const seen = new Map<string, number>();
  const verdicts = judgeRowsPlain(draft.rows, draft.meta, policy);
  const persons = draft.rows.map((row) => rosterPersonOf(row, draft.meta, policy));
  const firsts = new Map<string, MatchablePerson>();
  for (const person of persons) if (person.email && !firsts.has(person.email)) firsts.set(person.email, person);
  const matches = matchMembers([...firsts.values()], members);
  draft.rows.forEach((row, pos) => {
    const why = verdicts.leftOut[pos];
    if (why) {
      plan.excluded.push(row);
      plan.leftOut.push({ row, why });
      return;
    }
    const note = verdicts.notes[pos];
    if (note) plan.noted.push({ row, note });
    const check = checkRow(row, draft.meta, policy);
    const first = members.length > 0 ? firsts.get(persons[pos]!.email) : undefined;
    const matched = first && matches.get(first);
    if (!check.person) plan.invalid.push(check);
    else if (matched) {
      plan.alreadyMembers.push(check.person);
      if (matched.how === 'name') plan.underOtherEmail.push({ person: check.person, memberEmail: matched.member.email });
    } else if (seen.has(check.person.email)) {
      plan.duplicates.push(check.person);
      plan.duplicateRows.push({ row, keptIndex: seen.get(check.person.email)! });
    } else {
      seen.set(check.person.email, row.index);
      plan.people.push(check.person);
    }
  });
  return plan;
}

describe('judgeRows and planImport, against the plain rules', () => {
  // Seeded, so the generated cases are the same on every run.
  const next = prng(2323);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const headers = ['First', 'Last', 'Email', 'Title', 'Status', 'Type', 'Unit', 'Programs'];
  const cellFor = [
    () => pick(['Ana', 'Open', 'Total', 'TBH', ' ', '', 'Sam (Terminated)', 'Müller', 'N']),
    () => pick(['Almeida', 'Position', '', 'Room', 'Lee (on leave)', 'García']),
    () => pick(['ana@example.com', 'ANA@Example.com ', 'bo@x.io', '<cy@x.io>', 'mailto:bo@x.io', 'nope', '', 'g_x#EXT#@t.onmicrosoft.com', `p${Math.floor(next() * 30)}@x.io`]),
    () => pick(['Engineer', 'Open position', 'Vacancy', '', 'Sales']),
    () => pick(['Active', 'Terminated', 'Guest', 'On leave', 'Pre-hire', '', 'Room']),
    () => pick(['Employee', 'Contractor', 'Freelance', '', 'Service account']),
    () => pick(['/Staff', '/Resources/Rooms', 'SharedMailbox', '', 'Sales']),
    () => pick(['', 'meddpicc-masterclass', 'nonsense', 'value-pyramid-program']),
  ];
  const mappings: ColumnMapping[] = [
    { first_name: 0, last_name: 1, email: 2, job_title: 3, status: 4, employment_type: 5, course_enrollments: 7 },
    { first_name: 0, last_name: 1, email: 2 },
    { first_name: { join: [0, 1] }, email: { firstOf: [2, 6] }, status: 4 },
    { last_name: 1, job_title: 3, employment_type: 5 },
  ] as ColumnMapping[];
  const policies: RowPolicy[] = [
    { opportunityLicenses: true },
    { opportunityLicenses: false, preferredFirstNames: true },
    { opportunityLicenses: true, leaveOut: ['repeat', 'noWorkEmail'] },
    { opportunityLicenses: true, leaveOut: [] },
    { opportunityLicenses: true, leaveOut: LEAVE_OUT_KINDS.filter(() => next() < 0.5) },
  ];
  const members: MatchableMember[] = [
    { email: 'bo@x.io', name: 'Bo Brown' },
    { email: 'other@x.io', name: 'Ana Almeida' },
  ];

  it('give the same verdicts, and the same people in the same places, for generated drafts', () => {
    let leftOut = 0;
    let people = 0;
    for (let d = 0; d < 300; d++) {
      const meta: DraftMeta = {
        id: 'd', name: 'x', origin: { kind: 'file', fileName: 'x.csv', signature: '' }, headers, mapping: pick(mappings),
        defaults: { mos_enable: true, mos_opportunity: false, course_enrollments: [] },
        rowCount: 0, createdAt: 0, updatedAt: 0, errorCount: 0, excludedCount: 0, revision: 0,
      };
      const rows: DraftRow[] = Array.from({ length: 1 + Math.floor(next() * 60) }, (_, index) => ({
        draftId: 'd', index, cells: cellFor.map((c) => c()),
        edits: next() < 0.1 ? { email: pick(['', 'ed@x.io', 'ANA@example.com']) } : {},
        excluded: next() < 0.05, rev: 0,
        ...(next() < 0.1 && { putBack: true }),
      }));
      const policy = pick(policies);
      const draft: Draft = { meta: { ...meta, rowCount: rows.length }, rows };
      expect(judgeRows(rows, meta, policy)).toEqual(judgeRowsPlain(rows, meta, policy));
      const judge = ownJudge(meta, policy);
      const plainJudge = rowJudge(meta, policy);
      for (const row of rows) {
        const plain = plainJudge(row);
        expect(judge(row)).toEqual(plain.leftOut ? { ...plain, email: '' } : { ...plain, email: rowEmailKey(row, meta) });
      }
      const withMembers = next() < 0.3 ? members : [];
      const plan = planImport(draft, withMembers, policy);
      expect(plan).toEqual(planImportPlain(draft, withMembers, policy));
      leftOut += plan.leftOut.length;
      people += plan.people.length;
    }
    // Both sides of every rule are well represented.
    expect(leftOut).toBeGreaterThan(1_000);
    expect(people).toBeGreaterThan(500);
  });
});
