import type { DraftSettings, SourceDraftOptions } from '../drafts';
import type { SourceTable } from '../sources/source-table';
import { draftDefaultsOf, readOrgSettings, rowPolicyOf, type OrgSettings } from './org';
import { recallMapping } from './remembered-mappings';

/** What of the organisation's settings a new draft takes: plain data, so a worker can build the draft. */
export function draftSettingsOf(org: OrgSettings): DraftSettings {
  return { rules: org.rules, defaults: draftDefaultsOf(org), policy: rowPolicyOf(org) };
}

/** What a draft of this source takes from this browser: the mapping remembered for its kind, and the organisation's settings. */
export async function sourceDraftOptions(table: SourceTable, now = new Date(), org?: OrgSettings): Promise<SourceDraftOptions> {
  const [remembered, settings] = await Promise.all([
    recallMapping(table.origin, table.headers.length).catch(() => undefined),
    org ?? readOrgSettings(),
  ]);
  return { ...(remembered && { remembered }), settings: draftSettingsOf(settings), now: now.getTime() };
}
