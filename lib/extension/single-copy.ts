/**
 * Exactly one copy of a content script serves a page, without trusting page events. WXT retires an
 * older copy when a document event names it, but the page can dispatch that event too (our extension
 * id shows in the panel frame's address). Content scripts of one extension share their own global
 * object, which the page cannot reach, so a newer copy stops the older one through it instead.
 */
export interface CopyRegistry {
  [key: symbol]: unknown;
}

export interface RunningCopy {
  stop(): void;
}

/** Stops the copy already running in this world under `key`, if any, and records `copy` in its place. */
export function takeOverFrom(world: CopyRegistry, key: symbol, copy: RunningCopy): void {
  const older = world[key] as RunningCopy | undefined;
  if (older && older !== copy) older.stop();
  world[key] = copy;
}

/**
 * Whether an invalidation signal is real: the extension was reloaded or removed, so this copy's
 * runtime is gone. A page's forged event leaves the runtime in place and is ignored.
 */
export function runtimeIsGone(runtime: { id?: string } | undefined): boolean {
  try {
    return !runtime?.id;
  } catch {
    return true;
  }
}
