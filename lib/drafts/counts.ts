import { checkRow } from './rows';
import { forEachInSlices } from './slices';
import { DEFAULT_POLICY, type DraftMeta, type DraftRow, type RowPolicy } from './types';

export interface DraftCounts {
  /** Included rows that mOS would reject. */
  errorCount: number;
  excludedCount: number;
}

/** What one row adds to its draft's counts; an excluded row's problems do not count, it is not going. */
export function rowTally(row: DraftRow, meta: DraftMeta, policy: RowPolicy = DEFAULT_POLICY): DraftCounts {
  if (row.excluded) return { errorCount: 0, excludedCount: 1 };
  return { errorCount: checkRow(row, meta, policy).issues.length > 0 ? 1 : 0, excludedCount: 0 };
}

/** Counts a whole draft in slices, so even 50,000 rows leave the page responsive. */
export async function countRows(
  rows: readonly DraftRow[],
  meta: DraftMeta,
  policy: RowPolicy = DEFAULT_POLICY,
): Promise<DraftCounts> {
  const counts: DraftCounts = { errorCount: 0, excludedCount: 0 };
  await forEachInSlices(rows, (row) => {
    const tally = rowTally(row, meta, policy);
    counts.errorCount += tally.errorCount;
    counts.excludedCount += tally.excludedCount;
  });
  return counts;
}
