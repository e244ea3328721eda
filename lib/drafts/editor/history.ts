import type { Change } from '../changes';

/** One step the admin can undo: everything one action changed, bulk or not. */
export interface HistoryEntry {
  label: string;
  changes: Change[];
}

/** Undo and redo stacks for one tab. A new step clears redo, as in every editor. */
export class UndoHistory {
  private past: HistoryEntry[] = [];
  private future: HistoryEntry[] = [];

  constructor(private readonly limit = 500) {}

  record(entry: HistoryEntry): void {
    if (entry.changes.length === 0) return;
    this.past.push(entry);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  get nextUndo(): HistoryEntry | undefined {
    return this.past.at(-1);
  }

  get nextRedo(): HistoryEntry | undefined {
    return this.future.at(-1);
  }

  /** Takes the step to undo; call `undone` with what was actually undone. */
  takeUndo(): HistoryEntry | undefined {
    return this.past.pop();
  }

  takeRedo(): HistoryEntry | undefined {
    return this.future.pop();
  }

  /** Puts an undone step on the redo stack (only the changes that were really undone). */
  undone(entry: HistoryEntry): void {
    if (entry.changes.length > 0) this.future.push(entry);
  }

  /** Puts a redone step back on the undo stack, keeping the redo stack. */
  redone(entry: HistoryEntry): void {
    if (entry.changes.length > 0) this.past.push(entry);
  }

  /** Gives a step back when it could not be applied at all (e.g. the disk was full). */
  restoreUndo(entry: HistoryEntry): void {
    this.past.push(entry);
  }

  restoreRedo(entry: HistoryEntry): void {
    this.future.push(entry);
  }
}
