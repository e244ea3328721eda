import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DraftMeta, DraftRow } from './types';

export const DB_NAME = 'roster-sync';
export const DB_VERSION = 1;

export interface OrgCounter {
  orgKey: string;
  lastIssued: number;
}

export interface IssuedUserId {
  orgKey: string;
  email: string;
  userId: string;
  issuedAt: number;
}

export interface RosterDb extends DBSchema {
  drafts: { key: string; value: DraftMeta; indexes: { byUpdatedAt: number } };
  rows: { key: [string, number]; value: DraftRow; indexes: { byDraft: string } };
  orgs: { key: string; value: OrgCounter };
  userIds: { key: [string, string]; value: IssuedUserId; indexes: { byOrg: string } };
}

export type RosterDatabase = IDBPDatabase<RosterDb>;

/** Numbered migrations: entry N upgrades a database of version N to N+1. */
const MIGRATIONS: Array<(db: IDBPDatabase<RosterDb>) => void> = [
  (db) => {
    const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
    drafts.createIndex('byUpdatedAt', 'updatedAt');
    const rows = db.createObjectStore('rows', { keyPath: ['draftId', 'index'] });
    rows.createIndex('byDraft', 'draftId');
    db.createObjectStore('orgs', { keyPath: 'orgKey' });
    const ids = db.createObjectStore('userIds', { keyPath: ['orgKey', 'email'] });
    ids.createIndex('byOrg', 'orgKey');
  },
];

/** Opens the drafts database. Only extension pages and the background may call this. */
export async function openRosterDb(name = DB_NAME, onClosed?: () => void): Promise<RosterDatabase> {
  const db: RosterDatabase = await openDB<RosterDb>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]!(db);
    },
    // Another tab wants to upgrade or delete the database: let it, rather than hold it up.
    blocking() {
      db.close();
      onClosed?.();
    },
    terminated() {
      onClosed?.();
    },
  });
  return db;
}

/** A long-lived opener (the background's): hands out one connection, and a fresh one after it closed. */
export function rosterDbConnector(name = DB_NAME): () => Promise<RosterDatabase> {
  let current: Promise<RosterDatabase> | undefined;
  return () => {
    current ??= openRosterDb(name, () => (current = undefined)).catch((error: unknown) => {
      current = undefined;
      throw error;
    });
    return current;
  };
}
