import { fill, type Said } from '../said';

/** Why a person has their sync status, in English; the same texts are under sync.reasons in locales/en.yml. */
export const SYNC_MESSAGES = {
  leaver: '{status} in the roster',
  leaverByName: '{status} in the roster (matched by name; mOS has {memberEmail})',
  new: 'In the roster, not in mOS',
  unchanged: 'In both, unchanged',
  unchangedPending: 'In both, unchanged (invitation pending)',
  changed: 'Changed: {changes}',
  changedByName: 'Changed (matched by name; mOS has {memberEmail}): {changes}',
  notInRoster: 'In mOS, not in the roster',
  notInRosterInactive: 'In mOS, not in the roster (already inactive)',
  changeName: 'name: "{mos}" in mOS, "{roster}" in the roster',
  changeJobTitle: 'job title: "{mos}" in mOS, "{roster}" in the roster',
  changeEmail: 'email: {mos} in mOS, {roster} in the roster',
  guard:
    'This would deactivate {count} of {active} active members ({percent}%). A roster export that is partial or from the wrong team looks like this. Check the roster before deactivating anyone.',
} as const;

export type SyncMessageKey = keyof typeof SYNC_MESSAGES;

export function syncMessage(key: SyncMessageKey, subs: Record<string, string | number> = {}): { text: string; said: Said } {
  return { text: fill(SYNC_MESSAGES[key], subs), said: { key: `sync.reasons.${key}`, subs } };
}
