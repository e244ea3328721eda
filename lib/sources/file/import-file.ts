import type { DraftMeta, RosterDatabase } from '../../drafts/index';
import { draftSettingsOf } from '../../settings/source-draft';
import { readOrgSettings } from '../../settings/org';
import { recallMapping, recallSheets, rememberSheet } from '../../settings/remembered-mappings';
import { describeRead, describeReadSaid } from './describe';
import type { Said } from '../../said';
import { importFileInWorker } from './import-in-worker';
import type { ImportProgressReport } from './import-protocol';
import type { FileReadOptions, FileReadResult } from './read-file';

export { ImportCancelled } from './import-in-worker';
export type { ImportProgressReport } from './import-protocol';
import type { SheetSummary } from './workbook';

/** What the admin is told about how a file was read; no personal data. */
export interface ReadSummary {
  fileName: string;
  /** E.g. "UTF-8, separated by semicolons" or "Excel sheet “Workers”". */
  how: string;
  /** `how` as a message key, when there is one. */
  howSaid?: Said;
  notes: string[];
  /** The notes as message keys, in the same order. */
  notesSaid?: Said[];
  sheet?: string;
  sheets?: SheetSummary[];
}

export function summariseRead(result: FileReadResult, fileName: string): ReadSummary {
  return {
    fileName,
    how: describeRead(result),
    ...(describeReadSaid(result) && { howSaid: describeReadSaid(result) }),
    notes: result.notes,
    ...(result.notesSaid && { notesSaid: result.notesSaid }),
    ...(result.sheet === undefined ? {} : { sheet: result.sheet, sheets: result.sheets }),
  };
}

/** A chosen or dropped file, read and saved as a new draft in a worker; `signal` cancels, leaving no draft. */
export async function importFileAsDraft(
  db: RosterDatabase,
  file: File,
  options: FileReadOptions = {},
  onProgress?: (progress: ImportProgressReport) => void,
  signal?: AbortSignal,
): Promise<{ draft: DraftMeta; summary: ReadSummary }> {
  // A sheet picked by hand is remembered for this workbook's layout; otherwise the last pick is used.
  const rememberedSheets = options.sheet === undefined ? await recallSheets() : undefined;
  const settings = draftSettingsOf(await readOrgSettings());
  const { draft, result } = await importFileInWorker(db, file, { ...options, rememberedSheets }, { settings, recall: recallMapping, onProgress, signal });
  if (options.sheet !== undefined && result.book && result.sheet) await rememberSheet(result.book, result.sheet).catch(() => undefined);
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
