import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openRosterDb } from './db';
import { libraryActions, nothingWorkedOn } from './library';
import type { DraftRow } from './types';
import { createDraft, listDrafts } from './store';
import { DraftChannel, type DraftEvent } from './tab-channel';

const table = { headers: ['Email'], rows: [['a@example.com']], origin: { kind: 'file' as const, fileName: 'x.csv', signature: 'email' } };

describe('libraryActions', () => {
  it('renames, duplicates and deletes drafts, telling open pages each time', async () => {
    const db = await openRosterDb(`library-${crypto.randomUUID()}`);
    const heard: DraftEvent[] = [];
    const listener = new DraftChannel();
    listener.subscribe((e) => heard.push(e));
    const a = await createDraft(db, { name: 'A', table, mapping: { email: 0 } });
    await createDraft(db, { name: 'B', table, mapping: { email: 0 } });

    expect(await libraryActions.rename(db, a.id, 'Renamed')).toBeUndefined();
    expect(await libraryActions.duplicate(db, a.id)).toEqual({
      kind: 'ok',
      text: 'Made “Copy of Renamed”.',
      said: { key: 'library.said.duplicated', subs: { name: 'Copy of Renamed' } },
    });
    expect((await listDrafts(db)).map((d) => d.name).sort()).toEqual(['B', 'Copy of Renamed', 'Renamed']);
    expect(await libraryActions.remove(db, a.id)).toMatchObject({ kind: 'ok', text: 'The draft was deleted.' });
    expect(await libraryActions.removeAll(db)).toMatchObject({ kind: 'ok', text: '2 drafts were deleted.' });
    expect(await listDrafts(db)).toEqual([]);
    await vi.waitFor(() => expect(heard.filter((e) => e.type === 'list')).toHaveLength(4));
    expect(heard.at(-1)).toMatchObject({ type: 'list', deleted: expect.arrayContaining([expect.any(String), expect.any(String)]) });
    listener.close();
  });

  it('says when a draft to rename or copy is gone', async () => {
    const db = await openRosterDb(`library-${crypto.randomUUID()}`);
    expect(await libraryActions.rename(db, 'gone', 'x')).toMatchObject({ kind: 'error', text: 'That draft no longer exists.' });
    expect(await libraryActions.duplicate(db, 'gone')).toMatchObject({ kind: 'error', text: 'That draft no longer exists.' });
  });

  it('names a copy as the screen asks, in the admin’s language', async () => {
    const db = await openRosterDb(`library-${crypto.randomUUID()}`);
    const a = await createDraft(db, { name: 'Team', table, mapping: { email: 0 } });
    expect(await libraryActions.duplicate(db, a.id, (name) => `Kopie von ${name}`)).toMatchObject({ kind: 'ok', said: { subs: { name: 'Kopie von Team' } } });
    expect((await listDrafts(db)).map((d) => d.name).sort()).toEqual(['Kopie von Team', 'Team']);
  });
});

describe('nothingWorkedOn', () => {
  const row = (over: Partial<DraftRow> = {}): DraftRow => ({ draftId: 'd', index: 0, cells: ['a@example.com'], edits: {}, excluded: false, rev: 0, ...over });

  it('holds for rows as they came in, and fails for any the admin edited, left out or put back', () => {
    expect(nothingWorkedOn([row(), row({ index: 1 })])).toBe(true);
    expect(nothingWorkedOn([row(), row({ edits: { email: 'b@example.com' } })])).toBe(false);
    expect(nothingWorkedOn([row({ excluded: true })])).toBe(false);
    expect(nothingWorkedOn([row({ putBack: true })])).toBe(false);
  });
});
