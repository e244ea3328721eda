import { suggestMapping, type ColumnMapping } from '../mapping';
import { recallMapping } from '../settings/remembered-mappings';
import { draftDefaultsOf, readOrgSettings, rowPolicyOf, type OrgSettings } from '../settings/org';
import type { SourceTable } from '../source-table';
import type { RosterDatabase } from './db';
import { buildDraft, type DraftSettings } from './build-draft';
import { loadDraftMeta } from './store';
import { announceListChange } from './tab-channel';
import type { DraftMeta } from './types';

export { presetFor } from './build-draft';

/** The mapping the admin last chose for this kind of source, else the engine's own. */
export async function mappingForSource(table: SourceTable): Promise<ColumnMapping> {
  const remembered = await recallMapping(table.origin, table.headers.length).catch(() => undefined);
  return remembered ?? suggestMapping(table.headers, table.rows).mapping;
}

/**
 * Every door in ends here: a source table, mapped to mOS, saved as a new draft, with the organisation's
 * default seats and programs and its job-title rules applied to the new rows. Open draft lists are told.
 */
export async function draftFromSource(
  db: RosterDatabase,
  table: SourceTable,
  now = new Date(),
  settings?: OrgSettings,
): Promise<DraftMeta> {
  const org = settings ?? (await readOrgSettings());
  const mapping = await mappingForSource(table);
  const meta = await buildDraft(db, table, { mapping, ...draftSettingsOf(org), now: now.getTime() });
  announceListChange();
  return meta;
}

/**
 * The draft of one page export, keyed by the export: saving it again (the browser quit after the draft was
 * written but before the export's journal was dropped) gives back the first draft, never a second one.
 */
export async function draftOfExport(db: RosterDatabase, exportId: string, table: SourceTable, now = new Date()): Promise<DraftMeta> {
  const saved = await loadDraftMeta(db, exportId);
  if (saved) return saved;
  const org = await readOrgSettings();
  const mapping = await mappingForSource(table);
  try {
    const meta = await buildDraft(db, table, { mapping, ...draftSettingsOf(org), now: now.getTime(), id: exportId });
    // A draft the background saves, say from an export the browser cut short, must show in lists already open.
    announceListChange();
    return meta;
  } catch (error) {
    // Saved by a call racing this one: that draft is the one.
    const raced = (error as { name?: unknown } | null)?.name === 'ConstraintError' ? await loadDraftMeta(db, exportId) : undefined;
    if (raced) return raced;
    throw error;
  }
}

/** What of the organisation's settings a new draft takes: plain data, so a worker can build the draft. */
export function draftSettingsOf(org: OrgSettings): DraftSettings {
  return { rules: org.rules, defaults: draftDefaultsOf(org), policy: rowPolicyOf(org) };
}
