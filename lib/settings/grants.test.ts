import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GRANTS_DB, GRANT_MIGRATIONS, grantList, heldPatterns, type GrantsDeps } from './grants';

/** storage.local as the extension kept the lists before version 1: any content script could write it. */
function legacyStorage(values: Record<string, unknown>) {
  const store = { ...values };
  return {
    store,
    async get(keys: string[]) {
      return Object.fromEntries(keys.filter((k) => k in store).map((k) => [k, store[k]]));
    },
    async remove(keys: string[]) {
      for (const key of keys) delete store[key];
    },
  };
}

let opened = 0;
function deps(legacy: ReturnType<typeof legacyStorage>, held: readonly string[]): GrantsDeps {
  // Each test its own database, as each browser profile has its own.
  return { dbName: `${GRANTS_DB}-${++opened}`, legacy, holds: async (pattern) => held.includes(pattern) };
}

afterEach(() => vi.restoreAllMocks());

describe('the granted lists', () => {
  it('migration 1 takes the lists from storage.local, only the sites the browser really grants, and removes them there', async () => {
    expect(GRANT_MIGRATIONS).toHaveLength(1);
    const legacy = legacyStorage({
      mosOriginPatterns: ['https://app.mos.example/*', 'https://evil.example/*'],
      hrSitePatterns: ['https://acme.bamboohr.com/*', 42],
      panelCollapsed: true,
    });
    const d = deps(legacy, ['https://app.mos.example/*', 'https://acme.bamboohr.com/*']);
    expect(await grantList('mos', d).getValue()).toEqual(['https://app.mos.example/*']);
    expect(await grantList('hr', d).getValue()).toEqual(['https://acme.bamboohr.com/*']);
    expect(legacy.store).toEqual({ panelCollapsed: true });
  });

  it('never reads storage.local again once migrated: a later write there grants nothing', async () => {
    const legacy = legacyStorage({});
    const d = deps(legacy, ['https://app.mos.example/*', 'https://evil.example/*']);
    const mos = grantList('mos', d);
    await mos.setValue(['https://app.mos.example/*']);
    legacy.store.mosOriginPatterns = ['https://evil.example/*'];
    expect(await grantList('mos', d).getValue()).toEqual(['https://app.mos.example/*']);
  });

  it('keeps what is set, and tells watchers in this and other contexts', async () => {
    const d = deps(legacyStorage({}), []);
    const hr = grantList('hr', d);
    const seen: string[][] = [];
    const unwatch = grantList('hr', d).watch((value) => seen.push(value));
    await hr.setValue(['https://acme.bamboohr.com/*']);
    await vi.waitFor(() => expect(seen).toEqual([['https://acme.bamboohr.com/*']]));
    expect(await hr.getValue()).toEqual(['https://acme.bamboohr.com/*']);
    unwatch();
  });
});

describe('heldPatterns', () => {
  it('keeps only the patterns the browser holds a permission for', async () => {
    const holds = async (pattern: string) => pattern === 'https://app.mos.example/*';
    expect(await heldPatterns(['https://evil.example/*', 'https://app.mos.example/*'], holds)).toEqual(['https://app.mos.example/*']);
  });
});
