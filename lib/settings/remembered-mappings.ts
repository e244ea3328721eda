import { defineItem } from '../browser/storage';
import { fitsColumns, readMapping, type ColumnMapping } from '../mapping/types';
import type { SourceOrigin } from '../sources/source-table';

export interface RememberedMapping {
  mapping: ColumnMapping;
  savedAt: number;
}

/** Enough for every report an organisation exports; the least recently saved are forgotten first. */
export const MAX_REMEMBERED = 200;

/**
 * Mappings the admin corrected, by source. Kept in extension storage (never in the page), and
 * holding column numbers only, no personal data.
 */
export const rememberedMappings = defineItem<Record<string, RememberedMapping>>('local:rememberedMappings', {
  fallback: {},
});

/** The same kind of table again: same site and columns for a page, same columns for a file. */
export function sourceKey(origin: SourceOrigin): string {
  return origin.kind === 'page' ? `page ${origin.site} ${origin.signature}` : `file ${origin.signature}`;
}

/** The mapping last chosen for this kind of source, when it still fits the table's columns. */
export async function recallMapping(origin: SourceOrigin, columnCount: number): Promise<ColumnMapping | undefined> {
  const saved = (await rememberedMappings.getValue())[sourceKey(origin)];
  if (!saved) return undefined;
  const mapping = readMapping(saved.mapping);
  return Object.keys(mapping).length > 0 && fitsColumns(mapping, columnCount) ? mapping : undefined;
}

export async function rememberMapping(origin: SourceOrigin, mapping: ColumnMapping, now = Date.now()): Promise<void> {
  const all = { ...(await rememberedMappings.getValue()), [sourceKey(origin)]: { mapping, savedAt: now } };
  const keys = Object.keys(all).sort((a, b) => all[b]!.savedAt - all[a]!.savedAt);
  for (const stale of keys.slice(MAX_REMEMBERED)) delete all[stale];
  await rememberedMappings.setValue(all);
}

export async function forgetMapping(origin: SourceOrigin): Promise<void> {
  const all = { ...(await rememberedMappings.getValue()) };
  delete all[sourceKey(origin)];
  await rememberedMappings.setValue(all);
}

/**
 * The sheet the admin picked in a workbook, by the workbook's layout (sheet names and header rows),
 * so the next export of the same report opens on that sheet in any tab. Sheet names only, no personal data.
 */
export const rememberedSheets = defineItem<Record<string, { sheet: string; savedAt: number }>>('local:rememberedSheets', {
  fallback: {},
});

/** Remembered sheets by workbook layout; an unreadable store just means the default sheet. */
export async function recallSheets(): Promise<Record<string, string>> {
  const saved = await rememberedSheets.getValue().catch(() => ({}) as Record<string, { sheet: string; savedAt: number }>);
  return Object.fromEntries(Object.entries(saved).map(([book, { sheet }]) => [book, sheet]));
}

export async function rememberSheet(book: string, sheet: string, now = Date.now()): Promise<void> {
  const all = { ...(await rememberedSheets.getValue()), [book]: { sheet, savedAt: now } };
  const keys = Object.keys(all).sort((a, b) => all[b]!.savedAt - all[a]!.savedAt);
  for (const stale of keys.slice(MAX_REMEMBERED)) delete all[stale];
  await rememberedSheets.setValue(all);
}
