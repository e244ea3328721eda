import { describe, expect, it, vi } from 'vitest';
import type { PageTables } from '../messages';
import { detectPopupMode, type PopupProbes } from './popup-mode';

const page = (tables: number): PageTables => ({
  site: 'hr.example',
  title: 'People',
  tables: Array.from({ length: tables }, (_, index) => ({ index, kind: 'table' as const, label: 't', headers: ['Email'], rowCount: 3, signature: 's' })),
});

function probes(overrides: Partial<PopupProbes>): PopupProbes {
  return {
    probeMos: vi.fn(async () => undefined),
    isGrantedMos: vi.fn(async () => false),
    injectMos: vi.fn(async () => undefined),
    scrape: vi.fn(async () => page(0)),
    sitePattern: vi.fn(async () => undefined),
    looksLikeMyOrganization: vi.fn(async () => false),
    isGrantedHr: vi.fn(async () => false),
    ...overrides,
  };
}

describe('detectPopupMode', () => {
  it('shows the invite form on My Organization without reading the page’s tables', async () => {
    const p = probes({ probeMos: vi.fn(async () => ({ myOrganization: true, mosApp: true })) });
    expect(await detectPopupMode(p)).toEqual({ kind: 'invite' });
    expect(p.scrape).not.toHaveBeenCalled();
  });

  it('injects the adapter into a granted mOS tab that has none yet, then asks again', async () => {
    const answers = [undefined, { myOrganization: true, mosApp: true }];
    const p = probes({ probeMos: vi.fn(async () => answers.shift()), isGrantedMos: vi.fn(async () => true) });
    expect(await detectPopupMode(p)).toEqual({ kind: 'invite' });
    expect(p.injectMos).toHaveBeenCalledTimes(1);
  });

  it('never injects into a tab that is not a granted mOS origin', async () => {
    const p = probes({ scrape: vi.fn(async () => page(2)) });
    expect(await detectPopupMode(p)).toEqual({ kind: 'tables', page: page(2) });
    expect(p.injectMos).not.toHaveBeenCalled();
  });

  it('shows the drafts elsewhere, saying why', async () => {
    expect(await detectPopupMode(probes({}))).toEqual({ kind: 'elsewhere', reason: 'no-tables' });
    expect(await detectPopupMode(probes({ scrape: vi.fn(() => Promise.reject(new Error('chrome://'))) }))).toEqual({
      kind: 'elsewhere',
      reason: 'unreadable',
    });
    const dashboard = { myOrganization: false, mosApp: true };
    expect(await detectPopupMode(probes({ probeMos: vi.fn(async () => dashboard) }))).toEqual({ kind: 'elsewhere', reason: 'mos-other-screen' });
  });

  it('reads the tables of a page on a granted origin that is not part of the mOS app', async () => {
    const hrPage = { myOrganization: false, mosApp: false };
    expect(await detectPopupMode(probes({ probeMos: vi.fn(async () => hrPage), scrape: vi.fn(async () => page(2)) }))).toEqual({
      kind: 'tables',
      page: page(2),
    });
  });

  it('points to My Organization on any other mOS screen, even one with a table, without reading it', async () => {
    const scrape = vi.fn(async () => page(1));
    expect(await detectPopupMode(probes({ probeMos: vi.fn(async () => ({ myOrganization: false, mosApp: true })), scrape }))).toEqual({
      kind: 'elsewhere',
      reason: 'mos-other-screen',
    });
    expect(scrape).not.toHaveBeenCalled();
  });

  it('offers to use Roster Sync on a site not granted whose page looks like My Organization', async () => {
    const p = probes({ sitePattern: vi.fn(async () => 'https://app.mos.example/*'), looksLikeMyOrganization: vi.fn(async () => true) });
    expect(await detectPopupMode(p)).toEqual({ kind: 'offer-mos', site: 'https://app.mos.example/*' });
    expect(p.injectMos).not.toHaveBeenCalled();
    expect(p.scrape).not.toHaveBeenCalled();
  });

  it('never asks whether a granted mOS page looks like My Organization: its adapter knows', async () => {
    const answers = [undefined, { myOrganization: false, mosApp: false }];
    const p = probes({
      probeMos: vi.fn(async () => answers.shift()),
      isGrantedMos: vi.fn(async () => true),
      sitePattern: vi.fn(async () => 'http://localhost/*'),
      looksLikeMyOrganization: vi.fn(async () => true),
      isGrantedHr: vi.fn(async () => true),
      scrape: vi.fn(async () => page(1)),
    });
    expect(await detectPopupMode(p)).toEqual({ kind: 'tables', page: page(1) });
    expect(p.looksLikeMyOrganization).not.toHaveBeenCalled();
  });

  it('offers the Export button on a site with tables that is not an HR site yet', async () => {
    const site = vi.fn(async () => 'https://acme.hr.example/*');
    const offered = await detectPopupMode(probes({ sitePattern: site, scrape: vi.fn(async () => page(1)) }));
    expect(offered).toEqual({ kind: 'tables', page: page(1), offerSite: 'https://acme.hr.example/*' });
    const granted = await detectPopupMode(probes({ sitePattern: site, isGrantedHr: vi.fn(async () => true), scrape: vi.fn(async () => page(1)) }));
    expect(granted).not.toHaveProperty('offerSite');
    const noEmails: PageTables = { ...page(1), tables: page(1).tables.map((t) => ({ ...t, headers: ['Holiday', 'Date'] })) };
    expect(await detectPopupMode(probes({ sitePattern: site, scrape: vi.fn(async () => noEmails) }))).not.toHaveProperty('offerSite');
  });
});
