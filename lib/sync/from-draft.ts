import { planImport, rosterPersonOf } from '../drafts/rows';
import { cellJudge } from '../mapping';
import { DEFAULT_POLICY, type Draft, type DraftRow, type RowPolicy } from '../drafts/types';
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

/** The people of an HR draft as the sync sees them; rows left out stay in the roster, uninvited. */
export function rosterFromDraft(draft: Draft, policy: RowPolicy = DEFAULT_POLICY): RosterEntry[] {
  const statusCol = statusColumn(draft);
  // The same plan as the file's: a row that would not go (left out, rejected, a repeat) is never "new".
  const plan = planImport(draft, [], policy);
  const notGoing = new Set<DraftRow>([...plan.excluded, ...plan.invalid.map((c) => c.row), ...plan.duplicateRows.map((d) => d.row)]);
  const judge = cellJudge(draft.meta.mapping, draft.meta.headers);
  return draft.rows.map((row) => {
    const { email, firstName, lastName, jobTitle } = rosterPersonOf(row, draft.meta, policy);
    const found = judge(row.cells);
    const left = found?.kind === 'left';
    return {
      row,
      person: {
        email,
        firstName,
        lastName,
        jobTitle,
        // Without a status column, the status written after a name ("(Terminated)") is the one the report names.
        status: (statusCol >= 0 ? row.cells[statusCol]?.trim() : undefined) || (left ? found.value : undefined),
        // Not going into the file (left out by a rule or the admin, or unable to go): still in the roster, never "new".
        excluded: notGoing.has(row),
        // Whatever the settings leave out: the status (or the suffix on the name) says whether they left.
        left,
      },
    };
  });
}
