import { describe, expect, it, vi } from 'vitest';
import type { ScrapedPage } from '../scrape';
import { detectPopupMode, type PopupProbes } from './popup-mode';

const page = (tables: number): ScrapedPage =>
  ({ site: 'hr.example', title: 'People', tables: Array.from({ length: tables }, () => ({ headers: ['Email'], rows: [], score: 1, label: 't' })) }) as ScrapedPage;

function probes(overrides: Partial<PopupProbes>): PopupProbes {
  return {
    probeMos: vi.fn(async () => undefined),
    isGrantedMos: vi.fn(async () => false),
    injectMos: vi.fn(async () => undefined),
    scrape: vi.fn(async () => page(0)),
    ...overrides,
  };
}

describe('detectPopupMode', () => {
  it('shows the invite form on My Organization without reading the page’s tables', async () => {
    const p = probes({ probeMos: vi.fn(async () => true) });
    expect(await detectPopupMode(p)).toEqual({ kind: 'invite' });
    expect(p.scrape).not.toHaveBeenCalled();
  });

  it('injects the adapter into a granted mOS tab that has none yet, then asks again', async () => {
    const answers = [undefined, true];
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
    expect(await detectPopupMode(probes({ probeMos: vi.fn(async () => false) }))).toEqual({ kind: 'elsewhere', reason: 'mos-other-screen' });
  });

  it('still offers the export on an mOS screen that shows a table', async () => {
    expect(await detectPopupMode(probes({ probeMos: vi.fn(async () => false), scrape: vi.fn(async () => page(1)) }))).toMatchObject({ kind: 'tables' });
  });
});
