import { draftFromSource, type DraftMeta, type RosterDatabase } from '../drafts';
import { recallSheets, rememberSheet } from '../settings/remembered-mappings';
import { describeRead, describeReadSaid } from './describe';
import type { Said } from '../said';
import type { FileReadOptions, FileReadResult } from './read-file';
import { readFileInWorker, type ReadProgress } from './read-in-worker';

export type ImportProgress = ReadProgress | { phase: 'saving'; rows: number };
import type { SheetSummary } from './workbook';

/** What the admin is told about how a file was read; no personal data. */
export interface ReadSummary {
  fileName: string;
  /** E.g. "UTF-8, separated by semicolons" or "Excel sheet “Workers”". */
  how: string;
  /** `how` as a message key, when there is one. */
  howSaid?: Said;
  notes: string[];
  sheet?: string;
  sheets?: SheetSummary[];
}

export function summariseRead(result: FileReadResult, fileName: string): ReadSummary {
  return {
    fileName,
    how: describeRead(result),
    ...(describeReadSaid(result) && { howSaid: describeReadSaid(result) }),
    notes: result.notes,
    ...(result.sheet === undefined ? {} : { sheet: result.sheet, sheets: result.sheets }),
  };
}

/** A chosen or dropped file, read off the page and saved as a new draft. */
export async function importFileAsDraft(
  db: RosterDatabase,
  file: File,
  options: FileReadOptions = {},
  onProgress?: (progress: ImportProgress) => void,
): Promise<{ draft: DraftMeta; summary: ReadSummary }> {
  // A sheet picked by hand is remembered for this workbook's layout; otherwise the last pick is used.
  const rememberedSheets = options.sheet === undefined ? await recallSheets() : undefined;
  const result = await readFileInWorker(file, { ...options, rememberedSheets }, onProgress);
  if (options.sheet !== undefined && result.book && result.sheet) await rememberSheet(result.book, result.sheet).catch(() => undefined);
  onProgress?.({ phase: 'saving', rows: result.table.rows.length });
  const draft = await draftFromSource(db, result.table);
  return { draft, summary: summariseRead(result, file.name) };
}

const key = (draftId: string) => `roster-sync:read:${draftId}`;

/** Keeps the summary for the editor tab that opens the draft next (session storage, this tab only). */
export function saveReadSummary(store: Pick<Storage, 'setItem'>, draftId: string, summary: ReadSummary): void {
  try {
    store.setItem(key(draftId), JSON.stringify(summary));
  } catch {
    // A full or unavailable session store only costs the admin the note on how the file was read.
  }
}

export function loadReadSummary(store: Pick<Storage, 'getItem'>, draftId: string): ReadSummary | undefined {
  try {
    const raw = store.getItem(key(draftId));
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const summary = parsed as ReadSummary;
    return typeof summary.fileName === 'string' && typeof summary.how === 'string' && Array.isArray(summary.notes) ? summary : undefined;
  } catch {
    return undefined;
  }
}
