import type { KeptSyncReport, RosterDatabase } from './db';

/** Invitation keys are [draftId, email]: every string email of one draft. */
export const invitationsRange = (draftId: string) => IDBKeyRange.bound([draftId, ''], [draftId, '\uffff']);

/** Records that these people of a draft now show in mOS as invited; the first sighting's time is kept. */
export async function markInvited(db: RosterDatabase, draftId: string, emails: readonly string[], at = Date.now()): Promise<number> {
  const tx = db.transaction('invitations', 'readwrite');
  // One read of the draft's sightings, not a round trip per person: an import can hold thousands.
  const seen = new Set((await tx.store.getAllKeys(invitationsRange(draftId))).map(([, email]) => email));
  let added = 0;
  for (const raw of new Set(emails.map((e) => e.trim().toLowerCase()))) {
    if (seen.has(raw)) continue;
    void tx.store.put({ draftId, email: raw, invitedAt: at });
    added++;
  }
  await tx.done;
  return added;
}

/** Who of a draft has been seen invited, by email, with when. */
export async function invitationsOf(db: RosterDatabase, draftId: string): Promise<Map<string, number>> {
  const all = await db.getAll('invitations', invitationsRange(draftId));
  return new Map(all.map((i) => [i.email, i.invitedAt]));
}

/** Keeps a draft's latest sync report with it, replacing the one before. */
export async function keepSyncReport(db: RosterDatabase, report: KeptSyncReport): Promise<void> {
  await db.put('syncReports', report);
}

export function keptSyncReport(db: RosterDatabase, draftId: string): Promise<KeptSyncReport | undefined> {
  return db.get('syncReports', draftId);
}
