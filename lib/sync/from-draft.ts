import { rowValues } from '../drafts/rows';
import type { Draft, DraftRow } from '../drafts/types';
import type { RosterPerson } from './report';

const STATUS_HEADER = /^(employment |employee |worker )?status$|^status|beschäftigungsstatus|statut|estado|^status medewerker/i;

/** The roster column holding HR status, until the mapping names it. */
function statusColumn(draft: Draft): number {
  const mapped = (draft.meta.mapping as Record<string, unknown>).status;
  if (typeof mapped === 'number') return mapped;
  return draft.meta.headers.findIndex((h) => STATUS_HEADER.test(h.trim()));
}

export interface RosterEntry {
  person: RosterPerson;
  row: DraftRow;
}

/** The people of an HR draft as the sync sees them; excluded rows stay in the roster, uninvited. */
export function rosterFromDraft(draft: Draft): RosterEntry[] {
  const statusCol = statusColumn(draft);
  return draft.rows.map((row) => {
    const values = rowValues(row, draft.meta);
    const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
    return {
      row,
      person: {
        email: text(values.email).toLowerCase(),
        firstName: text(values.first_name),
        lastName: text(values.last_name),
        jobTitle: text(values.job_title),
        status: statusCol >= 0 ? row.cells[statusCol]?.trim() || undefined : undefined,
        excluded: row.excluded,
      },
    };
  });
}
