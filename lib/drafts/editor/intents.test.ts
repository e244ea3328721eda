import { describe, expect, it } from 'vitest';
import { newTitleRule } from '../../rules/title-rules';
import { editorDraft, editorMeta, editorRow } from '../fixtures/editor-draft';
import {
  exclusionEdit,
  fromRowsAsSeen,
  rowsAsSeen,
  keepFirstOfDuplicatesEdit,
  keepOneEdit,
  nearestProgramEdit,
  programsEdit,
  programsOf,
  rulesEdit,
  seatEdit,
  seatOf,
  setProgramsEdit,
  textEdit,
} from './intents';
import { DraftModel } from './model';

const model = () => new DraftModel(editorDraft());

describe('textEdit', () => {
  it('records an edit from the file’s value to the new text', () => {
    expect(textEdit(model(), 1, 'email', 'john@example.com')).toEqual([
      { index: 1, key: 'email', from: null, to: 'john@example.com' },
    ]);
  });

  it('drops the edit when the text goes back to the file’s value, and does nothing for no change', () => {
    const m = new DraftModel({ meta: editorMeta(), rows: [editorRow(0, ['Jane', 'Doe', 'j@example.com', 'AE', ''], { edits: { first_name: 'Janet' } })] });
    expect(textEdit(m, 0, 'first_name', 'Jane')).toEqual([{ index: 0, key: 'first_name', from: 'Janet', to: null }]);
    expect(textEdit(m, 0, 'first_name', 'Janet')).toEqual([]);
  });
});

describe('seatEdit', () => {
  it('sets a seat on many rows, skipping rows that already have it', async () => {
    const m = model();
    expect(await seatEdit(m, [0, 1], 'mos_enable', true)).toEqual([]);
    expect(await seatEdit(m, [0, 1], 'mos_enable', false)).toEqual([
      { index: 0, key: 'mos_enable', from: null, to: 'FALSE' },
      { index: 1, key: 'mos_enable', from: null, to: 'FALSE' },
    ]);
    expect(await seatEdit(m, [2], 'mos_opportunity', true)).toEqual([{ index: 2, key: 'mos_opportunity', from: null, to: 'TRUE' }]);
  });

  it('reads a seat, or undefined when its value is neither TRUE nor FALSE', () => {
    const m = new DraftModel({
      meta: editorMeta({ mapping: { email: 2, mos_enable: 4 } }),
      rows: [editorRow(0, ['', '', 'a@example.com', '', 'maybe']), editorRow(1, ['', '', 'b@example.com', '', 'yes'])],
    });
    expect(seatOf(m, 0, 'mos_enable')).toBeUndefined();
    expect(seatOf(m, 1, 'mos_enable')).toBe(true);
  });
});

describe('program edits', () => {
  it('sets one row’s programs as slugs in the help page order, and drops the edit when it matches the file', () => {
    const m = model();
    expect(setProgramsEdit(m, 2, ['value-pyramid-program', 'meddpicc-masterclass'])).toEqual([
      { index: 2, key: 'course_enrollments', from: null, to: 'meddpicc-masterclass,value-pyramid-program' },
    ]);
    expect(setProgramsEdit(m, 0, ['meddpicc-masterclass'])).toEqual([]);
    expect(setProgramsEdit(m, 0, [])).toEqual([{ index: 0, key: 'course_enrollments', from: null, to: '' }]);
  });

  it('adds and removes programs across the selection, and clears text that is not a program', async () => {
    const m = model();
    const changes = await programsEdit(
      m,
      [0, 2, 5],
      new Map([
        ['Meddicc-go-live-plan', 'add'],
        ['meddpicc-masterclass', 'remove'],
      ] as const),
    );
    expect(changes.map((c) => [c.index, c.to])).toEqual([
      [0, 'Meddicc-go-live-plan'],
      [2, 'Meddicc-go-live-plan'],
      [5, 'Meddicc-go-live-plan'],
    ]);
    expect(programsOf(m, 5)).toEqual({ slugs: [], unknown: ['basket weaving'] });
  });
});

describe('nearestProgramEdit', () => {
  it('puts the program meant in place of a wrong name on every row with it, keeping the rest of each cell', async () => {
    const rows = [
      editorRow(0, ['A', 'One', 'a@example.com', 'AE', 'Masterclass']),
      editorRow(1, ['B', 'Two', 'b@example.com', 'AE', 'value-pyramid-program; masterclass ; Knitting']),
      editorRow(2, ['C', 'Three', 'c@example.com', 'AE', 'Knitting']),
    ];
    const m = new DraftModel({ meta: editorMeta(), rows });
    const changes = await nearestProgramEdit(m, 'Masterclass', 'meddpicc-masterclass');
    expect(changes).toEqual([
      { index: 0, key: 'course_enrollments', from: null, to: 'meddpicc-masterclass' },
      { index: 1, key: 'course_enrollments', from: null, to: 'meddpicc-masterclass,value-pyramid-program,Knitting' },
    ]);
    m.updateRows(rows.map((r, i) => ({ ...r, edits: changes[i] ? { course_enrollments: changes[i]!.to as string } : {} })));
    expect(programsOf(m, 1)).toEqual({ slugs: ['meddpicc-masterclass', 'value-pyramid-program'], unknown: ['Knitting'] });
  });
});

describe('exclusions and duplicates', () => {
  it('excludes and includes rows, leaving rows already so', async () => {
    const m = model();
    expect(await exclusionEdit(m, [3, 4], true)).toEqual([{ index: 3, key: 'excluded', from: false, to: true }]);
    expect(await exclusionEdit(m, [3, 4], false)).toEqual([{ index: 4, key: 'excluded', from: true, to: false }]);
  });

  it('keeps the chosen row of a duplicate group and excludes the rest', () => {
    expect(keepOneEdit(model(), [2, 3], 3)).toEqual([{ index: 2, key: 'excluded', from: false, to: true }]);
  });

  it('keeps the first row of every duplicate group', async () => {
    const m = model();
    await m.checkPending();
    expect(await keepFirstOfDuplicatesEdit(m, [0, 1, 2, 3, 4, 5])).toEqual([{ index: 3, key: 'excluded', from: false, to: true }]);
  });
});

describe('rulesEdit', () => {
  it('adds a matching rule’s programs and sets its seats, leaving Opportunity alone without licenses', async () => {
    const rules = [{ ...newTitleRule('r'), text: 'engineer', programs: ['meddicc-value-program' as const], enable: 'no' as const, opportunity: 'yes' as const }];
    const m = model();
    expect((await rulesEdit(m, [0, 1, 2], rules)).map((c) => [c.index, c.key, c.to])).toEqual([
      [1, 'course_enrollments', 'meddicc-value-program'],
      [1, 'mos_enable', 'FALSE'],
      [1, 'mos_opportunity', 'TRUE'],
      [2, 'course_enrollments', 'meddicc-value-program'],
      [2, 'mos_enable', 'FALSE'],
      [2, 'mos_opportunity', 'TRUE'],
    ]);
    m.setPolicy({ opportunityLicenses: false });
    expect((await rulesEdit(m, [2], rules)).map((c) => c.key)).toEqual(['course_enrollments', 'mos_enable']);
  });
});

describe('fromRowsAsSeen', () => {
  it('bases changes on the rows as the admin first saw them, so a newer value from another tab conflicts', () => {
    const m = model();
    const seen = rowsAsSeen(m, [1]);
    m.updateRows([{ ...m.rowAt(1), edits: { last_name: 'From another tab' }, rev: 1 }]);
    const now = textEdit(m, 1, 'last_name', 'Mine');
    expect(now).toEqual([{ index: 1, key: 'last_name', from: 'From another tab', to: 'Mine' }]);
    expect(fromRowsAsSeen(now, seen)).toEqual([{ index: 1, key: 'last_name', from: null, to: 'Mine' }]);
  });

  it('drops a change that leaves the field as the admin first saw it, keeping the other tab’s value', () => {
    const m = model();
    const seen = rowsAsSeen(m, [1]);
    m.updateRows([{ ...m.rowAt(1), edits: { last_name: 'From another tab' }, rev: 1 }]);
    expect(fromRowsAsSeen(textEdit(m, 1, 'last_name', 'Smith'), seen)).toEqual([]);
  });
});
