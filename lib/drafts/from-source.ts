import { suggestMapping, type ColumnMapping } from '../mapping';
import { recallMapping } from '../settings/remembered-mappings';
import type { SourceTable } from '../source-table';
import type { RosterDatabase } from './db';
import { createDraft } from './store';
import type { DraftMeta } from './types';

function defaultName(table: SourceTable, now: Date): string {
  const from = table.origin.kind === 'page' ? table.origin.title || table.origin.site : table.origin.fileName;
  return `${from} – ${now.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

/** The mapping the admin last chose for this kind of source, else the engine's own. */
export async function mappingForSource(table: SourceTable): Promise<ColumnMapping> {
  const remembered = await recallMapping(table.origin, table.headers.length).catch(() => undefined);
  return remembered ?? suggestMapping(table.headers, table.rows).mapping;
}

/** Every door in ends here: a source table, mapped to mOS, saved as a new draft. */
export async function draftFromSource(db: RosterDatabase, table: SourceTable, now = new Date()): Promise<DraftMeta> {
  return createDraft(db, {
    name: defaultName(table, now),
    table,
    mapping: await mappingForSource(table),
    now: now.getTime(),
  });
}
