import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../scripts/demo-server.mjs';
import { startSession, type ExtensionSession } from './support/extension';

const PANEL = '[data-testid=mos-import-panel]';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

async function frameNamed(page: Page, name: string): Promise<Frame> {
  await expect.poll(() => page.frame({ name })?.url() ?? '').toMatch(/^(http|chrome-extension)/);
  return page.frame({ name })!;
}

/**
 * The panel is an extension page framed into the mOS page. Only the frame our own page adapter made may
 * use it: not a frame of another origin inside the granted tab, and not any other site.
 */
describe('the mOS panel, bound to the frame the page adapter made', () => {
  let session: ExtensionSession;
  // Another origin (another port): a chat widget's frame inside the mOS page, or any site.
  let other: { origin: string; close(): Promise<void> };
  beforeAll(async () => {
    session = await startSession();
    other = await startDemoServer();
  });
  afterAll(async () => {
    await session?.close();
    await other?.close();
  });

  it('gives a third-party frame inside the granted mOS tab nothing: no answer from the background, nothing shown, nothing posted', async () => {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    await mos.frameLocator(PANEL).getByTestId('panel-toggle').waitFor();
    const panelUrl = await mos.locator(PANEL).evaluate((frame) => (frame as HTMLIFrameElement).src.split('#')[0]!);

    await mos.evaluate((src) => {
      const widget = document.createElement('iframe');
      widget.name = 'widget';
      widget.src = src;
      document.body.append(widget);
    }, `${other.origin}/help.html`);
    const widget = await frameNamed(mos, 'widget');
    await widget.waitForLoadState('load');
    await widget.evaluate((src) => {
      const posted: unknown[] = [];
      Object.assign(window, { posted });
      window.addEventListener('message', (event) => posted.push(event.data));
      const stolen = document.createElement('iframe');
      stolen.name = 'stolen-panel';
      stolen.src = src;
      document.body.append(stolen);
    }, panelUrl);
    const stolen = await frameNamed(mos, 'stolen-panel');
    await stolen.waitForLoadState('load');

    // The widget's panel asks the background as the panel does: refused, as it is not the adapter's frame.
    const answer = await stolen.evaluate(() => chrome.runtime.sendMessage({ type: 'panel/list-drafts' }));
    expect(answer).toMatchObject({ ok: false });
    expect(await stolen.getByTestId('panel-toggle').count()).toBe(0);
    expect(await stolen.locator('body').innerText()).toBe('');
    expect(await widget.evaluate(() => (window as unknown as { posted: unknown[] }).posted)).toEqual([]);

    // The adapter's own panel in the same tab still works.
    expect(await mos.frameLocator(PANEL).getByTestId('panel-toggle').count()).toBe(1);
    const own = mos.frames().find((f) => f.url().includes('mos-panel.html') && f.parentFrame() === mos.mainFrame())!;
    expect(await own.evaluate(() => document.body.innerText)).not.toBe('');
  });

  it('cannot be reached by another site at the extension’s fixed address', async () => {
    const site = await session.context.newPage();
    await site.goto(`${other.origin}/help.html`);
    const fixed = session.extensionUrl('mos-panel.html');
    const reached = await site.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'reached';
      } catch {
        return 'blocked';
      }
    }, fixed);
    expect(reached).toBe('blocked');
  });
});
