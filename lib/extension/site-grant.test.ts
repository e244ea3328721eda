import { describe, expect, it, vi } from 'vitest';
import type { ExtensionApi } from '../browser/api';
import { completeSiteGrants, openWelcomeOnInstall, requestSite, type PendingGrant, type SiteGrantDeps } from './site-grant';

function fakeDeps() {
  const lists = { mos: ['https://old.mos.example/*'], hr: [] as string[] };
  let pending: PendingGrant | null = null;
  const deps: SiteGrantDeps = {
    lists: {
      mos: { getValue: async () => lists.mos, setValue: async (v) => void (lists.mos = [...v]) },
      hr: { getValue: async () => lists.hr, setValue: async (v) => void (lists.hr = [...v]) },
    },
    pending: { getValue: async () => pending, setValue: async (v) => void (pending = v) },
  };
  return { deps, lists, pending: () => pending };
}

describe('granting a site from a click', () => {
  it('asks the browser first, then lists the site where it belongs', async () => {
    const { deps, lists, pending } = fakeDeps();
    const calls: string[] = [];
    const request = vi.fn(async (origins: string[]) => {
      calls.push(`request ${origins.join()}`);
      return true;
    });
    expect(await requestSite(request, deps, { kind: 'mos', pattern: 'https://app.mos.example/*' })).toBe(true);
    expect(calls).toEqual(['request https://app.mos.example/*']);
    expect(lists.mos).toEqual(['https://app.mos.example/*', 'https://old.mos.example/*']);
    expect(lists.hr).toEqual([]);
    expect(pending()).toBeNull();
  });

  it('lists nothing when the admin declines', async () => {
    const { deps, lists } = fakeDeps();
    expect(await requestSite(async () => false, deps, { kind: 'hr', pattern: 'https://acme.hr.example/*' })).toBe(false);
    expect(lists.hr).toEqual([]);
  });

  it('lists a site the browser allowed after the asking popup closed, and only that one', async () => {
    const { deps, lists } = fakeDeps();
    let added: ((p: { origins?: string[] }) => void) | undefined;
    const api = { permissions: { onAdded: { addListener: (l: typeof added) => (added = l) } } } as unknown as ExtensionApi;
    completeSiteGrants(api, deps);
    await deps.pending.setValue({ kind: 'hr', pattern: 'https://acme.hr.example/*' });
    added!({ origins: ['https://other.example/*'] });
    await vi.waitFor(async () => expect(await deps.pending.getValue()).not.toBeNull());
    expect(lists.hr).toEqual([]);
    added!({ origins: ['https://acme.hr.example/*'] });
    await vi.waitFor(() => expect(lists.hr).toEqual(['https://acme.hr.example/*']));
    expect(await deps.pending.getValue()).toBeNull();
  });
});

describe('the welcome page', () => {
  function fakeApi(withWindows: boolean) {
    let installed: ((d: { reason: string }) => void) | undefined;
    const created: unknown[] = [];
    const api = {
      runtime: { onInstalled: { addListener: (l: typeof installed) => (installed = l) }, getURL: (p: string) => `chrome-extension://id${p}` },
      tabs: { create: async (props: unknown) => void created.push({ tab: props }) },
      ...(withWindows && { windows: { create: async (props: unknown) => void created.push({ window: props }) } }),
    } as unknown as ExtensionApi;
    openWelcomeOnInstall(api);
    return { install: (reason: string) => installed!({ reason }), created };
  }

  it('opens on a fresh install only, in a window of its own', () => {
    const { install, created } = fakeApi(true);
    install('update');
    install('chrome_update');
    expect(created).toEqual([]);
    install('install');
    expect(created).toEqual([{ window: { url: 'chrome-extension://id/welcome.html', focused: true } }]);
  });

  it('opens in a tab where the browser has no windows', () => {
    const { install, created } = fakeApi(false);
    install('install');
    expect(created).toEqual([{ tab: { url: 'chrome-extension://id/welcome.html' } }]);
  });
});
