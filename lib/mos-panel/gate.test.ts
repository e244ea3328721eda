import { describe, expect, it } from 'vitest';
import { PANEL_TOKEN_MESSAGE } from '../page-messages';
import { framedOnlyBy, receivePanelToken } from './gate';

const MOS = 'https://app.mos.example';
const origins = (...list: string[]) => Object.assign([...list], { contains: (o: string) => list.includes(o), item: (i: number) => list[i] ?? null });

function framed({ ancestors, nested = false }: { ancestors?: string[]; nested?: boolean }) {
  const top = {} as Window;
  const parent = nested ? ({} as Window) : top;
  const win = { parent, top, location: { ancestorOrigins: ancestors && origins(...ancestors) } };
  return win as unknown as Window;
}

describe('framedOnlyBy', () => {
  it('accepts a frame right inside a top page of the granted origin', () => {
    expect(framedOnlyBy(framed({ ancestors: [MOS] }), MOS)).toBe(true);
  });

  it('refuses a frame inside another frame, or in a page of another origin', () => {
    expect(framedOnlyBy(framed({ ancestors: ['https://chat.example', MOS], nested: true }), MOS)).toBe(false);
    expect(framedOnlyBy(framed({ ancestors: ['https://evil.example'] }), MOS)).toBe(false);
    // Where the browser names no ancestors (Firefox), the frame must still sit right in the top page.
    expect(framedOnlyBy(framed({ nested: true }), MOS)).toBe(false);
    expect(framedOnlyBy(framed({}), MOS)).toBe(true);
  });

  it('refuses a page that is not framed at all', () => {
    const win = {} as Window & { parent: Window; top: Window };
    Object.assign(win, { parent: win, top: win, location: { ancestorOrigins: origins() } });
    expect(framedOnlyBy(win, MOS)).toBe(false);
  });
});

describe('receivePanelToken', () => {
  it('takes the token its parent posts, and nothing another window posts', async () => {
    const target = new EventTarget();
    const parent = {} as Window;
    const win = Object.assign(target, { parent }) as unknown as Window;
    const received = receivePanelToken(win);
    const post = (data: unknown, source: unknown) => target.dispatchEvent(Object.assign(new Event('message'), { data, source }));
    post({ type: PANEL_TOKEN_MESSAGE, token: 'from-another-frame' }, {});
    post({ type: 'other', token: 'x'.repeat(10) }, parent);
    post({ type: PANEL_TOKEN_MESSAGE, token: 'token-of-the-adapter' }, parent);
    await expect(received.next()).resolves.toBe('token-of-the-adapter');
  });
});
