import { allocateUserIds, formatUserId } from '../mos/ids';
import type { RosterDatabase } from './db';

/**
 * Gives each email its user_id for one organisation, inside one transaction: a person keeps
 * the ID they were given before, and a new person takes the next one from the counter.
 */
export async function assignUserIds(
  db: RosterDatabase,
  orgKey: string,
  emails: readonly string[],
  now = Date.now(),
  file?: string,
): Promise<Map<string, string>> {
  const tx = db.transaction(['orgs', 'userIds'], 'readwrite');
  const orgs = tx.objectStore('orgs');
  const issued = tx.objectStore('userIds');
  const result = new Map<string, string>();
  const unseen: string[] = [];
  for (const email of new Set(emails)) {
    const known = await issued.get([orgKey, email]);
    if (known) result.set(email, known.userId);
    else unseen.push(email);
  }
  if (unseen.length > 0) {
    const counter = (await orgs.get(orgKey)) ?? { orgKey, lastIssued: 0 };
    const { ids, lastIssued } = allocateUserIds(counter.lastIssued, unseen.length);
    unseen.forEach((email, i) => {
      result.set(email, ids[i]!);
      void issued.put({ orgKey, email, userId: ids[i]!, issuedAt: now, ...(file !== undefined && { file }) });
    });
    void orgs.put({ orgKey, lastIssued });
  }
  await tx.done;
  return result;
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
  const tx = db.transaction(['orgs', 'userIds']);
  const unique = [...new Set(emails)];
  const [counter, ...known] = await Promise.all([
    tx.objectStore('orgs').get(orgKey),
    ...unique.map((email) => tx.objectStore('userIds').getKey([orgKey, email])),
  ]);
  await tx.done;
  const fresh = known.filter((key) => key === undefined).length;
  const preview: UserIdPreview = { keeping: unique.length - fresh, fresh };
  if (fresh > 0) {
    const last = counter?.lastIssued ?? 0;
    preview.firstNew = formatUserId(last + 1);
    preview.lastNew = formatUserId(last + fresh);
  }
  return preview;
}
