import type { ScrapedPage } from '../scrape';

/** What the popup shows: it fits where the admin is. */
export type PopupMode =
  | { kind: 'invite' }
  | { kind: 'tables'; page: ScrapedPage }
  | { kind: 'elsewhere'; reason: 'mos-other-screen' | 'no-tables' | 'unreadable' };

export interface PopupProbes {
  /** Asks the mOS adapter in the tab: true on My Organization, false elsewhere in mOS, undefined if none answers. */
  probeMos(): Promise<boolean | undefined>;
  /** Whether the tab is on an mOS origin the admin granted. */
  isGrantedMos(): Promise<boolean>;
  /** Puts the mOS adapter into the tab (it guards against running twice). */
  injectMos(): Promise<unknown>;
  scrape(): Promise<ScrapedPage>;
}

/**
 * On My Organization: the invite form. On a page with tables: the export. Anywhere else: the drafts.
 * A granted mOS tab whose adapter has not loaded yet (a page still loading, an extension update) gets
 * it injected and is asked again, so the admin never sees the wrong popup for a slow page.
 */
export async function detectPopupMode(probes: PopupProbes): Promise<PopupMode> {
  let onMos = await probes.probeMos();
  if (onMos === undefined && (await probes.isGrantedMos().catch(() => false))) {
    await probes.injectMos().catch(() => undefined);
    onMos = await probes.probeMos();
  }
  if (onMos) return { kind: 'invite' };
  const otherwise = onMos === false ? 'mos-other-screen' : undefined;
  try {
    const page = await probes.scrape();
    return page.tables.length > 0 ? { kind: 'tables', page } : { kind: 'elsewhere', reason: otherwise ?? 'no-tables' };
  } catch {
    return { kind: 'elsewhere', reason: otherwise ?? 'unreadable' };
  }
}
