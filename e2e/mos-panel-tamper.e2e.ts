import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForMockEvents, type ExtensionSession } from './support/extension';

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
  it('sends only after it has been fully in view for a moment, and takes its look back from the page', async () => {
    const editor = await session.context.newPage();
    await editor.goto(session.extensionUrl('editor.html'));
    const csv = 'First Name,Last Name,Email,Job Title\nAda,Lovelace,ada@acme.example,Account Executive\n';
    await editor.setInputFiles('[data-testid=import-file]', { name: 'hires.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await editor.waitForURL(/draft=/);
    await editor.close();

    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator(PANEL);
    const send = panel.getByTestId('send-to-mos');
    await expect.poll(() => panel.getByTestId('plan-to-import').textContent()).toBe('1');
    await expect.poll(() => send.isEnabled()).toBe(true);
    const frameStyle = () =>
      mos.locator(PANEL).evaluate((frame) => {
        const style = getComputedStyle(frame);
        return { opacity: style.opacity, right: style.right };
      });
    const placed = await frameStyle();

    // The page makes the panel see-through and moves it, say under the pointer over its own button.
    await mos.locator(PANEL).evaluate((frame) => {
      (frame as HTMLElement).style.opacity = '0';
      (frame as HTMLElement).style.right = '400px';
    });
    // Send waits, and says why, while the half second counts again.
    const guard = async () => ({ sendEnabled: await send.isEnabled(), gettingReady: await panel.getByTestId('panel-getting-ready').count() });
    await expect.poll(guard).toEqual({ sendEnabled: false, gettingReady: 1 });
    await expect.poll(frameStyle).toEqual(placed);
    await expect.poll(guard).toEqual({ sendEnabled: true, gettingReady: 0 });

    // Something drawn over the panel that lets clicks through to it: the panel is not in view, so Send waits.
    await mos.evaluate(() => {
      const cover = document.createElement('div');
      cover.id = 'cover';
      Object.assign(cover.style, { position: 'fixed', inset: '0', zIndex: '2147483647', pointerEvents: 'none', background: 'rgba(255,255,255,.01)' });
      document.body.append(cover);
    });
    await expect.poll(() => send.isEnabled()).toBe(false);
    await mos.evaluate(() => document.getElementById('cover')!.remove());
    await expect.poll(() => send.isEnabled()).toBe(true);

    const before = Number((await mos.evaluate(() => document.body.dataset.mosMockEvents)) ?? 0);
    await send.click();
    await waitForMockEvents(mos, before + 1);
  });
});
