import type { RosterDatabase } from './db';
import { deleteAllDrafts, deleteDraft, duplicateDraft, listDrafts, renameDraft } from './store';
import { announceListChange } from './sync';

/** What the draft list says after an action. */
export interface LibraryMessage {
  kind: 'ok' | 'error';
  text: string;
}

/** The draft list's actions: each changes the drafts and tells every open page. */
export const libraryActions = {
  async rename(db: RosterDatabase, id: string, name: string): Promise<LibraryMessage | undefined> {
    const renamed = await renameDraft(db, id, name);
    announceListChange();
    return renamed ? undefined : { kind: 'error', text: 'That draft no longer exists.' };
  },

  async duplicate(db: RosterDatabase, id: string): Promise<LibraryMessage> {
    const copy = await duplicateDraft(db, id);
    announceListChange();
    return copy ? { kind: 'ok', text: `Made “${copy.name}”.` } : { kind: 'error', text: 'That draft no longer exists.' };
  },

  async remove(db: RosterDatabase, id: string): Promise<LibraryMessage> {
    await deleteDraft(db, id);
    announceListChange([id]);
    return { kind: 'ok', text: 'The draft was deleted.' };
  },

  async removeAll(db: RosterDatabase): Promise<LibraryMessage> {
    const ids = (await listDrafts(db)).map((d) => d.id);
    const count = await deleteAllDrafts(db);
    announceListChange(ids);
    return { kind: 'ok', text: `${count === 1 ? '1 draft was' : `${count} drafts were`} deleted.` };
  },
};
