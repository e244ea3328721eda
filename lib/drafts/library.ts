import type { DraftRow } from './types';
import type { RosterDatabase } from './db';
import { deleteAllDrafts, deleteDraft, duplicateDraft, listDrafts, renameDraft } from './store';
import { announceListChange } from './tab-channel';
import { fill, type Said } from '../said';

/** What the draft list says, in English; the same texts are under library.said in locales/en.yml. */
export const LIBRARY_MESSAGES = {
  gone: 'That draft no longer exists.',
  duplicated: 'Made “{name}”.',
  deleted: 'The draft was deleted.',
  deletedAllOne: '1 draft was deleted.',
  deletedAll: '{count} drafts were deleted.',
} as const;

function message(kind: LibraryMessage['kind'], key: keyof typeof LIBRARY_MESSAGES, subs: Record<string, string | number> = {}): LibraryMessage {
  return { kind, text: fill(LIBRARY_MESSAGES[key], subs), said: { key: `library.said.${key}`, subs } };
}

/** What the draft list says after an action. */
export interface LibraryMessage {
  kind: 'ok' | 'error';
  text: string;
  said?: Said;
}

/** The draft list's actions: each changes the drafts and tells every open page. */
export const libraryActions = {
  async rename(db: RosterDatabase, id: string, name: string): Promise<LibraryMessage | undefined> {
    const renamed = await renameDraft(db, id, name);
    announceListChange();
    return renamed ? undefined : message('error', 'gone');
  },

  /** `copyName` names the copy from the original's name, in the admin's language. */
  async duplicate(db: RosterDatabase, id: string, copyName?: (name: string) => string): Promise<LibraryMessage> {
    const copy = await duplicateDraft(db, id, copyName);
    announceListChange();
    return copy ? message('ok', 'duplicated', { name: copy.name }) : message('error', 'gone');
  },

  async remove(db: RosterDatabase, id: string): Promise<LibraryMessage> {
    await deleteDraft(db, id);
    announceListChange([id]);
    return message('ok', 'deleted');
  },

  async removeAll(db: RosterDatabase): Promise<LibraryMessage> {
    const ids = (await listDrafts(db)).map((d) => d.id);
    const count = await deleteAllDrafts(db);
    announceListChange(ids);
    return count === 1 ? message('ok', 'deletedAllOne') : message('ok', 'deletedAll', { count });
  },
};

/** No row of the draft was edited, left out or put back by the admin: replacing it loses none of their work. */
export const nothingWorkedOn = (rows: readonly DraftRow[]): boolean =>
  rows.every((r) => !r.excluded && !r.putBack && Object.keys(r.edits).length === 0);
