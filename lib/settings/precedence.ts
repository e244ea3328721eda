/**
 * Settings precedence for managed (force-installed) deployments: a value IT set in policy wins and is
 * locked, then the admin's own value, then the default.
 */
export interface Effective<T extends object> {
  value: T;
  /** Keys IT manages: shown as locked, never written over by the admin. */
  locked: ReadonlySet<keyof T>;
}

export function applyPrecedence<T extends object>(defaults: T, user: Partial<T>, managed: Partial<T>): Effective<T> {
  const locked = new Set<keyof T>();
  const value = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof T)[]) {
    if (managed[key] !== undefined) {
      value[key] = managed[key] as T[keyof T];
      locked.add(key);
    } else if (user[key] !== undefined) {
      value[key] = user[key] as T[keyof T];
    }
  }
  return { value, locked };
}

/** What an admin may save: their change, less anything IT locked. */
export function withoutLocked<T extends object>(change: Partial<T>, locked: ReadonlySet<keyof T>): Partial<T> {
  return Object.fromEntries(Object.entries(change).filter(([key]) => !locked.has(key as keyof T))) as Partial<T>;
}
