import type { MappableField } from '../mapping';
import { rowTallier } from './counts';
import type { RosterDatabase } from './db';
import { readRowsAt } from './row-store';
import { quiet, yieldToBrowser } from './slices';
import { describeStorageFailure, storageFailure, type StorageFailure } from './storage-errors';
import { ROW_BATCH } from './store';
import { DEFAULT_POLICY, type DraftMeta, type DraftRow, type RowPolicy } from './types';

/**
 * One field of one row, from one value to another. `null` means "no edit": the file's value shows.
 * A set of changes is one step for undo; its inverse undoes it.
 */
export type Change =
  | { index: number; key: MappableField; from: string | null; to: string | null }
  | { index: number; key: 'excluded'; from: boolean; to: boolean }
  | { index: number; key: 'putBack'; from: boolean; to: boolean };

export type ChangeKey = Change['key'];
export type ChangeValue = Change['from'];

/** A change another tab got to first: the field no longer holds what this tab saw. */
export interface Conflict {
  change: Change;
  /** What the field holds now, as saved by the other tab. */
  theirs: ChangeValue;
}

export interface ApplyResult {
  /** Changes this call saved. */
  applied: Change[];
  /** Changes the field already held (another tab made the same change): nothing to save, nothing to undo. */
  unchanged: Change[];
  conflicts: Conflict[];
  /** Rows as saved after this call, for every row a change touched. */
  rows: DraftRow[];
  /** Rows no longer in the draft. */
  missing: number[];
  meta?: DraftMeta;
  /** Set when a batch could not be saved; batches before it are saved, this one and later are not. */
  failure?: StorageFailure;
}

export interface ApplyOptions {
  policy?: RowPolicy;
  now?: number;
  /** Apply even over another tab's newer value: the admin chose "use mine". */
  force?: boolean;
}

export function currentValue(row: DraftRow, key: ChangeKey): ChangeValue {
  if (key === 'excluded') return row.excluded;
  if (key === 'putBack') return row.putBack === true;
  return row.edits[key] ?? null;
}

export function invertChanges(changes: readonly Change[]): Change[] {
  return changes.map((c) => ({ ...c, from: c.to, to: c.from }) as Change).reverse();
}

function withValue(row: DraftRow, change: Change): DraftRow {
  if (change.key === 'excluded') return { ...row, excluded: change.to };
  if (change.key === 'putBack') {
    const { putBack: _was, ...rest } = row;
    return change.to ? { ...rest, putBack: true } : rest;
  }
  const edits = { ...row.edits };
  if (change.to === null) delete edits[change.key];
  else edits[change.key] = change.to;
  return { ...row, edits };
}

function groupByRow(changes: readonly Change[]): Map<number, Change[]> {
  const byRow = new Map<number, Change[]>();
  for (const change of changes) {
    const list = byRow.get(change.index);
    if (list) list.push(change);
    else byRow.set(change.index, [change]);
  }
  return byRow;
}

interface BatchOutcome {
  applied: Change[];
  unchanged: Change[];
  conflicts: Conflict[];
  rows: DraftRow[];
  missing: number[];
  meta: DraftMeta;
}

/** Compare-and-set per field: a change lands only if the field still holds what this tab last saw. */
function settle(stored: DraftRow, changes: readonly Change[], force: boolean, out: BatchOutcome): DraftRow | undefined {
  let row = stored;
  for (const change of changes) {
    const now = currentValue(row, change.key);
    if (now === change.to) out.unchanged.push(change);
    else if (now === change.from || force) {
      row = withValue(row, change);
      out.applied.push(change);
    } else out.conflicts.push({ change, theirs: now });
  }
  return row === stored ? undefined : { ...row, rev: stored.rev + 1 };
}

async function applyBatch(
  db: RosterDatabase,
  draftId: string,
  batch: ReadonlyArray<[number, Change[]]>,
  { policy = DEFAULT_POLICY, now = Date.now(), force = false }: ApplyOptions,
): Promise<BatchOutcome | undefined> {
  const tx = db.transaction(['drafts', 'rows', 'sources'], 'readwrite');
  const rowStore = tx.objectStore('rows');
  const draftStore = tx.objectStore('drafts');
  try {
    const [meta, stored] = await Promise.all([
      quiet(draftStore.get(draftId)),
      readRowsAt(tx, draftId, batch.map(([index]) => index)),
    ]);
    if (!meta) {
      await tx.done;
      return undefined;
    }
    const out: BatchOutcome = { applied: [], unchanged: [], conflicts: [], rows: [], missing: [], meta };
    const next: DraftMeta = { ...meta };
    const tally = rowTallier(meta, policy);
    let changed = false;
    batch.forEach(([index, changes], i) => {
      const before = stored[i];
      if (!before) return void out.missing.push(index);
      const after = settle(before, changes, force, out);
      if (!after) return void out.rows.push(before);
      // Counts move by what this row was and is now (repeats, which depend on other rows, are set right when
      // the editor counts the whole draft); a draft not counted yet is counted later, whole.
      const [was, is] = [tally(before), tally(after)];
      next.excludedCount += is.excludedCount - was.excludedCount;
      if (!meta.countsPending) next.errorCount += is.errorCount - was.errorCount;
      void quiet(rowStore.put(after));
      out.rows.push(after);
      changed = true;
    });
    if (changed) {
      out.meta = { ...next, updatedAt: now, revision: meta.revision + 1 };
      void quiet(draftStore.put(out.meta));
    }
    await tx.done;
    return out;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/**
 * Saves a set of changes to a draft: only the touched rows and the draft's small meta are written,
 * in batches of rows, each batch in its own transaction. A field another tab changed meanwhile is
 * not overwritten but reported as a conflict. A failed batch (disk full…) stops the run; what was
 * saved before it stays saved and is reported.
 */
export async function applyChanges(
  db: RosterDatabase,
  draftId: string,
  changes: readonly Change[],
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const result: ApplyResult = { applied: [], unchanged: [], conflicts: [], rows: [], missing: [] };
  const byRow = [...groupByRow(changes)];
  for (let start = 0; start < byRow.length; start += ROW_BATCH) {
    if (start > 0) await yieldToBrowser();
    try {
      const outcome = await applyBatch(db, draftId, byRow.slice(start, start + ROW_BATCH), options);
      if (!outcome) {
        result.failure = storageFailure('gone', 'gone');
        break;
      }
      result.applied.push(...outcome.applied);
      result.unchanged.push(...outcome.unchanged);
      result.conflicts.push(...outcome.conflicts);
      result.rows.push(...outcome.rows);
      result.missing.push(...outcome.missing);
      result.meta = outcome.meta;
    } catch (error) {
      result.failure = describeStorageFailure(error);
      break;
    }
  }
  return result;
}
