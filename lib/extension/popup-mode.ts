import type { MosProbe } from '../sources/invite/page-client';
import type { PageTables } from '../messages';

/** What the popup shows: it fits where the admin is. */
export type PopupMode =
  | { kind: 'invite' }
  /** `offerSite`: the site's pattern, when it is not yet an HR site with the Export button. */
  | { kind: 'tables'; page: PageTables; offerSite?: string }
  /** A page that looks like My Organization on a site Roster Sync is not allowed on yet. */
  | { kind: 'offer-mos'; site: string }
  | { kind: 'elsewhere'; reason: 'mos-other-screen' | 'no-tables' | 'unreadable' };

const EMAIL_HEADER = /e-?mail/i;

export interface PopupProbes {
  /** Asks the mOS adapter in the tab: true on My Organization, false elsewhere in mOS, undefined if none answers. */
  probeMos(): Promise<MosProbe | undefined>;
  /** Whether the tab is on an mOS origin the admin granted. */
  isGrantedMos(): Promise<boolean>;
  /** Puts the mOS adapter into the tab (it guards against running twice). */
  injectMos(): Promise<unknown>;
  scrape(): Promise<PageTables>;
  /** The tab's site as a match pattern; undefined when it is not a web page. */
  sitePattern(): Promise<string | undefined>;
  /** Whether the tab looks like My Organization, read by a script put in on the admin's click (activeTab). */
  looksLikeMyOrganization(): Promise<boolean>;
  /** Whether the tab's site is an HR site the admin granted. */
  isGrantedHr(): Promise<boolean>;
}

/**
 * On My Organization: the invite form. On a page that looks like it, on a site not granted: the offer to use
 * Roster Sync there. On a page with tables: the export, and the Export button for the site. Anywhere else: the drafts.
 * A granted mOS tab whose adapter has not loaded yet (a page still loading, an extension update) gets
 * it injected and is asked again, so the admin never sees the wrong popup for a slow page.
 */
export async function detectPopupMode(probes: PopupProbes): Promise<PopupMode> {
  let mos = await probes.probeMos();
  const granted = mos !== undefined || (await probes.isGrantedMos().catch(() => false));
  if (mos === undefined && granted) {
    await probes.injectMos().catch(() => undefined);
    mos = await probes.probeMos();
  }
  if (mos?.myOrganization) return { kind: 'invite' };
  // Elsewhere in mOS the admin is one click from My Organization; mOS's own lists are not a roster.
  if (mos?.mosApp) return { kind: 'elsewhere', reason: 'mos-other-screen' };
  const site = await probes.sitePattern().catch(() => undefined);
  if (!granted && site && (await probes.looksLikeMyOrganization().catch(() => false))) return { kind: 'offer-mos', site };
  try {
    const page = await probes.scrape();
    if (page.tables.length === 0) return { kind: 'elsewhere', reason: 'no-tables' };
    // The Export button is offered for a table of people, which mOS knows by their email addresses.
    const people = page.tables.some((table) => table.headers.some((header) => EMAIL_HEADER.test(header)));
    const offer = site && people && !(await probes.isGrantedHr().catch(() => false)) ? site : undefined;
    return offer ? { kind: 'tables', page, offerSite: offer } : { kind: 'tables', page };
  } catch {
    return { kind: 'elsewhere', reason: 'unreadable' };
  }
}
