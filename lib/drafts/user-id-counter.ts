import { formatUserId } from '../mos/ids';
import type { RosterDatabase } from './db';
import { ledgerEntries, ledgerRange } from './user-ids';

/** The number the next new person's user_id will carry in this organisation. */
export async function readNextUserId(db: RosterDatabase, orgKey: string): Promise<number> {
  return ((await db.get('orgs', orgKey))?.lastIssued ?? 0) + 1;
}

export type RaiseOutcome =
  | { kind: 'raised'; next: number }
  /** Lower than (or equal to) an ID already possible: mOS would treat a reused ID as the same person. */
  | { kind: 'too-low'; next: number }
  | { kind: 'not-a-number' };

/** Moves the counter up, never down, in one transaction, so a file made meanwhile cannot slip under it. */
export async function raiseNextUserId(db: RosterDatabase, orgKey: string, wanted: number): Promise<RaiseOutcome> {
  if (!Number.isSafeInteger(wanted) || wanted < 1) return { kind: 'not-a-number' };
  const tx = db.transaction('orgs', 'readwrite');
  const lastIssued = (await tx.store.get(orgKey))?.lastIssued ?? 0;
  if (wanted <= lastIssued + 1) {
    await tx.done;
    return wanted === lastIssued + 1 ? { kind: 'raised', next: wanted } : { kind: 'too-low', next: lastIssued + 1 };
  }
  void tx.store.put({ orgKey, lastIssued: wanted - 1 });
  await tx.done;
  return { kind: 'raised', next: wanted };
}

/** IDs given out together: one file, one moment. */
export interface IssuedBatch {
  issuedAt: number;
  file?: string;
  first: string;
  last: string;
  count: number;
}

/** Which IDs were given out when, and for which file; newest first. */
export async function userIdHistory(db: RosterDatabase, orgKey: string): Promise<IssuedBatch[]> {
  const chunks = await db.getAll('userIdChunks', ledgerRange(orgKey));
  const batches = new Map<string, { issuedAt: number; file?: string; numbers: number[] }>();
  for (const [, userId, issuedAt, file] of chunks.flatMap(ledgerEntries)) {
    const key = `${issuedAt}\u0000${file ?? ''}`;
    const batch = batches.get(key) ?? { issuedAt, ...(file !== undefined && { file }), numbers: [] };
    batch.numbers.push(Number(userId.slice(3)));
    batches.set(key, batch);
  }
  return [...batches.values()]
    .map(({ numbers, ...batch }) => {
      numbers.sort((a, b) => a - b);
      return { ...batch, first: formatUserId(numbers[0]!), last: formatUserId(numbers.at(-1)!), count: numbers.length };
    })
    .sort((a, b) => b.issuedAt - a.issuedAt || b.first.localeCompare(a.first));
}
