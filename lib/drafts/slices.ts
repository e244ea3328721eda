/** Lets the browser paint and handle input before the next slice of a long job. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A message is not throttled in background tabs the way a timer is.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Well under the 50 ms that makes a page feel stuck. */
export const SLICE_BUDGET_MS = 10;

/**
 * Runs `work` on every item, yielding to the browser whenever a slice has taken `budgetMs`,
 * so a 50,000-row job never blocks the page. `shouldStop` ends it early (e.g. the page moved on).
 */
export async function forEachInSlices<T>(
  items: readonly T[],
  work: (item: T, index: number) => void,
  { budgetMs = SLICE_BUDGET_MS, shouldStop }: { budgetMs?: number; shouldStop?: () => boolean } = {},
): Promise<boolean> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    work(items[i]!, i);
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToBrowser();
      if (shouldStop?.()) return false;
      sliceStart = performance.now();
    }
  }
  return true;
}

/**
 * Marks a request's promise as handled: if its transaction fails, `tx.done` reports why, and the
 * request's own rejection must not surface a second time as an unhandled error.
 */
export function quiet<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}
