import type { Page } from 'playwright-core';

/**
 * How many records each named store of the extension's database holds, read from one of its pages:
 * a half-saved import or a cancelled job would leave some behind.
 */
export function storedCounts<S extends string>(page: Page, stores: readonly S[]): Promise<Record<S, number>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('roster-sync');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names);
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      }),
    [...stores],
  ) as Promise<Record<S, number>>;
}

/**
 * Keeps a write open on every store of the extension's database, as another tab saving a big draft
 * would: a job then waits for it, however fast the machine, until the returned function lets go.
 */
export async function holdDatabase(page: Page): Promise<() => Promise<void>> {
  const key = `hold-${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('roster-sync');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = Array.from(db.objectStoreNames);
          const tx = db.transaction(stores, 'readwrite');
          let held = true;
          const done = new Promise<void>((finished) => (tx.oncomplete = tx.onabort = () => (db.close(), finished())));
          (window as unknown as Record<string, unknown>)[name] = { release: () => (held = false), done };
          // A transaction stays open while it has requests: ask again until released.
          const keepBusy = () => {
            if (held) tx.objectStore(stores[0]!).count().onsuccess = keepBusy;
          };
          keepBusy();
          resolve();
        };
      }),
    key,
  );
  return () =>
    page.evaluate(async (name) => {
      const hold = (window as unknown as Record<string, { release(): void; done: Promise<void> }>)[name]!;
      hold.release();
      await hold.done;
    }, key);
}
