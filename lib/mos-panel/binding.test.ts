import { describe, expect, it } from 'vitest';
import { createPanelBindings, type PanelBindingStore, type PanelBindings } from './binding';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const PATTERNS = ['https://app.mos.example/*'];
const TOKEN = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const PANEL_URL = `chrome-extension://${EXT}/mos-panel.html`;

function memoryStore(): PanelBindingStore & { value: PanelBindings } {
  const store = {
    value: {} as PanelBindings,
    async getValue() {
      return store.value;
    },
    async setValue(value: PanelBindings) {
      store.value = value;
    },
  };
  return store;
}

const adapter = (over: object = {}) => ({
  id: EXT,
  url: 'https://app.mos.example/org',
  origin: 'https://app.mos.example',
  frameId: 0,
  tab: { id: 7, url: 'https://app.mos.example/org' },
  ...over,
});
const panel = (over: object = {}) => ({
  id: EXT,
  url: PANEL_URL,
  origin: `chrome-extension://${EXT}`,
  frameId: 3,
  tab: { id: 7, url: 'https://app.mos.example/org' },
  ...over,
});

function setUp() {
  const store = memoryStore();
  return { store, bindings: createPanelBindings(store, { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}`, patterns: async () => PATTERNS }) };
}

describe('panel bindings', () => {
  it('serves the frame that first shows the token its tab’s adapter registered, and no other frame', async () => {
    const { bindings } = setUp();
    expect(await bindings.register(adapter(), TOKEN)).toBe(true);
    expect(await bindings.check(panel(), TOKEN)).toEqual({ ok: true, origin: 'https://app.mos.example' });
    expect(await bindings.check(panel(), TOKEN)).toEqual({ ok: true, origin: 'https://app.mos.example' });
    // Another frame in the same tab, even one that learnt the token, is refused.
    expect(await bindings.check(panel({ frameId: 9 }), TOKEN)).toEqual({ ok: false });
  });

  it('refuses a request without the tab’s token, or with another tab’s', async () => {
    const { bindings } = setUp();
    await bindings.register(adapter(), TOKEN);
    expect(await bindings.check(panel(), undefined)).toEqual({ ok: false });
    expect(await bindings.check(panel(), '00000000-0000-4000-8000-000000000000')).toEqual({ ok: false });
    expect(await bindings.check(panel({ tab: { id: 8, url: 'https://app.mos.example/org' } }), TOKEN)).toEqual({ ok: false });
  });

  it('refuses once the tab shows another origin, or when the sender is not our panel page', async () => {
    const { bindings } = setUp();
    await bindings.register(adapter(), TOKEN);
    expect(await bindings.check(panel({ tab: { id: 7, url: 'https://evil.example/' } }), TOKEN)).toEqual({ ok: false });
    expect(await bindings.check(panel({ origin: 'https://evil.example' }), TOKEN)).toEqual({ ok: false });
    expect(await bindings.check(panel({ id: 'another' }), TOKEN)).toEqual({ ok: false });
  });

  it('takes a token only from our adapter in the top frame of a granted tab', async () => {
    const { bindings, store } = setUp();
    expect(await bindings.register(adapter({ frameId: 2 }), TOKEN)).toBe(false);
    expect(await bindings.register(adapter({ id: 'another' }), TOKEN)).toBe(false);
    expect(await bindings.register(adapter({ url: 'https://evil.example/', tab: { id: 7, url: 'https://evil.example/' } }), TOKEN)).toBe(false);
    expect(await bindings.register(adapter({ origin: 'https://evil.example' }), TOKEN)).toBe(false);
    expect(await bindings.register(panel(), TOKEN)).toBe(false);
    expect(store.value).toEqual({});
  });

  it('serves a new frame once the adapter registers a new token for it, and forgets a closed tab', async () => {
    const { bindings, store } = setUp();
    await bindings.register(adapter(), TOKEN);
    await bindings.check(panel(), TOKEN);
    const next = '2c5ea4c0-4067-41d2-883f-0016d3cca427';
    await bindings.register(adapter(), next);
    expect(await bindings.check(panel(), TOKEN)).toEqual({ ok: false });
    expect(await bindings.check(panel({ frameId: 4 }), next)).toEqual({ ok: true, origin: 'https://app.mos.example' });
    await bindings.forgetTab(7);
    expect(store.value).toEqual({});
  });
});
