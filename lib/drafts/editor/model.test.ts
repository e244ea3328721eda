import { describe, expect, it } from 'vitest';
import { editorDraft, editorMeta, editorRow } from '../fixtures/editor-draft';
import { DraftModel, JUDGE_AT_ONCE_LIMIT } from './model';
import { MAX_CELL_CHARS } from '../../sources/file/cell-limit';

describe('DraftModel', () => {
  it('opens a big draft without judging every row at once: each row says what its own cells say until the background pass is done', async () => {
    const size = JUDGE_AT_ONCE_LIMIT + 10;
    const rows = Array.from({ length: size }, (_, i) => editorRow(i, [`P${i}`, 'Person', `p${i}@example.com`, 'Engineer', '']));
    rows[3] = editorRow(3, ['Old', 'Hand', 'old@example.com', 'CFO', ''], { excluded: true });
    // The last row repeats the first one's email: only the whole draft's pass can tell.
    rows[size - 1] = editorRow(size - 1, ['Again', 'Person', 'p0@example.com', 'Engineer', '']);
    const model = new DraftModel({ meta: editorMeta({ rowCount: size }), rows });
    expect(model.counts().unchecked).toBe(size);
    expect(model.leftOut(3)).toEqual({ kind: 'chosen' });
    expect(model.leftOut(size - 1)).toBeUndefined();
    expect(model.knownVerdict(10)).toBeUndefined();
    expect(await model.checkPending()).toBe(true);
    expect(model.leftOut(size - 1)).toEqual({ kind: 'repeat', keptIndex: 0 });
    expect(model.counts()).toMatchObject({ rows: size, excluded: 2, leftOutByKind: { chosen: 1, repeat: 1 }, unchecked: 0 });
  });

  it('checks every row in the background and counts errors, warnings, duplicates and exclusions', async () => {
    const model = new DraftModel(editorDraft());
    expect(model.counts().unchecked).toBe(6);
    expect(await model.checkPending()).toBe(true);
    expect(model.counts()).toEqual({ rows: 6, errors: 2, cannotGo: 3, warnings: 3, duplicates: 2, excluded: 1, leftOutByKind: { chosen: 1 }, unchecked: 0 });
  });

  it('checks a row on demand and gives its values, sources, issues and warnings', () => {
    const model = new DraftModel(editorDraft());
    const state = model.state(1);
    expect(state.values.email).toBe('john-at-example');
    expect(model.sources(1).mos_enable).toBe('default');
    expect(state.issues).toEqual([
      {
        field: 'email',
        message: '"john-at-example" is not a valid email address: it has no @',
        said: { key: 'editor.checks.emailNoAt', subs: { email: 'john-at-example' } },
      },
    ]);
    expect(model.warnings(5).map((w) => w.field)).toEqual(['first_name', 'last_name']);
  });

  it('notes on the cell that a value was cut when the file was read', () => {
    const draft = editorDraft();
    const cut = 'x'.repeat(MAX_CELL_CHARS) + '…';
    draft.rows[0] = editorRow(0, ['Jane', 'Doe', 'jane@example.com', cut, '']);
    const model = new DraftModel(draft);
    expect(model.warnings(0)).toEqual([
      { kind: 'cut', field: 'job_title', message: 'This value was cut to its first 10,000 characters when the file was read.', said: { key: 'editor.checks.cellCut', subs: { limit: '10,000' } } },
    ]);
    expect(model.warnings(2).some((w) => w.kind === 'cut')).toBe(false);
  });

  it('flags rows sharing an email, case and spaces aside, and forgets the flag once one is excluded', async () => {
    const model = new DraftModel(editorDraft());
    await model.checkPending();
    expect(model.sameEmail(2)).toEqual([3]);
    expect(model.warnings(3)[0]).toMatchObject({ kind: 'duplicate', message: expect.stringContaining('Same email as row 3.') });
    expect(model.rowsWithEmail('ana@example.com')).toEqual([2, 3]);
    model.updateRows([{ ...model.rowAt(3), excluded: true, rev: 1 }]);
    expect(model.isDuplicate(2)).toBe(false);
    expect(model.counts()).toMatchObject({ duplicates: 0, excluded: 2 });
  });

  it('leaves a repeated email out by default, keeps the first, and lets the admin put it back', async () => {
    const draft = editorDraft();
    const { putBack: _put, ...repeat } = draft.rows[3]!;
    draft.rows[3] = repeat;
    const model = new DraftModel(draft);
    await model.checkPending();
    expect(model.leftOut(3)).toEqual({ kind: 'repeat', keptIndex: 2 });
    expect(model.isDuplicate(2)).toBe(false);
    expect(model.sharesEmail(3)).toBe(true);
    expect(model.counts()).toMatchObject({ excluded: 2, leftOutByKind: { chosen: 1, repeat: 1 }, duplicates: 0 });
    model.updateRows([{ ...repeat, putBack: true, rev: 1 }]);
    expect(model.leftOut(3)).toBeUndefined();
    expect(model.isDuplicate(2)).toBe(true);
  });

  it('judges again when the settings change which kinds are left out', async () => {
    const draft = editorDraft();
    const { putBack: _put, ...repeat } = draft.rows[3]!;
    draft.rows[3] = repeat;
    const model = new DraftModel(draft);
    expect(model.isLeftOut(3)).toBe(true);
    model.setPolicy({ opportunityLicenses: true, leaveOut: ['left', 'guest', 'notPerson', 'noWorkEmail'] });
    expect(model.isLeftOut(3)).toBe(false);
  });

  it('takes in newer saved rows and ignores older ones', () => {
    const model = new DraftModel(editorDraft());
    const newer = { ...model.rowAt(1), edits: { email: 'john@example.com' }, rev: 2 };
    expect(model.updateRows([newer])).toEqual([newer]);
    expect(model.hasErrors(1)).toBe(false);
    expect(model.updateRows([{ ...newer, edits: {}, rev: 1 }])).toEqual([]);
    expect(model.state(1).values.email).toBe('john@example.com');
  });

  it('takes in a row added after its last, and never one that would leave a gap', () => {
    const model = new DraftModel(editorDraft());
    const size = model.size;
    const gap = editorRow(size + 1, ['Gap', 'Row', 'gap@example.com', '', '']);
    expect(model.updateRows([gap])).toEqual([]);
    const next = editorRow(size, ['Pat', 'Lee', 'pat@example.com', '', '']);
    expect(model.updateRows([next, gap])).toEqual([next, gap]);
    expect(model.size).toBe(size + 2);
    expect(model.posOf(size + 1)).toBe(size + 1);
    expect(model.state(size).values.email).toBe('pat@example.com');
    expect(model.counts().rows).toBe(size + 2);
  });

  it('rechecks every row when the policy or the mapping changes', async () => {
    const draft = editorDraft();
    draft.rows[0] = editorRow(0, ['Jane', 'Doe', 'jane@example.com', 'x', ''], { edits: { mos_opportunity: 'TRUE' } });
    const model = new DraftModel(draft);
    await model.checkPending();
    expect(model.state(0).values.mos_opportunity).toBe('TRUE');
    model.setPolicy({ opportunityLicenses: false });
    expect(model.counts().unchecked).toBe(6);
    expect(model.state(0).values.mos_opportunity).toBe(false);
    expect(model.warnings(0).map((w) => w.kind)).toContain('opportunity');
    model.setMeta({ ...model.meta, mapping: { email: 2 } });
    expect(model.state(0).values.first_name).toBe('');
  });

  it('stops a background check that a newer change overtook', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => editorRow(i, ['A', 'B', `p${i}@example.com`, 'T', '']));
    const model = new DraftModel({ meta: editorDraft().meta, rows: many });
    const run = model.checkPending();
    model.setPolicy({ opportunityLicenses: false });
    const finished = await run;
    // Either it finished before the change or noticed it; rows checked under the old policy are forgotten.
    expect(typeof finished).toBe('boolean');
    await model.checkPending();
    expect(model.counts().unchecked).toBe(0);
    expect(model.state(2999).values.mos_opportunity).toBe(false);
  });
});
