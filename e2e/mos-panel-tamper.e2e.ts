import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';

const PANEL = '[data-testid=mos-import-panel]';

/**
 * A page can learn our extension id (the panel frame's address) and dispatch the event WXT's content
 * scripts use to retire an older copy of themselves. That must not take our panel away.
 */
describe('the mOS panel against a page forging "content script started"', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('stays, and still answers the popup, after the page dispatches the forged event', async () => {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    await expect.poll(() => mos.locator(PANEL).count()).toBe(1);
    const forged = await mos.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('[data-testid=mos-import-panel]')!;
      const extensionId = new URL(frame.src).host;
      const type = `${extensionId}:mos:wxt:content-script-started`;
      const detail = { contentScriptName: 'mos', messageId: 'forged-by-the-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
      return type;
    });
    expect(forged).toContain(':mos:wxt:content-script-started');
    // The panel's host watches the page with a short delay; give a removal every chance to happen.
    await mos.waitForTimeout(1000);
    expect(await mos.locator(PANEL).count()).toBe(1);
    // The page moving to another screen and back still brings the panel back: its watcher is alive.
    await mos.getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => mos.locator(PANEL).count()).toBe(0);
    await mos.getByRole('link', { name: 'My Organization' }).click();
    await expect.poll(() => mos.locator(PANEL).count()).toBe(1);
    // And the page adapter still answers: the popup on this tab shows the invite form.
    const popup = await session.openPopupFor(mos);
    await expect.poll(() => popup.locator('input[name=first_name]').count()).toBe(1);
  });
});
