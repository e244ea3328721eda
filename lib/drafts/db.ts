import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CrawlChunk, CrawlRecord } from './crawl-journal';
import type { SourceChunk } from './row-store';
import { checkRow } from './rows';
import { quiet } from './slices';
import type { DraftMeta, DraftRow } from './types';
import { ledgerChunkOf, packLedgerChunk } from './user-ids';

export const DB_NAME = 'roster-sync';
export const DB_VERSION = 6;

export interface OrgCounter {
  orgKey: string;
  lastIssued: number;
}

export interface IssuedUserId {
  orgKey: string;
  email: string;
  userId: string;
  issuedAt: number;
  /** The file the ID was first written to; older records lack it. */
  file?: string;
}

/** One person in the ledger: email, user_id, when it was given, and the file it was first written to. */
export type LedgerEntry = [email: string, userId: string, issuedAt: number, file?: string];

/** v5: part of an organisation's user_id ledger, the people whose email hashes to this chunk (see user-ids.ts). */
export interface UserIdChunkV5 {
  orgKey: string;
  chunk: number;
  entries: LedgerEntry[];
}

/**
 * Since v6: the same part of the ledger packed (see user-ids.ts), as IndexedDB copies a record whole on every
 * write and read: one string for all its people rather than an array per person.
 */
export interface UserIdChunk {
  orgKey: string;
  chunk: number;
  /** JSON of [email, userId, batch, email, userId, batch, …], a batch being its place in `batches`. */
  people: string;
  /** When IDs were given together, and the file they were first written to. */
  batches: LedgerBatch[];
}

export type LedgerBatch = [issuedAt: number, file?: string];

export interface RosterDb extends DBSchema {
  drafts: { key: string; value: DraftMeta; indexes: { byUpdatedAt: number } };
  /** Rows the admin has worked on, one record each (v1: every row). */
  rows: { key: [string, number]; value: DraftRow; indexes: { byDraft: string } };
  /** Since v2: a draft's source cells, CHUNK_SIZE rows to a record (see row-store.ts). */
  sources: { key: [string, number]; value: SourceChunk };
  orgs: { key: string; value: OrgCounter };
  /** Until v5: one record per person given a user_id; moved into `userIdChunks` and deleted by v5. */
  userIds: { key: [string, string]; value: IssuedUserId; indexes: { byOrg: string } };
  /** Since v5: each organisation's user_id ledger in LEDGER_CHUNKS records, so 50,000 people are a handful of writes; packed since v6. */
  userIdChunks: { key: [string, number]; value: UserIdChunk };
  /** Since v3: people of a draft seen in mOS as invited after an import, and when. */
  invitations: { key: [string, string]; value: Invitation };
  /** Since v3: the last roster sync report of a draft, kept with it. */
  syncReports: { key: string; value: KeptSyncReport };
  /** Since v4: each export under way, with where it is, so a stopped worker or a closed browser loses no row read. */
  crawls: { key: string; value: CrawlRecord };
  /** Since v4: the rows an export has read, in the chunks they arrived in. */
  crawlRows: { key: [string, number]; value: CrawlChunk };
}

export interface KeptSyncReport {
  draftId: string;
  at: number;
  counts: { new: number; member: number; changed: number; leaver: number };
  /** The report as the admin downloads it. */
  csv: string;
}

export interface Invitation {
  draftId: string;
  email: string;
  invitedAt: number;
}

export type RosterDatabase = IDBPDatabase<RosterDb>;
type UpgradeTransaction = IDBPTransaction<RosterDb, StoreNames<RosterDb>[], 'versionchange'>;
type Migration = (db: RosterDatabase, tx: UpgradeTransaction) => void | Promise<void>;

/** The key range holding every record of one draft in `rows` or `sources`, in order. */
export function draftRowsRange(draftId: string): IDBKeyRange {
  return IDBKeyRange.bound([draftId, -Infinity], [draftId, Infinity]);
}

/** v1: drafts with their rows stored one by one, and the per-organisation user_id counters. */
function createStores(db: RosterDatabase): void {
  const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
  drafts.createIndex('byUpdatedAt', 'updatedAt');
  const rows = db.createObjectStore('rows', { keyPath: ['draftId', 'index'] });
  rows.createIndex('byDraft', 'draftId');
  db.createObjectStore('orgs', { keyPath: 'orgKey' });
  const ids = db.createObjectStore('userIds', { keyPath: ['orgKey', 'email'] });
  ids.createIndex('byOrg', 'orgKey');
}

/**
 * v2: a `sources` store for source cells written in chunks (new drafts write 50 records, not 50,000);
 * v1 rows stay as they are, as row records. Each row gets a revision number (two tabs compare it), and
 * each draft its error and excluded counts and a revision, so the draft list needs no rows. Rows are
 * visited with a cursor, one event at a time, so even a 50,000-row draft never blocks the page for long.
 */
async function addSourcesRevisionsAndCounts(db: RosterDatabase, tx: UpgradeTransaction): Promise<void> {
  db.createObjectStore('sources', { keyPath: ['draftId', 'chunk'] });
  const drafts = tx.objectStore('drafts');
  const rows = tx.objectStore('rows');
  for (const old of await drafts.getAll()) {
    const meta: DraftMeta = { ...old, errorCount: 0, excludedCount: 0, revision: 0 };
    let cursor = await rows.openCursor(draftRowsRange(meta.id));
    while (cursor) {
      const row: DraftRow = { ...cursor.value, rev: cursor.value.rev ?? 0 };
      if (row.excluded) meta.excludedCount++;
      else if (checkRow(row, meta).issues.length > 0) meta.errorCount++;
      void quiet(cursor.update(row));
      cursor = await cursor.continue();
    }
    void quiet(drafts.put(meta));
  }
}

/** v3: who of a draft has shown up in mOS as invited, and when; and the draft's last sync report. */
function addInvitations(db: RosterDatabase): void {
  db.createObjectStore('invitations', { keyPath: ['draftId', 'email'] });
  db.createObjectStore('syncReports', { keyPath: 'draftId' });
}

/** v4: exports under way and the rows they have read, written as they arrive rather than held in the worker's memory. */
function addCrawlJournal(db: RosterDatabase): void {
  db.createObjectStore('crawls', { keyPath: 'crawlId' });
  db.createObjectStore('crawlRows', { keyPath: ['crawlId', 'seq'] });
}

/**
 * v5: the user_id ledger in chunks: every person's record moves into their organisation's chunk for their
 * email's hash, with the same ID, time and file; the counters in `orgs` stay as they are.
 */
async function chunkUserIdLedger(db: RosterDatabase, tx: UpgradeTransaction): Promise<void> {
  const chunks = db.createObjectStore('userIdChunks', { keyPath: ['orgKey', 'chunk'] });
  const byKey = new Map<string, UserIdChunkV5>();
  for (const { orgKey, email, userId, issuedAt, file } of await tx.objectStore('userIds').getAll()) {
    const chunk = ledgerChunkOf(email);
    const key = `${orgKey}\u0000${chunk}`;
    const record = byKey.get(key) ?? { orgKey, chunk, entries: [] };
    record.entries.push(file !== undefined ? [email, userId, issuedAt, file] : [email, userId, issuedAt]);
    byKey.set(key, record);
  }
  for (const record of byKey.values()) void quiet(chunks.put(record as never));
  db.deleteObjectStore('userIds');
}

/** v6: each ledger chunk packed, with every person's ID, time and file as before. */
async function packUserIdLedger(_db: RosterDatabase, tx: UpgradeTransaction): Promise<void> {
  const chunks = tx.objectStore('userIdChunks');
  for (const old of (await chunks.getAll()) as unknown as UserIdChunkV5[]) {
    void quiet(chunks.put(packLedgerChunk(old.orgKey, old.chunk, old.entries)));
  }
}

/** Numbered migrations: entry N upgrades a database of version N to N+1. Never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [createStores, addSourcesRevisionsAndCounts, addInvitations, addCrawlJournal, chunkUserIdLedger, packUserIdLedger];

export interface OpenHooks {
  /** A newer version of the extension needs the database: this connection has been closed for it. */
  onClosedForUpgrade?(): void;
  /** An older copy (a tab opened before an update) holds the database open, so this one cannot upgrade it yet. */
  onBlocked?(): void;
}

/** Opens the drafts database. Only extension pages, their workers and the background may call this. */
export function openRosterDb(name = DB_NAME, hooks: OpenHooks = {}): Promise<RosterDatabase> {
  return openDB<RosterDb>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < DB_VERSION; v++) await MIGRATIONS[v]!(db, tx);
    },
    blocked() {
      hooks.onBlocked?.();
    },
    blocking(_current, _next, event) {
      // Holding on would stall the upgrade in every other tab; close, and let this page say so.
      (event.target as IDBDatabase).close();
      hooks.onClosedForUpgrade?.();
    },
  });
}

/** A long-lived opener (the background's): hands out one connection, and a fresh one after it closed. */
export function rosterDbConnector(name = DB_NAME): () => Promise<RosterDatabase> {
  let current: Promise<RosterDatabase> | undefined;
  const forget = () => (current = undefined);
  return () => {
    current ??= openRosterDb(name, { onClosedForUpgrade: forget }).catch((error: unknown) => {
      forget();
      throw error;
    });
    return current;
  };
}
