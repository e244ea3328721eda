import { mapHeadersExactly } from '../mapping';
import type { SourceTable } from '../source-table';
import type { RosterDatabase } from './db';
import { createDraft } from './store';
import type { DraftMeta } from './types';

function defaultName(table: SourceTable, now: Date): string {
  const from = table.origin.kind === 'page' ? table.origin.title || table.origin.site : table.origin.fileName;
  return `${from} – ${now.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

/** Every door in ends here: a source table, mapped to mOS, saved as a new draft. */
export function draftFromSource(db: RosterDatabase, table: SourceTable, now = new Date()): Promise<DraftMeta> {
  return createDraft(db, {
    name: defaultName(table, now),
    table,
    mapping: mapHeadersExactly(table.headers),
    now: now.getTime(),
  });
}
