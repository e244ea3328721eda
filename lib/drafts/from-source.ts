import { suggestMapping, type ColumnMapping } from '../mapping';
import { recallMapping } from '../settings/remembered-mappings';
import { draftDefaultsOf, readOrgSettings, rowPolicyOf, type OrgSettings } from '../settings/org';
import type { SourceTable } from '../source-table';
import type { RosterDatabase } from './db';
import { buildDraft, type DraftSettings } from './build-draft';
import type { DraftMeta } from './types';

export { presetFor } from './build-draft';

/** The mapping the admin last chose for this kind of source, else the engine's own. */
export async function mappingForSource(table: SourceTable): Promise<ColumnMapping> {
  const remembered = await recallMapping(table.origin, table.headers.length).catch(() => undefined);
  return remembered ?? suggestMapping(table.headers, table.rows).mapping;
}

/**
 * Every door in ends here: a source table, mapped to mOS, saved as a new draft, with the organisation's
 * default seats and programs and its job-title rules applied to the new rows.
 */
export async function draftFromSource(
  db: RosterDatabase,
  table: SourceTable,
  now = new Date(),
  settings?: OrgSettings,
): Promise<DraftMeta> {
  const org = settings ?? (await readOrgSettings());
  const mapping = await mappingForSource(table);
  return buildDraft(db, table, { mapping, ...draftSettingsOf(org), now: now.getTime() });
}

/** What of the organisation's settings a new draft takes: plain data, so a worker can build the draft. */
export function draftSettingsOf(org: OrgSettings): DraftSettings {
  return { rules: org.rules, defaults: draftDefaultsOf(org), policy: rowPolicyOf(org) };
}
