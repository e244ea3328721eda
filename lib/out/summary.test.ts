import { describe, expect, it } from 'vitest';
import { planImport } from '../drafts/rows';
import { errorReportCsv, errorReportLines, reportWordsSchema, summarisePlan } from './summary';
import type { Draft, DraftRow } from '../drafts/types';

function row(index: number, cells: string[], more: Partial<DraftRow> = {}): DraftRow {
  return { draftId: 'd', index, cells, edits: {}, excluded: false, rev: 0, ...more };
}

const DRAFT: Draft = {
  meta: {
    id: 'd',
    name: 'd',
    origin: { kind: 'file', fileName: 'x.csv', signature: '' },
    headers: ['First', 'Email', 'Opp', 'Programs'],
    mapping: { first_name: 0, email: 1, mos_opportunity: 2, course_enrollments: 3 },
    defaults: { mos_enable: true, mos_opportunity: false, course_enrollments: [] },
    rowCount: 6,
    createdAt: 0,
    updatedAt: 0,
    errorCount: 0,
    excludedCount: 0,
    revision: 0,
  },
  rows: [
    row(0, ['Jane', 'jane@example.com', 'TRUE', 'meddpicc-masterclass,value-pyramid-program']),
    row(1, ['John', 'john@example.com', '', 'MEDDPICC Masterclass'], { edits: { mos_enable: 'FALSE' } }),
    row(2, ['Bad', 'nope', 'maybe', 'basket weaving']),
    row(3, ['Gone', 'gone@example.com', '', ''], { excluded: true }),
    // Put back by the admin: a repeat and a row with no email, so the report has them to list.
    row(4, ['Jane again', 'JANE@example.com', '', ''], { putBack: true }),
    row(5, ['=cmd', '', '', ''], { putBack: true }),
  ],
};

describe('summarisePlan', () => {
  it('counts rows, exclusions, seats needed and people per program of the people in the file', () => {
    const summary = summarisePlan(planImport(DRAFT), DRAFT.rows.length);
    expect(summary).toMatchObject({
      rows: 6,
      excluded: 1,
      toImport: 2,
      invalid: 2,
      duplicates: 1,
      alreadyMembers: 0,
      enableSeats: 1,
      opportunitySeats: 1,
    });
    expect(summary.perProgram.map((p) => [p.name, p.people])).toEqual([
      ['MEDDPICC Leadership and Enablement Toolkit', 0],
      ['MEDDPICC Leadership and Enablement Program', 0],
      ['MEDDICC Value Program', 0],
      ['MEDDPICC Masterclass', 2],
      ['MEDDICC Go Live Plan', 0],
      ['MEDDICC Value Pyramid Program', 1],
    ]);
  });

  it('counts rows left out by default by why, and none of them as problems', () => {
    const byDefault = { ...DRAFT, rows: DRAFT.rows.map(({ putBack: _p, ...r }) => r) };
    const summary = summarisePlan(planImport(byDefault), 6);
    expect(summary).toMatchObject({ excluded: 3, leftOutByKind: { chosen: 1, repeat: 1, noWorkEmail: 1 }, invalid: 1, duplicates: 0, cannotGo: 1 });
  });

  it('counts no Opportunity seats without licenses', () => {
    expect(summarisePlan(planImport(DRAFT, [], { opportunityLicenses: false }), 6).opportunitySeats).toBe(0);
  });
});

describe('error report', () => {
  it('lists each reason a row cannot go, by row number as the editor shows it', () => {
    expect(errorReportLines(planImport(DRAFT))).toEqual([
      { row: 3, column: 'email', message: '"nope" is not a valid email address: it has no @' },
      { row: 3, column: 'mos_opportunity', message: 'must be TRUE or FALSE, not "maybe"' },
      { row: 3, column: 'course_enrollments', message: '"basket weaving" is not an mOS program' },
      { row: 5, column: 'email', message: 'Same email as row 1, which is imported instead' },
      { row: 6, column: 'email', message: 'Email is missing' },
    ]);
  });

  it('writes it as CSV with a header and quoted messages', () => {
    const csv = errorReportCsv(planImport(DRAFT));
    expect(csv.split('\n')[0]).toBe('row,column,message');
    expect(csv.split('\n')[1]).toBe('3,email,"""nope"" is not a valid email address: it has no @"');
    expect(csv.split('\n')).toHaveLength(6);
  });
  it('speaks the words the page gives, keeping the English where it gives none', () => {
    const words = {
      header: ['Zeile', 'Spalte', 'Meldung'] as [string, string, string],
      checks: { emailNoAt: '"{email}" ist keine gültige E-Mail-Adresse: Es fehlt das @', sameEmailKept: 'Wie Zeile {row}' },
      fileWord: 'nicht-importierbare-zeilen',
    };
    expect(reportWordsSchema.parse(words)).toEqual(words);
    const csv = errorReportCsv(planImport(DRAFT), words).split('\n');
    expect(csv[0]).toBe('Zeile,Spalte,Meldung');
    expect(csv[1]).toBe('3,email,"""nope"" ist keine gültige E-Mail-Adresse: Es fehlt das @"');
    expect(csv[2]).toBe('3,mos_opportunity,"must be TRUE or FALSE, not ""maybe"""');
    expect(csv[4]).toBe('5,email,Wie Zeile 1');
    // A file name word that could leave its folder or hide an extension is refused.
    expect(reportWordsSchema.safeParse({ ...words, fileWord: '../x' }).success).toBe(false);
    expect(reportWordsSchema.safeParse({ ...words, fileWord: 'a.csv' }).success).toBe(false);
  });
});

