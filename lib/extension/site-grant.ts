import type { ExtensionApi } from '../browser/api';
import type { GrantKind, PatternList } from '../settings/grants';
import { withPattern } from '../settings/mos-origins';

/** A site the admin asked for from a click, kept until the browser answers: a popup may close while it asks. */
export interface PendingGrant {
  kind: GrantKind;
  pattern: string;
}

export interface SiteGrantDeps {
  lists: Record<GrantKind, Pick<PatternList, 'getValue' | 'setValue'>>;
  pending: { getValue(): Promise<PendingGrant | null>; setValue(value: PendingGrant | null): Promise<void> };
}

/** Lists `pattern` as an mOS origin or HR site; the background then registers the panel or the Export button there. */
export async function listSite(deps: Pick<SiteGrantDeps, 'lists'>, { kind, pattern }: PendingGrant): Promise<void> {
  const list = deps.lists[kind];
  await list.setValue(withPattern(await list.getValue(), pattern));
}

/**
 * Asks the browser for the site, from the admin's click: the request comes first, before any other await, so the
 * click still counts. Resolves to whether the browser allowed it.
 */
export async function requestSite(
  request: (origins: string[]) => Promise<boolean>,
  deps: SiteGrantDeps,
  grant: PendingGrant,
): Promise<boolean> {
  const asked = request([grant.pattern]);
  const noted = deps.pending.setValue(grant).catch(() => undefined);
  const allowed = await asked.catch(() => false);
  await noted;
  if (allowed) await listSite(deps, grant);
  await deps.pending.setValue(null);
  return allowed;
}

/** In the background: a site allowed while the asking popup was gone is listed all the same. */
export function completeSiteGrants(api: Pick<ExtensionApi, 'permissions'>, deps: SiteGrantDeps): void {
  api.permissions.onAdded.addListener(({ origins = [] }) => {
    void deps.pending.getValue().then(async (pending) => {
      if (!pending || !origins.includes(pending.pattern)) return;
      await listSite(deps, pending);
      await deps.pending.setValue(null);
    });
  });
}

export const WELCOME_PAGE = '/welcome.html';

/**
 * On a fresh install (not an update), the welcome page opens to set Roster Sync up: in a window of its own, so the
 * tab the admin is on stays the shown one in its window (the mOS panel acts only while it is seen). Where a browser
 * has no windows (Firefox for Android), in a tab.
 */
export function openWelcomeOnInstall(api: Pick<ExtensionApi, 'runtime' | 'tabs' | 'windows'>): void {
  api.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    const url = api.runtime.getURL(WELCOME_PAGE);
    void (api.windows?.create ? api.windows.create({ url, focused: true }) : api.tabs.create({ url }));
  });
}
