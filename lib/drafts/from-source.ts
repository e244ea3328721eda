import { suggestMapping, type ColumnMapping } from '../mapping';
import type { SourceTable } from '../sources/source-table';
import type { RosterDatabase } from './db';
import { buildDraft, type DraftSettings } from './build-draft';
import { loadDraftMeta } from './store';
import { announceListChange } from './tab-channel';
import type { DraftMeta } from './types';

export { presetFor } from './build-draft';

/** What a new draft takes besides its source: plain data, so the file worker can build one as well. */
export interface SourceDraftOptions {
  /** The mapping the admin last chose for this kind of source, if any; else the engine suggests one. */
  remembered?: ColumnMapping;
  /** The organisation's default seats and programs, job-title rules and seat policy. */
  settings: DraftSettings;
  now: number;
  /** Chosen by the caller, to find or undo the draft (an export's id, a file import's). */
  id?: string;
  /** The caller's name for it, in the admin's language; else the source and the date. */
  name?: string;
}

/**
 * Every door in ends here (an HR page's export, a file, the popup's invitees, the mOS panel's file): a source
 * table, mapped to mOS, saved as a new draft with the organisation's settings applied to its rows. Open draft
 * lists are told. The only caller of the draft builder.
 */
export async function draftFromSource(db: RosterDatabase, table: SourceTable, options: SourceDraftOptions): Promise<DraftMeta> {
  const mapping = options.remembered ?? suggestMapping(table.headers, table.rows).mapping;
  const { now, id, name } = options;
  const meta = await buildDraft(db, table, { ...options.settings, mapping, now, ...(id !== undefined && { id }), ...(name !== undefined && { name }) });
  announceListChange();
  return meta;
}

/**
 * The draft of one page export, keyed by the export: saving it again (the browser quit after the draft was
 * written but before the export's journal was dropped) gives back the first draft, never a second one.
 */
export async function draftOfExport(db: RosterDatabase, exportId: string, table: SourceTable, options: SourceDraftOptions): Promise<DraftMeta> {
  const saved = await loadDraftMeta(db, exportId);
  if (saved) return saved;
  try {
    // A draft the background saves, say from an export the browser cut short, shows in lists already open.
    return await draftFromSource(db, table, { ...options, id: exportId });
  } catch (error) {
    // Saved by a call racing this one: that draft is the one.
    const raced = (error as { name?: unknown } | null)?.name === 'ConstraintError' ? await loadDraftMeta(db, exportId) : undefined;
    if (raced) return raced;
    throw error;
  }
}
