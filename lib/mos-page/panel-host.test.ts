// @vitest-environment happy-dom
// The frame is "loaded" with navigation turned off, so happy-dom neither fetches the extension page nor logs that it will not.
// @vitest-environment-options { "settings": { "enableIframePageLoading": true, "navigation": { "disableChildFrameNavigation": true } } }
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PANEL_TEST_ID, hostPanel, type PanelHost } from './panel-host';
import { MUI_SCREEN, SEMANTIC_SCREEN } from './screen-fixtures';
import { setMarkup } from '../../test/markup';

const PANEL_URL = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/mos-panel.html';
const DASHBOARD = `<main><h1>Dashboard</h1><p>Welcome back</p></main>`;

let host: PanelHost | undefined;

function frames(): HTMLIFrameElement[] {
  return Array.from(document.querySelectorAll<HTMLIFrameElement>(`iframe[data-testid="${PANEL_TEST_ID}"]`));
}

/** Replaces the page's screen the way an SPA does, keeping anything else in body (our frame). */
function showScreen(markup: string): void {
  setMarkup(document.getElementById('app')!, markup);
}

function frameCountSoon(count: number): Promise<void> {
  return vi.waitFor(() => expect(frames()).toHaveLength(count), { timeout: 5000, interval: 20 });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  host?.stop();
  host = undefined;
  setMarkup(document.body, '');
});

describe('hostPanel', () => {
  it('adds exactly one panel iframe on the My Organization screen', async () => {
    setMarkup(document.body, `<div id="app">${SEMANTIC_SCREEN}</div>`);
    host = hostPanel(document, PANEL_URL);
    expect(frames()).toHaveLength(1);
    const frame = frames()[0]!;
    expect(frame.src).toBe(PANEL_URL);
    expect(frame.title).toBe('Roster Sync for mOS');
    expect(frame.style.position).toBe('fixed');
    expect(frame.parentElement).toBe(document.body);
    // Its own insertion and later refreshes do not add a second one.
    host.refresh();
    await wait(250);
    expect(frames()).toHaveLength(1);
  });

  it('adds nothing on another screen', async () => {
    setMarkup(document.body, `<div id="app">${DASHBOARD}</div>`);
    host = hostPanel(document, PANEL_URL);
    await wait(200);
    expect(frames()).toHaveLength(0);
  });

  it('removes the panel when the screen changes to something else, and brings it back', async () => {
    setMarkup(document.body, `<div id="app">${MUI_SCREEN}</div>`);
    host = hostPanel(document, PANEL_URL);
    expect(frames()).toHaveLength(1);
    showScreen(DASHBOARD);
    await frameCountSoon(0);
    showScreen(SEMANTIC_SCREEN);
    await frameCountSoon(1);
    await wait(200);
    expect(frames()).toHaveLength(1);
  });

  it('notices a heading whose text node is rewritten in place', async () => {
    setMarkup(document.body, `<div id="app">${MUI_SCREEN}</div>`);
    host = hostPanel(document, PANEL_URL);
    expect(frames()).toHaveLength(1);
    const heading = document.querySelector('[role="heading"]')!;
    (heading.firstChild as Text).data = 'Dashboard';
    await frameCountSoon(0);
  });

  it('puts the panel back when the page removes it', async () => {
    setMarkup(document.body, `<div id="app">${SEMANTIC_SCREEN}</div>`);
    host = hostPanel(document, PANEL_URL);
    frames()[0]!.remove();
    await frameCountSoon(1);
  });

  it('re-checks on popstate, which catches changes the observer does not watch (attributes)', async () => {
    setMarkup(document.body, `<div id="app">${MUI_SCREEN}</div>`);
    host = hostPanel(document, PANEL_URL);
    expect(frames()).toHaveLength(1);
    document.querySelector('[role="heading"]')!.setAttribute('hidden', '');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await frameCountSoon(0);
  });

  it('removes the panel on stop and adds none afterwards, even for a change already pending', async () => {
    setMarkup(document.body, `<div id="app">${DASHBOARD}</div>`);
    host = hostPanel(document, PANEL_URL);
    showScreen(SEMANTIC_SCREEN); // schedules a refresh
    await wait(0);
    host.stop();
    await wait(250);
    expect(frames()).toHaveLength(0);

    host = hostPanel(document, PANEL_URL);
    expect(frames()).toHaveLength(1);
    host.stop();
    expect(frames()).toHaveLength(0);
    showScreen(MUI_SCREEN);
    await wait(250);
    expect(frames()).toHaveLength(0);
  });
  it('takes back its own look and attributes when the page changes them', async () => {
    setMarkup(document.body, `<div id="app">${SEMANTIC_SCREEN}</div>`);
    host = hostPanel(document, PANEL_URL);
    const frame = frames()[0]!;
    const placed = frame.getAttribute('style');
    expect(frame.style.getPropertyValue('opacity')).toBe('1');
    expect(frame.style.getPropertyPriority('opacity')).toBe('important');
    frame.style.opacity = '0';
    frame.style.right = '400px';
    frame.setAttribute('hidden', '');
    frame.className = 'tucked-away';
    await vi.waitFor(() => {
      expect(frame.getAttribute('style')).toBe(placed);
      expect(frame.hasAttribute('hidden')).toBe(false);
      expect(frame.hasAttribute('class')).toBe(false);
    });
    expect(frames()).toEqual([frame]);
  });
});
