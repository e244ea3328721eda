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
  /**
   * Also settled at the end of an animation frame's callbacks that changed the nodes: a page that
   * draws in frames (a grid after a scroll) has drawn, and is read before the frame paints, so the
   * next step's rows can come in the very next frame rather than one later.
   */
  endWithFrame?: boolean;
  /**
   * Also done, unchanged, once this many animation frames passed without a change: a page still drawing
   * does so in its frames, so a page quiet that long has drawn (a frame is later on a busy machine, not sooner).
   */
  quietFrames?: number;
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
    const view = (nodes[0]?.ownerDocument ?? (nodes[0] as Document | undefined))?.defaultView ?? undefined;
    let frame: number | undefined;
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
      if (frame !== undefined) view?.cancelAnimationFrame(frame);
      frame = undefined;
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish(changed);
    // Runs after the frame callbacks the page asked for first; the observers have seen their changes by then.
    let framesLeft = options.quietFrames;
    const onFrame = () => {
      frame = undefined;
      if (changed && options.endWithFrame) finish(true);
      else if (!changed && framesLeft !== undefined && --framesLeft <= 0) finish(false);
      else if (options.endWithFrame || !changed) frame = view!.requestAnimationFrame(onFrame);
    };
    const firstTimer = setTimeout(() => finish(false), options.firstChangeMs);
    const maxTimer = setTimeout(() => finish(changed), options.maxMs);
    if (options.signal?.aborted) finish(false);
    else {
      options.signal?.addEventListener('abort', onAbort);
      options.trigger?.();
      // Asked for after the trigger, so the frame a page asks for in answer to it runs first.
      if ((options.endWithFrame || options.quietFrames) && view?.requestAnimationFrame) frame = view.requestAnimationFrame(onFrame);
    }
  });
}

export interface MatchOptions {
  maxMs: number;
  signal?: AbortSignal;
  /** Done once the nodes are watched, as for waitForSettle. */
  trigger?: () => void;
}

/**
 * Resolves with what `find` returns as soon as it returns something, checked after the trigger and
 * after each change to the nodes' subtrees; undefined after `maxMs` or when aborted.
 */
export function waitForMatch<T>(nodes: readonly Node[], find: () => T | undefined, options: MatchOptions): Promise<T | undefined> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (result: T | undefined) => {
      if (done) return;
      done = true;
      observers.forEach((o) => o.disconnect());
      clearTimeout(maxTimer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const check = () => {
      const found = find();
      if (found !== undefined) finish(found);
    };
    const observers = nodes.map((node) => {
      const Observer = observerFor(node);
      const observer = new Observer(check);
      observer.observe(node, OBSERVE);
      return observer;
    });
    const onAbort = () => finish(undefined);
    const maxTimer = setTimeout(() => finish(undefined), options.maxMs);
    if (options.signal?.aborted) finish(undefined);
    else {
      options.signal?.addEventListener('abort', onAbort);
      options.trigger?.();
      if (!done) check();
    }
  });
}
