import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRosterDb } from '../db';
import { LOAD_BATCH, createDraft, loadDraft, loadDraftMeta } from '../store';
import { DraftChannel, announceMetaChange } from '../tab-channel';
import { textEdit } from './intents';
import { EditorSession } from './session';

const sessions: EditorSession[] = [];
afterEach(() => {
  sessions.splice(0).forEach((s) => s.close());
  vi.restoreAllMocks();
});

async function setup() {
  const name = `session-test-${crypto.randomUUID()}`;
  const db = await openRosterDb(name);
  const meta = await createDraft(db, {
    name: 'Shared',
    table: {
      headers: ['First', 'Last', 'Email', 'Title'],
      rows: [
        ['Jane', 'Doe', 'jane@example.com', 'AE'],
        ['John', 'Smith', 'john@example.com', 'Clerk'],
        ['Ana', 'Lima', 'ana@example.com', 'CFO'],
      ],
      origin: { kind: 'file', fileName: 'shared.csv', signature: 'x' },
    },
    mapping: { first_name: 0, last_name: 1, email: 2, job_title: 3 },
  });
  const open = async () => {
    const session = new EditorSession(await openRosterDb(name), meta.id);
    sessions.push(session);
    await session.open();
    return session;
  };
  return { db, meta, open };
}

// Generous: tabs talk over BroadcastChannel, which a busy two-core machine can delay.
const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 10_000, interval: 5 });

describe('EditorSession', () => {
  it('opens a draft, saves an edit as it happens, and undoes and redoes it', async () => {
    const { db, meta, open } = await setup();
    const session = await open();
    expect(session.snapshot.status).toBe('ready');
    await session.apply(textEdit(session.model!, 0, 'job_title', 'Account Executive'), 'Edit job title');
    expect((await loadDraft(db, meta.id))!.rows[0]!.edits).toEqual({ job_title: 'Account Executive' });
    expect(session.snapshot.undoLabel).toBe('Edit job title');
    await session.undo();
    expect((await loadDraft(db, meta.id))!.rows[0]!.edits).toEqual({});
    expect(session.model!.state(0).values.job_title).toBe('AE');
    expect(session.snapshot.redoLabel).toBe('Edit job title');
    await session.redo();
    expect(session.model!.state(0).values.job_title).toBe('Account Executive');
  });

  it('shows a big draft once its first rows are read, then takes in the others before it counts', async () => {
    const db = await openRosterDb(`session-test-${crypto.randomUUID()}`);
    const size = LOAD_BATCH * 2 + 7;
    const meta = await createDraft(db, {
      name: 'Big',
      table: { headers: ['First', 'Last', 'Email'], rows: Array.from({ length: size }, (_, i) => [`P${i}`, 'X', `p${i}@example.com`]), origin: { kind: 'file', fileName: 'big.csv', signature: 'x' } },
      mapping: { first_name: 0, last_name: 1, email: 2 },
    });
    const session = new EditorSession(db, meta.id);
    sessions.push(session);
    const seen: Array<{ status: string; loaded: number; loadingRows: boolean }> = [];
    session.subscribe(() => seen.push({ status: session.snapshot.status, loaded: session.snapshot.loaded, loadingRows: session.snapshot.loadingRows }));
    await session.open();
    expect(seen[0]).toEqual({ status: 'ready', loaded: LOAD_BATCH, loadingRows: true });
    expect(seen.at(-1)).toMatchObject({ loaded: size, loadingRows: false });
    expect(session.model!.size).toBe(size);
    expect(session.model!.rowAt(size - 1).cells[0]).toBe(`P${size - 1}`);
    // Counted once every row is in, and the counts of the whole draft stored.
    await until(() => session.model!.counts().unchecked === 0);
    await vi.waitFor(async () => expect((await loadDraftMeta(db, meta.id))!.countsPending).toBeUndefined(), { timeout: 10_000 });
    expect(await loadDraftMeta(db, meta.id)).toMatchObject({ rowCount: size, errorCount: 0, excludedCount: 0 });
  });

  it('says a draft is missing', async () => {
    const { db } = await setup();
    const session = new EditorSession(db, 'no-such-draft');
    sessions.push(session);
    await session.open();
    expect(session.snapshot.status).toBe('missing');
  });

  it('shows one tab’s saved edits in another tab, and counts the other tab', async () => {
    const { open } = await setup();
    const a = await open();
    const b = await open();
    await until(() => a.snapshot.otherTabs === 1 && b.snapshot.otherTabs === 1);
    await a.apply(textEdit(a.model!, 1, 'first_name', 'Johnny'), 'Edit first name');
    await until(() => b.model!.state(1).values.first_name === 'Johnny');
    // The note follows once the draft's meta is read again.
    await until(() => b.snapshot.note !== undefined);
    expect(b.snapshot.note).toEqual({ kind: 'changedElsewhere', rows: 1 });
    b.close();
    await until(() => a.snapshot.otherTabs === 0);
  });

  it('merges edits of different fields of one row made in two tabs', async () => {
    const { db, meta, open } = await setup();
    const a = await open();
    const b = await open();
    const fromA = textEdit(a.model!, 2, 'first_name', 'Anna');
    const fromB = textEdit(b.model!, 2, 'job_title', 'Finance Director');
    await Promise.all([a.apply(fromA, 'Edit first name'), b.apply(fromB, 'Edit job title')]);
    expect((await loadDraft(db, meta.id))!.rows[2]!.edits).toEqual({ first_name: 'Anna', job_title: 'Finance Director' });
    await until(() => a.model!.state(2).values.job_title === 'Finance Director');
    await until(() => b.model!.state(2).values.first_name === 'Anna');
    expect(a.snapshot.conflicts).toEqual([]);
    expect(b.snapshot.conflicts).toEqual([]);
  });

  it('holds back an edit of a field another tab changed first, and lets the admin use theirs or mine', async () => {
    const { db, meta, open } = await setup();
    const a = await open();
    const b = await open();
    // Both tabs start from the file's value; A saves first.
    const fromB = textEdit(b.model!, 0, 'last_name', 'Doe-B');
    await a.apply(textEdit(a.model!, 0, 'last_name', 'Doe-A'), 'Edit last name');
    await b.apply(fromB, 'Edit last name');
    expect(b.snapshot.conflicts).toEqual([
      expect.objectContaining({ theirs: 'Doe-A', change: expect.objectContaining({ to: 'Doe-B' }), action: 'Edit last name' }),
    ]);
    expect((await loadDraft(db, meta.id))!.rows[0]!.edits.last_name).toBe('Doe-A');
    await b.useMine(b.snapshot.conflicts[0]!.id);
    expect(b.snapshot.conflicts).toEqual([]);
    expect((await loadDraft(db, meta.id))!.rows[0]!.edits.last_name).toBe('Doe-B');
    await until(() => a.model!.state(0).values.last_name === 'Doe-B');
  });

  it('reports a full disk, keeps what was saved, and saves the change on retry', async () => {
    const { db, meta, open } = await setup();
    const session = await open();
    await session.apply(textEdit(session.model!, 0, 'first_name', 'Saved'), 'Edit first name');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await session.apply(textEdit(session.model!, 1, 'first_name', 'Lost?'), 'Edit first name');
    expect(session.snapshot.failure).toMatchObject({ kind: 'quota', label: 'Edit first name' });
    expect(session.snapshot.failure?.unsaved).toHaveLength(1);
    let rows = (await loadDraft(db, meta.id))!.rows;
    expect(rows[0]!.edits.first_name).toBe('Saved');
    expect(rows[1]!.edits).toEqual({});
    expect(session.model!.state(1).values.first_name).toBe('John');
    await session.retry();
    expect(session.snapshot.failure).toBeUndefined();
    rows = (await loadDraft(db, meta.id))!.rows;
    expect(rows[1]!.edits.first_name).toBe('Lost?');
  });

  it('changes the draft’s mapping, rechecks every row and tells the other tab', async () => {
    const { db, meta, open } = await setup();
    const a = await open();
    const b = await open();
    await a.updateMeta({ mapping: { email: 2 } });
    expect(a.model!.state(0).values.first_name).toBe('');
    expect((await db.get('drafts', meta.id))?.mapping).toEqual({ email: 2 });
    await until(() => b.model!.state(0).values.first_name === '');
  });

  it('notices its draft was deleted elsewhere', async () => {
    const { meta, open } = await setup();
    const session = await open();
    const other = new DraftChannel();
    other.post({ type: 'list', deleted: [meta.id] });
    other.close();
    await until(() => session.snapshot.status === 'deleted');
  });

  it('catches up with changes it missed while asleep', async () => {
    const { db, meta, open } = await setup();
    const session = await open();
    session.channel.close();
    const { applyChanges } = await import('../changes');
    await applyChanges(db, meta.id, [{ index: 2, key: 'excluded', from: false, to: true }]);
    await session.catchUp();
    expect(session.model!.rowAt(2).excluded).toBe(true);
  });

  it('shows people added to the draft elsewhere, told at once or found on waking', async () => {
    const { db, meta, open } = await setup();
    const told = await open();
    const asleep = await open();
    asleep.channel.close();
    const { appendRows } = await import('../append');
    const updated = await appendRows(db, meta.id, [{ first_name: 'Pat', last_name: 'Lee', email: 'pat@example.com' }]);
    announceMetaChange(meta.id, updated.revision);
    await until(() => told.model!.size === 4);
    expect(told.model!.state(3).values).toMatchObject({ first_name: 'Pat', email: 'pat@example.com' });
    expect(told.model!.counts()).toMatchObject({ rows: 4 });
    // The stored counts are put right for the new row, as the drafts page shows them.
    await vi.waitFor(async () => expect((await loadDraftMeta(db, meta.id))?.countsPending).toBeFalsy(), { timeout: 10_000 });
    expect(asleep.model!.size).toBe(3);
    await asleep.catchUp();
    expect(asleep.model!.size).toBe(4);
    expect(asleep.model!.state(3).values.last_name).toBe('Lee');
  });
});
