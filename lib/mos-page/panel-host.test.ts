// @vitest-environment happy-dom
// The frame is "loaded" with navigation turned off, so happy-dom neither fetches the extension page nor logs that it will not.
// @vitest-environment-options { "settings": { "enableIframePageLoading": true, "navigation": { "disableChildFrameNavigation": true } } }
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAUNCHER, PANEL_TEST_ID, SHEET_WIDTH, hostPanel, launcherPlace, type PanelHost } from './panel-host';
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

  it('keeps the page\'s right edge free for the sheet, and gives the page its own margin back on stop', () => {
    document.documentElement.style.setProperty('margin-right', '7px');
    setMarkup(document.body, `<div id="app">${SEMANTIC_SCREEN}</div>`);
    host = hostPanel(document, PANEL_URL);
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe(`${SHEET_WIDTH}px`);
    expect(frames()[0]!.style.width).toBe(`${SHEET_WIDTH}px`);
    host.stop();
    host = undefined;
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('7px');
    document.documentElement.style.removeProperty('margin-right');
  });

  it('steps aside to its launcher for a member in the sheet\'s columns, and not for one clear of it', () => {
    setMarkup(document.body, `<div id="app">${SEMANTIC_SCREEN}</div>`);
    host = hostPanel(document, PANEL_URL);
    const frame = frames()[0]!;
    frame.getBoundingClientRect = () => new DOMRect(920, 0, SHEET_WIDTH, 800);
    const member = document.createElement('div');
    document.body.append(member);
    member.getBoundingClientRect = () => new DOMRect(600, 2000, 200, 40);
    host.stepAsideFrom(member);
    expect(frame.style.width).toBe(`${SHEET_WIDTH}px`);
    // Far below the fold but in the sheet's columns: the page is scrolling it in.
    member.getBoundingClientRect = () => new DOMRect(900, 2000, 200, 40);
    host.stepAsideFrom(member);
    expect(frame.style.width).toBe(`${LAUNCHER.width}px`);
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe(`${LAUNCHER.width}px`);
  });
});

describe('launcherPlace', () => {
  const view = { innerWidth: 1280, innerHeight: 800 };
  it('sits in the middle of the right edge', () => {
    expect(launcherPlace(view, [])).toEqual({ edge: 'right', top: (800 - LAUNCHER.height) / 2 });
  });
  it('moves off a dialog\'s box: lower on the edge, or to the other edge for a full-height drawer', () => {
    expect(launcherPlace(view, [new DOMRect(900, 200, 380, 400)])).toEqual({ edge: 'right', top: 800 - LAUNCHER.height - 16 });
    expect(launcherPlace(view, [new DOMRect(880, 0, 400, 800)])).toMatchObject({ edge: 'left' });
  });
});
