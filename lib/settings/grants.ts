import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { holdsOrigin } from '../browser/permissions';
import { readLocal, removeLocal } from '../browser/storage';

/**
 * The mOS origins and HR sites the admin granted. They unlock the panel and the export button, so they live in
 * IndexedDB of the extension's origin, which no content script can reach (storage.local is open to them).
 */
export const GRANTS_DB = 'roster-sync-grants';
const CHANNEL = 'roster-sync-grants';

export type GrantKind = 'mos' | 'hr';

interface GrantsDb extends DBSchema {
  lists: { key: GrantKind; value: string[] };
  /** How many of GRANT_MIGRATIONS have run. */
  meta: { key: 'migrated'; value: number };
}
type GrantsDatabase = IDBPDatabase<GrantsDb>;

export interface GrantsDeps {
  dbName?: string;
  /** Where the lists were kept before (storage.local). */
  legacy: { get(keys: string[]): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> };
  /** Whether the browser holds the host permission for a pattern: the source of truth for any grant. */
  holds(pattern: string): Promise<boolean>;
}

export interface PatternList {
  getValue(): Promise<string[]>;
  setValue(value: readonly string[]): Promise<void>;
  watch(callback: (value: string[]) => void): () => void;
}

/** The storage.local keys of the lists before migration 1. */
const LEGACY_KEYS: Record<GrantKind, string> = { mos: 'mosOriginPatterns', hr: 'hrSitePatterns' };

export async function heldPatterns(patterns: readonly string[], holds: GrantsDeps['holds']): Promise<string[]> {
  const held = await Promise.all(patterns.map((p) => holds(p).catch(() => false)));
  return patterns.filter((_, i) => held[i]);
}

const asPatterns = (value: unknown): string[] => (Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : []);

/**
 * Numbered migrations of the granted lists, each tested from the older shape (grants.test.ts). Each reads what
 * it needs first and then writes in one transaction, which re-checks the count, so two contexts never both run it.
 */
export const GRANT_MIGRATIONS: Array<(db: GrantsDatabase, deps: GrantsDeps, version: number) => Promise<void>> = [
  // 1: out of storage.local, keeping only sites the browser really grants (a content script may have added any).
  async (db, deps, version) => {
    const stored = await deps.legacy.get(Object.values(LEGACY_KEYS));
    const lists = {
      mos: await heldPatterns(asPatterns(stored[LEGACY_KEYS.mos]), deps.holds),
      hr: await heldPatterns(asPatterns(stored[LEGACY_KEYS.hr]), deps.holds),
    };
    const tx = db.transaction(['lists', 'meta'], 'readwrite');
    if (((await tx.objectStore('meta').get('migrated')) ?? 0) < version) {
      await Promise.all([
        tx.objectStore('lists').put(lists.mos, 'mos'),
        tx.objectStore('lists').put(lists.hr, 'hr'),
        tx.objectStore('meta').put(version, 'migrated'),
      ]);
    }
    await tx.done;
    await deps.legacy.remove(Object.values(LEGACY_KEYS));
  },
];

const opening = new Map<string, Promise<GrantsDatabase>>();

function openGrants(deps: GrantsDeps): Promise<GrantsDatabase> {
  const name = deps.dbName ?? GRANTS_DB;
  let ready = opening.get(name);
  if (!ready) {
    ready = (async () => {
      const db = await openDB<GrantsDb>(name, 1, {
        upgrade(database) {
          database.createObjectStore('lists');
          database.createObjectStore('meta');
        },
      });
      const done = (await db.get('meta', 'migrated')) ?? 0;
      for (let version = done + 1; version <= GRANT_MIGRATIONS.length; version++) await GRANT_MIGRATIONS[version - 1]!(db, deps, version);
      return db;
    })();
    opening.set(name, ready);
    ready.catch(() => opening.delete(name));
  }
  return ready;
}

const browserDeps = (): GrantsDeps => ({
  legacy: {
    get: readLocal,
    remove: removeLocal,
  },
  holds: holdsOrigin,
});

/** One granted list, with the methods of a storage item; changes reach watchers in every extension context. */
export function grantList(kind: GrantKind, deps: GrantsDeps = browserDeps()): PatternList {
  const channelName = `${CHANNEL}:${deps.dbName ?? GRANTS_DB}`;
  const getValue = async () => (await (await openGrants(deps)).get('lists', kind)) ?? [];
  return {
    getValue,
    async setValue(value) {
      await (await openGrants(deps)).put('lists', [...value], kind);
      const channel = new BroadcastChannel(channelName);
      channel.postMessage(kind);
      channel.close();
    },
    watch(callback) {
      const channel = new BroadcastChannel(channelName);
      channel.onmessage = (event) => {
        if (event.data === kind) void getValue().then(callback);
      };
      return () => channel.close();
    },
  };
}
