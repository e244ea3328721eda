import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CrawlChunk, CrawlRecord } from './crawl-journal';
import type { SourceChunk } from './row-store';
import { checkRow } from './rows';
import { quiet } from './slices';
import type { DraftMeta, DraftRow } from './types';

export const DB_NAME = 'roster-sync';
export const DB_VERSION = 4;

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

export interface RosterDb extends DBSchema {
  drafts: { key: string; value: DraftMeta; indexes: { byUpdatedAt: number } };
  /** Rows the admin has worked on, one record each (v1: every row). */
  rows: { key: [string, number]; value: DraftRow; indexes: { byDraft: string } };
  /** Since v2: a draft's source cells, CHUNK_SIZE rows to a record (see row-store.ts). */
  sources: { key: [string, number]; value: SourceChunk };
  orgs: { key: string; value: OrgCounter };
  userIds: { key: [string, string]; value: IssuedUserId; indexes: { byOrg: string } };
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

/** Numbered migrations: entry N upgrades a database of version N to N+1. Never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [createStores, addSourcesRevisionsAndCounts, addInvitations, addCrawlJournal];

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
