import type { MosProbe } from '../invite/page-client';
import type { PageTables } from '../messages';

/** What the popup shows: it fits where the admin is. */
export type PopupMode =
  | { kind: 'invite' }
  | { kind: 'tables'; page: PageTables }
  | { kind: 'elsewhere'; reason: 'mos-other-screen' | 'no-tables' | 'unreadable' };

export interface PopupProbes {
  /** Asks the mOS adapter in the tab: true on My Organization, false elsewhere in mOS, undefined if none answers. */
  probeMos(): Promise<MosProbe | undefined>;
  /** Whether the tab is on an mOS origin the admin granted. */
  isGrantedMos(): Promise<boolean>;
  /** Puts the mOS adapter into the tab (it guards against running twice). */
  injectMos(): Promise<unknown>;
  scrape(): Promise<PageTables>;
}

/**
 * On My Organization: the invite form. On a page with tables: the export. Anywhere else: the drafts.
 * A granted mOS tab whose adapter has not loaded yet (a page still loading, an extension update) gets
 * it injected and is asked again, so the admin never sees the wrong popup for a slow page.
 */
export async function detectPopupMode(probes: PopupProbes): Promise<PopupMode> {
  let mos = await probes.probeMos();
  if (mos === undefined && (await probes.isGrantedMos().catch(() => false))) {
    await probes.injectMos().catch(() => undefined);
    mos = await probes.probeMos();
  }
  if (mos?.myOrganization) return { kind: 'invite' };
  // Elsewhere in mOS the admin is one click from My Organization; mOS's own lists are not a roster.
  if (mos?.mosApp) return { kind: 'elsewhere', reason: 'mos-other-screen' };
  try {
    const page = await probes.scrape();
    return page.tables.length > 0 ? { kind: 'tables', page } : { kind: 'elsewhere', reason: 'no-tables' };
  } catch {
    return { kind: 'elsewhere', reason: 'unreadable' };
  }
}
