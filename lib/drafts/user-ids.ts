import { formatUserId } from '../mos/ids';
import type { IDBPObjectStore } from 'idb';
import type { LedgerBatch, LedgerEntry, RosterDatabase, RosterDb, UserIdChunk } from './db';

/**
 * How many records hold one organisation's ledger. A person's chunk is fixed by a hash of their email, so a
 * lookup reads only the chunks of the people asked about. Stored ledgers depend on it: never change it.
 */
export const LEDGER_CHUNKS = 32;

/** The ledger chunk an email belongs in: FNV-1a of its UTF-16 code units, so the same in every browser. */
export function ledgerChunkOf(email: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < email.length; i++) hash = Math.imul(hash ^ email.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % LEDGER_CHUNKS;
}

/** The key range of every chunk of one organisation's ledger. */
export function ledgerRange(orgKey: string): IDBKeyRange {
  return IDBKeyRange.bound([orgKey, -Infinity], [orgKey, Infinity]);
}

/**
 * Gives each email its user_id for one organisation, inside one transaction with the counter, so two tabs
 * never give out the same number: a person keeps the ID they were given before, and a new person takes
 * the next one from the counter. Only the ledger chunks that gain someone are written.
 */
export async function assignUserIds(
  db: RosterDatabase,
  orgKey: string,
  emails: readonly string[],
  now = Date.now(),
  file?: string,
): Promise<Map<string, string>> {
  const unique = [...new Set(emails)];
  const { ids, fresh } = await giveUserIds(db, orgKey, unique, now, file);
  // Those who kept their ID first, then the new in the order they were given theirs.
  const result = new Map<string, string>();
  for (let i = 0; i < unique.length; i++) if (fresh[i] === 0) result.set(unique[i]!, ids[i]!);
  for (let i = 0; i < unique.length; i++) if (fresh[i] === 1) result.set(unique[i]!, ids[i]!);
  return result;
}

/**
 * assignUserIds' IDs by position, `emails[i]`'s at `i`, for emails that are each given once (as a plan's
 * people are), in one pass: each email's chunk worked out once and one lookup for whether it was given an
 * ID, as a big file has a person per row.
 */
export async function userIdsInOrder(
  db: RosterDatabase,
  orgKey: string,
  emails: readonly string[],
  now = Date.now(),
  file?: string,
): Promise<string[]> {
  return (await giveUserIds(db, orgKey, emails, now, file)).ids;
}

/** The IDs of distinct emails by position, and 1 where this call gave the ID. */
async function giveUserIds(
  db: RosterDatabase,
  orgKey: string,
  emails: readonly string[],
  now: number,
  file: string | undefined,
): Promise<{ ids: string[]; fresh: Uint8Array }> {
  const tx = db.transaction(['orgs', 'userIdChunks'], 'readwrite');
  const orgs = tx.objectStore('orgs');
  const ledger = tx.objectStore('userIdChunks');
  const chunkOf = new Uint8Array(emails.length);
  for (let i = 0; i < emails.length; i++) chunkOf[i] = ledgerChunkOf(emails[i]!);
  const [counter, chunks] = await Promise.all([orgs.get(orgKey), readChunks(ledger, orgKey, new Set(chunkOf))]);
  const people = new Map<number, LedgerPeople>();
  for (const [n, chunk] of chunks) people.set(n, peopleOf(chunk));
  const given = issuedIds(people.values());
  const lastBefore = counter?.lastIssued ?? 0;
  let last = lastBefore;
  // Per chunk that gains someone: its people, to which the new are added, and the batch they are given in.
  const grown = new Array<LedgerPeople | undefined>(LEDGER_CHUNKS);
  const batches = new Array<LedgerBatch[]>(LEDGER_CHUNKS);
  const batchOf = new Array<number>(LEDGER_CHUNKS);
  const ids = new Array<string>(emails.length);
  const givenNow = new Uint8Array(emails.length);
  for (let i = 0; i < emails.length; i++) {
    const email = emails[i]!;
    let id = given.get(email);
    if (id === undefined) {
      id = formatUserId(++last);
      const n = chunkOf[i]!;
      let flat = grown[n];
      if (flat === undefined) {
        batches[n] = [...(chunks.get(n)?.batches ?? [])];
        batchOf[n] = batchIndex(batches[n], now, file);
        flat = grown[n] = people.get(n) ?? [];
      }
      flat.push(email, id, batchOf[n]!);
      givenNow[i] = 1;
    }
    ids[i] = id;
  }
  if (last > lastBefore) {
    for (let n = 0; n < LEDGER_CHUNKS; n++) {
      const flat = grown[n];
      if (flat !== undefined) void ledger.put({ orgKey, chunk: n, people: JSON.stringify(flat), batches: batches[n]! });
    }
    void orgs.put({ orgKey, lastIssued: last });
  }
  await tx.done;
  return { ids, fresh: givenNow };
}

/** A chunk's people as stored: email, user_id and batch, three to a person. */
type LedgerPeople = Array<string | number>;

const peopleOf = (chunk: UserIdChunk): LedgerPeople => JSON.parse(chunk.people) as LedgerPeople;

/** The place of the batch given at `issuedAt` for `file` among a chunk's batches, added when new. */
function batchIndex(batches: LedgerBatch[], issuedAt: number, file: string | undefined): number {
  const found = batches.findIndex(([at, named]) => at === issuedAt && named === file);
  return found >= 0 ? found : batches.push(file !== undefined ? [issuedAt, file] : [issuedAt]) - 1;
}

/** A chunk's record from its people, in order, each with their ID, time and file. */
export function packLedgerChunk(orgKey: string, chunk: number, entries: readonly LedgerEntry[]): UserIdChunk {
  const batches: LedgerBatch[] = [];
  const flat: LedgerPeople = [];
  for (const [email, userId, issuedAt, file] of entries) flat.push(email, userId, batchIndex(batches, issuedAt, file));
  return { orgKey, chunk, people: JSON.stringify(flat), batches };
}

/** A chunk's people, in order, each with their ID, time and file. */
export function ledgerEntries(chunk: UserIdChunk): LedgerEntry[] {
  const flat = peopleOf(chunk);
  const entries: LedgerEntry[] = [];
  for (let i = 0; i < flat.length; i += 3) {
    const [issuedAt, file] = chunk.batches[flat[i + 2] as number]!;
    entries.push(file !== undefined ? [flat[i] as string, flat[i + 1] as string, issuedAt, file] : [flat[i] as string, flat[i + 1] as string, issuedAt]);
  }
  return entries;
}

type LedgerStore = IDBPObjectStore<RosterDb, ('orgs' | 'userIdChunks')[], 'userIdChunks', IDBTransactionMode>;

/**
 * The ledger chunks wanted, by number. Most of them are read in one request for the whole
 * ledger; a few are looked up one by one.
 */
async function readChunks(ledger: LedgerStore, orgKey: string, wanted: ReadonlySet<number>): Promise<Map<number, UserIdChunk>> {
  if (wanted.size === 0) return new Map();
  const found =
    wanted.size * 4 > LEDGER_CHUNKS
      ? await ledger.getAll(ledgerRange(orgKey))
      : (await Promise.all([...wanted].map((n) => ledger.get([orgKey, n])))).filter((c) => c !== undefined);
  return new Map(found.map((chunk) => [chunk.chunk, chunk]));
}

/** Each email in these chunks' people with the ID it was given. */
function issuedIds(chunks: Iterable<LedgerPeople>): Map<string, string> {
  const given = new Map<string, string>();
  for (const flat of chunks) for (let i = 0; i < flat.length; i += 3) given.set(flat[i] as string, flat[i + 1] as string);
  return given;
}

export interface UserIdPreview {
  /** People who were given an ID before and keep it. */
  keeping: number;
  /** People who would be given a new ID. */
  fresh: number;
  /** The first and last new ID, when there are new people. */
  firstNew?: string;
  lastNew?: string;
}

/** What assignUserIds would do, without giving anything out: IDs are only given when the admin confirms. */
export async function previewUserIds(db: RosterDatabase, orgKey: string, emails: readonly string[]): Promise<UserIdPreview> {
  const tx = db.transaction(['orgs', 'userIdChunks']);
  const unique = [...new Set(emails)];
  const [counter, chunks] = await Promise.all([tx.objectStore('orgs').get(orgKey), readChunks(tx.objectStore('userIdChunks'), orgKey, new Set(unique.map(ledgerChunkOf)))]);
  await tx.done;
  const given = issuedIds([...chunks.values()].map(peopleOf));
  const fresh = unique.filter((email) => !given.has(email)).length;
  const preview: UserIdPreview = { keeping: unique.length - fresh, fresh };
  if (fresh > 0) {
    const last = counter?.lastIssued ?? 0;
    preview.firstNew = formatUserId(last + 1);
    preview.lastNew = formatUserId(last + fresh);
  }
  return preview;
}
