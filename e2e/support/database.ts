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
