import { defineItem } from '../browser/storage';
import type { Said } from '../said';

export interface ExportOutcome {
  tone: 'ok' | 'warning' | 'error';
  text: string;
  /** The text's sentences as keys, for the editor to show in the admin's language. */
  said?: Said[];
  at: number;
}

const KEPT = 20;

/** How each recent export ended, by draft id, for the editor to show. Session storage: gone when the browser closes. */
const outcomes = defineItem<Record<string, ExportOutcome>>('session:exportOutcomes', { fallback: {} });

export async function rememberExportOutcome(draftId: string, outcome: Omit<ExportOutcome, 'at'>, now = Date.now()): Promise<void> {
  const all = { ...(await outcomes.getValue()), [draftId]: { ...outcome, at: now } };
  const newest = Object.entries(all)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, KEPT);
  await outcomes.setValue(Object.fromEntries(newest));
}

export async function exportOutcomeOf(draftId: string): Promise<ExportOutcome | undefined> {
  return (await outcomes.getValue())[draftId];
}
