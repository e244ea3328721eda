import { rowJudge } from './left-out';
import { planNumbers } from './plan';
import { checkRow, planImport } from './rows';
import { DEFAULT_POLICY, type DraftMeta, type DraftRow, type RowPolicy } from './types';

export interface DraftCounts {
  /** Rows going to the file that mOS would reject. */
  errorCount: number;
  /** Rows left out, by a rule or by the admin. */
  excludedCount: number;
}

/** What one row alone adds to its draft's counts; a row left out does not count its problems, it is not going. */
export function rowTallier(meta: DraftMeta, policy: RowPolicy = DEFAULT_POLICY): (row: DraftRow) => DraftCounts {
  const judge = rowJudge(meta, policy);
  return (row) => {
    if (judge(row).leftOut) return { errorCount: 0, excludedCount: 1 };
    return { errorCount: checkRow(row, meta, policy).issues.length > 0 ? 1 : 0, excludedCount: 0 };
  };
}

export function rowTally(row: DraftRow, meta: DraftMeta, policy: RowPolicy = DEFAULT_POLICY): DraftCounts {
  return rowTallier(meta, policy)(row);
}

/**
 * A whole draft's counts, read from its plan (lib/drafts/plan.ts), so the draft lists and the popup say what
 * the editor and the panel say: errors are the rows that cannot go (rejected by mOS, or a repeat put back).
 * Big drafts are counted in a worker.
 */
export async function countRows(
  rows: readonly DraftRow[],
  meta: DraftMeta,
  policy: RowPolicy = DEFAULT_POLICY,
): Promise<DraftCounts> {
  const numbers = planNumbers(planImport({ meta, rows: rows as DraftRow[] }, [], policy), rows.length);
  return { errorCount: numbers.cannotGo, excludedCount: numbers.leftOut };
}
