import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';

/** A typed item in the extension's storage ("local:…" or "session:…"), with its fallback, versions and migrations. */
export const defineItem = storage.defineItem;

/** Reads keys of the extension's local storage as they are, for data kept outside a defined item. */
export const readLocal = (keys: string | string[]): Promise<Record<string, unknown>> => browser.storage.local.get(keys);

export const removeLocal = (keys: string | string[]): Promise<void> => browser.storage.local.remove(keys);

/** What IT's policy put in the managed storage area; rejects where the browser has none (Firefox without a policy). */
export const readManaged = (): Promise<Record<string, unknown>> => browser.storage.managed.get();

export type StorageChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

/** Calls back on every storage change in any extension context; returns the way to stop. */
export function onStorageChanged(listener: StorageChangeListener): () => void {
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
