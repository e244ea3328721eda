import { fill, type Said } from '../said';

/** Why a write to the drafts database failed, in words an admin can act on. */
export interface StorageFailure {
  kind: 'quota' | 'closed' | 'gone' | 'other';
  message: string;
  /** The message as a key, for the editor to show in the admin's language. */
  said?: Said;
}

const SAVED_SO_FAR = 'Everything saved before it is safe.';

/** Why a save failed, in English; the same texts are under editor.storage in locales/en.yml. */
export const STORAGE_MESSAGES = {
  quota: `The browser has no more storage space for Roster Sync (the disk may be full), so this change was not saved. ${SAVED_SO_FAR} Free some disk space or delete drafts you no longer need, then try again.`,
  closed: `Roster Sync was updated or its storage was closed, so this change was not saved. ${SAVED_SO_FAR} Reload this page to carry on.`,
  aborted: `The browser stopped this save before it finished, so this change was not saved. ${SAVED_SO_FAR} Please try again.`,
  other: `This change could not be saved ({name}: {detail}). ${SAVED_SO_FAR}`,
  gone: 'This draft no longer exists. It may have been deleted in another tab.',
} as const;

export function storageFailure(
  kind: StorageFailure['kind'],
  key: keyof typeof STORAGE_MESSAGES,
  subs: Record<string, string> = {},
): StorageFailure {
  return { kind, message: fill(STORAGE_MESSAGES[key], subs), said: { key: `editor.storage.${key}`, subs } };
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
}

function innerError(error: unknown): unknown {
  // An aborted transaction carries its cause on `error` (IDBTransaction) or `cause` (wrapped).
  if (typeof error !== 'object' || error === null) return undefined;
  const withCause = error as { cause?: unknown; error?: unknown };
  return withCause.cause ?? withCause.error;
}

function isQuota(error: unknown): boolean {
  for (let e = error, depth = 0; e !== undefined && e !== null && depth < 4; e = innerError(e), depth++) {
    const name = errorName(e);
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  }
  return false;
}

export function describeStorageFailure(error: unknown): StorageFailure {
  if (isQuota(error)) {
    return storageFailure('quota', 'quota');
  }
  const name = errorName(error);
  if (name === 'InvalidStateError') {
    return storageFailure('closed', 'closed');
  }
  if (name === 'AbortError') {
    return storageFailure('other', 'aborted');
  }
  const detail = error instanceof Error ? error.message : String(error);
  return storageFailure('other', 'other', { name: name || 'error', detail });
}

export class DraftGoneError extends Error {
  constructor() {
    super('This draft no longer exists. It may have been deleted in another tab or after the retention period.');
    this.name = 'DraftGoneError';
  }
}
