/** Waiting on the page: for its DOM to change and then fall quiet, never for a fixed time. */

export interface SettleOptions {
  /** How long to wait for anything to change at all. */
  firstChangeMs: number;
  /** How long the DOM must stay unchanged, once it changed, to count as settled. */
  quietMs: number;
  /** The most to wait in all. */
  maxMs: number;
  signal?: AbortSignal;
  /** Done once the nodes are watched (a scroll, a click), so a change it makes at once is seen. */
  trigger?: () => void;
}

const OBSERVE: MutationObserverInit = { subtree: true, childList: true, attributes: true, characterData: true };

function observerFor(node: Node): typeof MutationObserver {
  const view = (node.ownerDocument ?? (node as Document)).defaultView;
  return (view as unknown as { MutationObserver?: typeof MutationObserver })?.MutationObserver ?? MutationObserver;
}

/**
 * Resolves true once the nodes' subtrees changed and then stayed quiet for `quietMs`, or false if
 * nothing changed within `firstChangeMs`. Bounded by `maxMs`, and ends at once when aborted.
 */
export function waitForSettle(nodes: readonly Node[], options: SettleOptions): Promise<boolean> {
  return new Promise((resolve) => {
    let changed = false;
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    const observers = nodes.map((node) => {
      const Observer = observerFor(node);
      const observer = new Observer(() => {
        changed = true;
        clearTimeout(firstTimer);
        clearTimeout(quietTimer);
        quietTimer = setTimeout(() => finish(true), options.quietMs);
      });
      observer.observe(node, OBSERVE);
      return observer;
    });
    const finish = (result: boolean) => {
      observers.forEach((o) => o.disconnect());
      clearTimeout(firstTimer);
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish(changed);
    const firstTimer = setTimeout(() => finish(false), options.firstChangeMs);
    const maxTimer = setTimeout(() => finish(changed), options.maxMs);
    if (options.signal?.aborted) finish(false);
    else {
      options.signal?.addEventListener('abort', onAbort);
      options.trigger?.();
    }
  });
}

/**
 * Resolves with the first truthy value of `probe`, checked on every change under the nodes and on
 * a slow poll (scroll positions and timers change nothing in the DOM), or undefined at `maxMs`.
 */
export function waitUntil<T>(
  nodes: readonly Node[],
  probe: () => T | undefined | null | false,
  options: { maxMs: number; pollMs?: number; signal?: AbortSignal },
): Promise<T | undefined> {
  const first = probe();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const check = () => {
      const value = probe();
      if (value) finish(value);
    };
    const observers = nodes.map((node) => {
      const observer = new (observerFor(node))(check);
      observer.observe(node, OBSERVE);
      return observer;
    });
    const poll = setInterval(check, options.pollMs ?? 100);
    const finish = (value: T | undefined) => {
      observers.forEach((o) => o.disconnect());
      clearInterval(poll);
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(undefined);
    const timer = setTimeout(() => finish(probe() || undefined), options.maxMs);
    if (options.signal?.aborted) finish(undefined);
    else options.signal?.addEventListener('abort', onAbort);
  });
}
