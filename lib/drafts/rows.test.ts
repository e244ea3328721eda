import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../mapping';
import { checkRow, checkRowValues, planImport, rowValueSources, rowValues, rowView } from './rows';
import { mosPersonSchema } from '../mos/schema';
import { DEFAULT_SEATS, type Draft, type DraftMeta, type DraftRow } from './types';
import { prng } from '../../bench/page/data';

const HEADERS = ['First Name', 'Last Name', 'Email', 'Job Title'];
const MAPPING: ColumnMapping = { first_name: 0, last_name: 1, email: 2, job_title: 3 };

function meta(overrides: Partial<DraftMeta> = {}): DraftMeta {
  return {
    id: 'd1',
    name: 'Test',
    origin: { kind: 'file', fileName: 'roster.csv', signature: 'x' },
    headers: HEADERS,
    mapping: MAPPING,
    defaults: { ...DEFAULT_SEATS, course_enrollments: [] },
    rowCount: 0,
    createdAt: 0,
    updatedAt: 0,
    errorCount: 0,
    excludedCount: 0,
    revision: 0,
    ...overrides,
  };
}

function row(index: number, cells: string[], more: Partial<DraftRow> = {}): DraftRow {
  return { draftId: 'd1', index, cells, edits: {}, excluded: false, rev: 0, ...more };
}

function draft(rows: DraftRow[], m = meta()): Draft {
  return { meta: { ...m, rowCount: rows.length }, rows };
}

describe('rowValues', () => {
  it('takes the admin’s edit over the mapped cell over the default', () => {
    const m = meta({
      mapping: { ...MAPPING, mos_opportunity: 4 },
      defaults: { mos_enable: true, mos_opportunity: false, course_enrollments: ['meddpicc-masterclass'] },
    });
    const r = row(0, ['Jane', 'Doe', 'jane@example.com', 'Engineer II', 'yes'], {
      edits: { first_name: 'Janet', mos_enable: 'FALSE' },
    });
    expect(rowValues(r, m)).toEqual({
      first_name: 'Janet', // edit over cell
      last_name: 'Doe', // cell
      email: 'jane@example.com',
      job_title: 'Engineer II',
      mos_enable: 'FALSE', // edit over default
      mos_opportunity: 'yes', // cell over default
      course_enrollments: ['meddpicc-masterclass'], // default
    });
  });

  it('takes an emptied programs edit as "no programs", even over default programs', () => {
    const m = meta({ defaults: { mos_enable: true, mos_opportunity: false, course_enrollments: ['meddpicc-masterclass'] } });
    const r = row(0, ['Jane', 'Doe', 'jane@example.com', 'Engineer II'], { edits: { course_enrollments: '' } });
    expect(checkRow(r, m).person?.course_enrollments).toEqual([]);
  });

  it('keeps an edit that empties a field', () => {
    const r = row(0, ['Jane', 'Doe', 'jane@example.com', 'Engineer II'], { edits: { job_title: '' } });
    expect(rowValues(r, meta()).job_title).toBe('');
  });

  it('gives empty text for unmapped text fields and for cells a short row lacks', () => {
    const values = rowValues(row(0, ['Jane']), meta({ mapping: { first_name: 0, email: 2 } }));
    expect(values.first_name).toBe('Jane');
    expect(values.last_name).toBe('');
    expect(values.email).toBe('');
    expect(values.job_title).toBe('');
    expect(values.mos_enable).toBe(true);
    expect(values.mos_opportunity).toBe(false);
  });
});

describe('checkRow', () => {
  it('gives the parsed person for a good row', () => {
    const check = checkRow(row(0, [' Jane ', 'Doe', 'Jane.Doe@Example.com', 'Engineer II']), meta());
    expect(check.issues).toEqual([]);
    expect(check.person).toEqual({
      first_name: 'Jane',
      last_name: 'Doe',
      email: 'jane.doe@example.com',
      job_title: 'Engineer II',
      mos_enable: true,
      mos_opportunity: false,
      course_enrollments: [],
    });
  });

  it('names the field of each issue', () => {
    const m = meta({ mapping: { ...MAPPING, mos_enable: 4, course_enrollments: 5 } });
    const check = checkRow(row(0, ['Jane', 'Doe', 'jane.example.com', 'X', 'maybe', 'underwater-basket-weaving']), m);
    expect(check.person).toBeUndefined();
    expect(check.issues.map((i) => i.field).sort()).toEqual(['course_enrollments', 'email', 'mos_enable']);
    expect(check.issues.find((i) => i.field === 'email')?.message).toContain('"jane.example.com"');
    expect(check.issues.find((i) => i.field === 'mos_enable')?.message).toContain('maybe');
    expect(check.issues.find((i) => i.field === 'course_enrollments')?.message).toContain('underwater-basket-weaving');
  });

  it('answers as the schema does for the rowValues of many generated rows, edited or not', () => {
    const next = prng(5);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const texts = ['Jane', ' Jane ', '', 'Chloé', "O'Connor", '=1+1', 'Dr. Ana García, PhD', 'İlkay', '\u200bZoë'];
    const emails = ['jane@example.com', 'Jane.Doe@Example.COM', ' ana@x.de ', '', 'nope', 'a@b', 'Jane Doe <jane@x.com>', 'mailto:J@X.com', 'josé@exämple.com', 'a..b@x.com', 'İ@x.com'];
    const flags = ['', 'TRUE', 'no', 'Yes ', 'maybe', '1'];
    const programs = ['', 'MEDDPICC Masterclass', 'meddpicc-masterclass', 'underwater-basket-weaving', ' , '];
    const m = meta({ headers: [...HEADERS, 'Enable', 'Opportunity', 'Programs'], mapping: { ...MAPPING, mos_enable: 4, mos_opportunity: 5, course_enrollments: 6 } });
    let valid = 0;
    for (let i = 0; i < 3000; i++) {
      const cells = [pick(texts), pick(texts), pick(emails), pick(texts), pick(flags), pick(flags), pick(programs)];
      const more: Partial<DraftRow> = {};
      if (next() < 0.2) more.edits = { email: pick(emails), course_enrollments: pick(programs) };
      if (next() < 0.2) more.preset = { mos_enable: pick(flags), course_enrollments: pick(programs) };
      const r = row(i, cells, more);
      const policy = { opportunityLicenses: next() < 0.5, preferredFirstNames: next() < 0.5 };
      const check = checkRow(r, m, policy);
      const values = rowValues(r, m, policy);
      expect(check).toEqual(checkRowValues(r, values));
      const parsed = mosPersonSchema.safeParse(values);
      expect(check.person).toEqual(parsed.success ? parsed.data : undefined);
      if (check.person) valid++;
    }
    // Both kinds of row are tried.
    expect(valid).toBeGreaterThan(100);
    expect(valid).toBeLessThan(2900);
  });

  it('says the email is missing for an empty email cell', () => {
    expect(checkRow(row(0, ['Jane', 'Doe', '', 'X']), meta()).issues).toEqual([
      { field: 'email', message: 'Email is missing', said: { key: 'editor.checks.emailMissing', subs: {} } },
    ]);
  });
});

describe('planImport', () => {
  const rows = [
    row(0, ['Jane', 'Doe', 'jane@example.com', 'Engineer II']),
    row(1, ['Old', 'Hand', 'Old.Hand@Example.com', 'CFO']),
    row(2, ['Skip', 'Me', 'skip@example.com', 'Intern'], { excluded: true }),
    row(3, ['Bad', 'Email', 'not-an-email', 'Clerk']),
    row(4, ['Jane', 'Again', 'JANE@example.com', 'Engineer III']),
    row(5, ['John', 'Smith', 'john@example.com', 'Legal Assistant']),
    row(6, ['Excluded', 'Bad', 'also-bad', 'x'], { excluded: true }),
  ];

  it('sorts each row into people, excluded, invalid, already members or duplicates', () => {
    const plan = planImport(draft(rows), [{ email: 'old.hand@example.com', name: '' }]);
    expect(plan.people.map((p) => p.email)).toEqual(['jane@example.com', 'john@example.com']);
    // The repeat of Jane's email is left out by default, the first row kept.
    expect(plan.excluded.map((r) => r.index)).toEqual([2, 4, 6]);
    expect(plan.leftOut.map(({ row, why }) => [row.index, why.kind, why.keptIndex])).toEqual([
      [2, 'chosen', undefined],
      [4, 'repeat', 0],
      [6, 'chosen', undefined],
    ]);
    expect(plan.invalid.map((c) => c.row.index)).toEqual([3]);
    expect(plan.invalid[0]!.issues[0]!.field).toBe('email');
    expect(plan.alreadyMembers.map((p) => p.email)).toEqual(['old.hand@example.com']);
    expect(plan.duplicates).toEqual([]);
  });

  it('counts a repeat the admin put back while the first row goes as a duplicate that cannot go', () => {
    const putBack = rows.map((r) => (r.index === 4 ? { ...r, putBack: true } : r));
    const plan = planImport(draft(putBack), [{ email: 'old.hand@example.com', name: '' }]);
    expect(plan.excluded.map((r) => r.index)).toEqual([2, 6]);
    expect(plan.duplicates.map((p) => `${p.email} ${p.last_name}`)).toEqual(['jane@example.com Again']);
  });

  it('keeps the first of two rows with the same email, in draft order', () => {
    const plan = planImport(draft(rows));
    expect(plan.people.find((p) => p.email === 'jane@example.com')?.last_name).toBe('Doe');
    expect(plan.people.map((p) => p.email)).toEqual(['jane@example.com', 'old.hand@example.com', 'john@example.com']);
    expect(plan.alreadyMembers).toEqual([]);
  });

  it('matches already-members case-insensitively when given lower-cased emails', () => {
    const plan = planImport(draft(rows), [{ email: 'jane@example.com', name: '' }]);
    // Jane is already in mOS; her repeated row is left out as a repeat before the member list is asked.
    expect(plan.alreadyMembers.map((p) => p.last_name)).toEqual(['Doe']);
    expect(plan.leftOut.map(({ row, why }) => [row.index, why.kind])).toContainEqual([4, 'repeat']);
    expect(plan.duplicates).toEqual([]);
    expect(plan.people.map((p) => p.email)).toEqual(['old.hand@example.com', 'john@example.com']);
  });

  it('is empty for an empty draft', () => {
    expect(planImport(draft([]))).toEqual({
      people: [],
      invalid: [],
      excluded: [],
      leftOut: [],
      noted: [],
      alreadyMembers: [],
      underOtherEmail: [],
      duplicates: [],
      duplicateRows: [],
    });
  });
});

describe('title rule presets and the Opportunity license policy', () => {
  const m = meta({ mapping: { ...MAPPING, mos_opportunity: 4, course_enrollments: 5 } });

  it('puts a rule’s seats and programs below the file’s own cells and above the defaults', () => {
    const preset = { mos_enable: 'FALSE', mos_opportunity: 'TRUE', course_enrollments: 'meddpicc-masterclass' };
    const blankFile = row(0, ['Jane', 'Doe', 'jane@example.com', 'AE', '', ''], { preset });
    expect(rowValues(blankFile, m)).toMatchObject({
      mos_enable: 'FALSE',
      mos_opportunity: 'TRUE',
      course_enrollments: 'meddpicc-masterclass',
    });
    const saidSo = row(0, ['Jane', 'Doe', 'jane@example.com', 'AE', 'no', 'value-pyramid-program'], { preset });
    expect(rowValues(saidSo, m)).toMatchObject({ mos_opportunity: 'no', course_enrollments: 'value-pyramid-program' });
    const edited = row(0, ['Jane', 'Doe', 'jane@example.com', 'AE', '', ''], { preset, edits: { mos_enable: 'TRUE' } });
    expect(rowValues(edited, m).mos_enable).toBe('TRUE');
  });

  it('writes mos_opportunity FALSE for everyone without Opportunity licenses, whatever the row says', () => {
    const r = row(0, ['Jane', 'Doe', 'jane@example.com', 'AE', 'maybe', ''], { edits: { mos_opportunity: 'TRUE' } });
    expect(rowValues(r, m, { opportunityLicenses: false }).mos_opportunity).toBe(false);
    expect(checkRow(r, m, { opportunityLicenses: false }).person?.mos_opportunity).toBe(false);
    const plan = planImport(draft([r], m), [], { opportunityLicenses: false });
    expect(plan.people.map((p) => p.mos_opportunity)).toEqual([false]);
  });

  it('tells where each value came from', () => {
    const r = row(0, ['Jane', '', 'jane@example.com', 'AE', '', ''], {
      edits: { first_name: 'Janet' },
      preset: { course_enrollments: 'meddpicc-masterclass' },
    });
    expect(rowValueSources(r, m)).toEqual({
      first_name: 'edit',
      last_name: 'file',
      email: 'file',
      job_title: 'file',
      mos_enable: 'default',
      mos_opportunity: 'default',
      course_enrollments: 'rule',
    });
    expect(rowValueSources(r, meta({ mapping: { email: 2 } }), { opportunityLicenses: false })).toMatchObject({
      first_name: 'edit',
      last_name: 'default',
      mos_opportunity: 'policy',
    });
  });

  it('records which row is kept instead of each repeat, left out or put back', () => {
    const same = [
      row(0, ['A', 'One', 'same@example.com', 'x']),
      row(1, ['B', 'Two', 'SAME@example.com', 'x']),
      row(2, ['C', 'Three', 'same@example.com ', 'x']),
    ];
    expect(planImport(draft(same)).leftOut.map(({ row, why }) => [row.index, why.keptIndex])).toEqual([
      [1, 0],
      [2, 0],
    ]);
    const plan = planImport(draft(same.map((r) => ({ ...r, putBack: r.index > 0 }))));
    expect(plan.duplicateRows.map((d) => [d.row.index, d.keptIndex])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });
});

describe('rowValues, worked out directly', () => {
  // Seeded, so the generated cases are the same on every run.
  const next = prng(11);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const maybe = <T,>(list: readonly T[]): T | undefined => (next() < 0.5 ? undefined : pick(list));
  const cell = () => pick(['', ' ', 'Ana', ' Almeida ', 'ANA@Example.com', '<ana@x.com>', 'mailto:b@x.io', 'TRUE', 'no', 'meddpicc-masterclass', '\t']);
  const headers = ['First', 'Last', 'Email', 'Title', 'Enable', 'Opportunity', 'Programs', 'Preferred'];
  const mappings: ColumnMapping[] = [
    MAPPING,
    { first_name: 0, last_name: 1, email: 2, job_title: 3, mos_enable: 4, mos_opportunity: 5, course_enrollments: 6 },
    { first_name: { preferred: 7, legal: 0 }, email: 2, mos_opportunity: 5 },
    { first_name: { join: [0, 7] }, last_name: 1, email: { firstOf: [2, 7] }, course_enrollments: 6 },
    {},
  ] as ColumnMapping[];
  const defaults = [
    { ...DEFAULT_SEATS, course_enrollments: [] },
    { mos_enable: false, mos_opportunity: true, course_enrollments: ['value-pyramid-program'] },
  ];

  it('gives exactly what resolving each field with its source gives, for every kind of row', () => {
    for (let i = 0; i < 20_000; i++) {
      const m = meta({ headers, mapping: pick(mappings), defaults: pick(defaults) });
      const edits = Object.fromEntries(
        (['first_name', 'last_name', 'email', 'job_title', 'mos_enable', 'mos_opportunity', 'course_enrollments'] as const)
          .map((f) => [f, maybe(['', 'Edited', 'FALSE', 'yes', 'meddicc-value-program', ' '])])
          .filter(([, v]) => v !== undefined),
      );
      const preset = next() < 0.3 ? undefined : Object.fromEntries(
        (['mos_enable', 'mos_opportunity', 'course_enrollments'] as const).map((f) => [f, maybe(['', ' ', 'TRUE', 'no', 'value-pyramid-program'])]).filter(([, v]) => v !== undefined),
      );
      const cells = Array.from({ length: Math.floor(next() * 9) }, cell);
      const r = row(i, cells, { edits, ...(preset && { preset }) });
      const policy = { opportunityLicenses: next() < 0.5 };
      const direct = rowValues(r, m, policy);
      const { values } = rowView(r, m, policy);
      expect({ r, policy, direct }).toEqual({ r, policy, direct: values });
      // Same keys in the same order too: the values are shown and exported field by field.
      expect(Object.keys(direct)).toEqual(Object.keys(values));
    }
  });
});
