import { libraryActions } from '../drafts/library';
import { draftFromSource, type RosterDatabase } from '../drafts/index';
import type { PanelRequest } from '../messages';
import { sourceDraftOptions } from '../settings/source-draft';
import { headerSignature } from '../sources/source-table';

/** How long a saved import can still be cancelled: the panel's Cancel may cross the answer on its way. */
const CANCEL_AFTER_SAVE_MS = 60_000;
/**
 * Panel imports by the panel's id for them: being saved, saved a moment ago (`draftId`), or cancelled
 * before they arrived. A Cancel at any of those times leaves no draft.
 */
const panelImports = new Map<string, { cancelled: boolean; draftId?: string }>();
const forgetLater = (importId: string) => setTimeout(() => panelImports.delete(importId), CANCEL_AFTER_SAVE_MS);

/** Saves a table dropped on the panel as a draft, unless the panel cancels it before or after. */
export async function importTable(db: RosterDatabase, request: Extract<PanelRequest, { type: 'panel/import-table' }>) {
  const { importId } = request;
  if (panelImports.get(importId)?.cancelled) return { ok: true as const, draftId: '', cancelled: true };
  const entry: { cancelled: boolean; draftId?: string } = { cancelled: false };
  panelImports.set(importId, entry);
  forgetLater(importId);
  const { headers, rows, origin } = request.table;
  // The signature is ours to compute: it decides which remembered mapping applies.
  const table = { headers, rows, origin: { ...origin, signature: headerSignature(headers) } };
  const draft = await draftFromSource(db, table, await sourceDraftOptions(table));
  if (!entry.cancelled) {
    entry.draftId = draft.id;
    return { ok: true as const, draftId: draft.id };
  }
  await libraryActions.remove(db, draft.id);
  return { ok: true as const, draftId: draft.id, cancelled: true };
}

/** Cancels a panel import before it arrives, while it is saved, or just after: no draft is left. */
export async function cancelImport(db: RosterDatabase, importId: string): Promise<void> {
  const entry = panelImports.get(importId);
  if (!entry) {
    // The import itself is still on its way here.
    panelImports.set(importId, { cancelled: true });
    forgetLater(importId);
    return;
  }
  entry.cancelled = true;
  if (entry.draftId !== undefined) await libraryActions.remove(db, entry.draftId);
}

