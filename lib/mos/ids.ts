const USER_ID_PREFIX = 'EXT';
const MIN_DIGITS = 5;

/** A canonical user_id: EXT and a number of at least five digits, zero-padded, never EXT00000. */
export const USER_ID_PATTERN = /^EXT(?!0+$)(?:\d{5}|[1-9]\d{5,})$/;

const LENIENT_USER_ID = /^EXT(\d{5,})$/i;

function assertCount(name: string, value: number, minimum: number): void {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new RangeError(`${name} must be an integer of at least ${minimum}, got ${value}`);
  }
}

// After EXT99999 comes EXT100000: five digits is a minimum width, so IDs are never reused and numbering never stops.
export function formatUserId(n: number): string {
  assertCount('A user_id number', n, 1);
  return USER_ID_PREFIX + String(n).padStart(MIN_DIGITS, '0');
}

/** The number of a user_id such as "EXT00042" or " ext00042 ", or undefined when it is not one. */
export function parseUserId(id: string): number | undefined {
  const match = LENIENT_USER_ID.exec(id.trim());
  if (match === null) return undefined;
  const n = Number(match[1]);
  return n >= 1 && Number.isSafeInteger(n) ? n : undefined;
}

/** The highest user_id number among ids, ignoring anything that is not a user_id; 0 when there is none. */
export function highestUserId(ids: Iterable<string>): number {
  let highest = 0;
  for (const id of ids) {
    const n = parseUserId(id);
    if (n !== undefined && n > highest) highest = n;
  }
  return highest;
}

export interface UserIdAllocation {
  ids: string[];
  lastIssued: number;
}

/** The next count user_ids after lastIssued, and the new lastIssued to remember. */
export function allocateUserIds(lastIssued: number, count: number): UserIdAllocation {
  assertCount('lastIssued', lastIssued, 0);
  assertCount('count', count, 0);
  const ids = Array.from({ length: count }, (_, offset) => formatUserId(lastIssued + offset + 1));
  return { ids, lastIssued: lastIssued + count };
}
