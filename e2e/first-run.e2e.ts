import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/editor';
import { clickToolbarButton, startSession, toolbarClickArgs, type ExtensionSession } from './support/extension';

/** A host the test build holds no access to: there Roster Sync is not allowed until the admin says so. */
const UNLISTED_HOST = 'mos.unlisted.test';

describe('first run: the welcome page, and using Roster Sync on a site from the popup', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession({ args: toolbarClickArgs(UNLISTED_HOST) });
  });
  afterAll(async () => {
    await session?.close();
  });

  const welcomePage = async (): Promise<Page> => {
    await expect.poll(() => session.context.pages().some((p) => p.url() === session.extensionUrl('welcome.html'))).toBe(true);
    return session.context.pages().find((p) => p.url() === session.extensionUrl('welcome.html'))!;
  };

  it('opens the welcome page on install, allows the mOS address typed there, and the panel then appears on it', async () => {
    const welcome = await welcomePage();
    await welcome.getByTestId('welcome').waitFor();
    expect(await welcome.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['1Where your roster comes from', '2Your mOS address', '3Done']);
    expect(await welcome.getByTestId('welcome-mos-granted').count()).toBe(0);

    await welcome.getByTestId('welcome-mos-input').fill('ftp://files.example');
    await welcome.getByTestId('welcome-mos-grant').click();
    await expect.poll(() => welcome.getByRole('alert').textContent()).toContain('not a web address');

    // The test build already holds loopback access, so the browser allows it without asking.
    const mosAddress = `${session.demoOrigin.replace('127.0.0.1', 'localhost')}/mos/`;
    await welcome.getByTestId('welcome-mos-input').fill(mosAddress);
    await welcome.getByTestId('welcome-mos-grant').click();
    await expect.poll(() => welcome.getByTestId('welcome-mos-granted').textContent()).toBe('✓ http://localhost is allowed.');
    expect(await welcome.getByTestId('welcome-done').getByRole('status').textContent()).toContain('You are set.');
    expect(await session.readGrantedPatterns('mos')).toEqual(['http://localhost/*']);

    const mos = await session.context.newPage();
    await mos.goto(mosAddress);
    // No draft yet: the panel says how to make one.
    await mos.frameLocator('[data-testid=mos-import-panel]').getByTestId('panel-empty').waitFor();
    await mos.close();
  });

  it.each(['light', 'dark'] as const)('%s: the welcome page passes axe', async (scheme) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(session.extensionUrl('welcome.html'));
    await page.getByTestId('welcome').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('offers "Use Roster Sync on this site" on a page that looks like My Organization on a site not allowed', async () => {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin.replace('127.0.0.1', UNLISTED_HOST)}/mos/`);
    await mos.getByRole('heading', { name: 'My Organization' }).waitFor();
    // Reading the page needs the admin's click on the toolbar button (activeTab), nothing more.
    await clickToolbarButton(session, mos);
    const popup = await session.openPopupFor(mos);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.waitForSelector('main:not([data-mode=detecting])');
    expect(await popup.locator('main').getAttribute('data-mode')).toBe('offer-mos');
    const offer = popup.getByTestId('site-offer');
    expect(await offer.getAttribute('data-kind')).toBe('mos');
    expect(await offer.textContent()).toContain(`http://${UNLISTED_HOST}`);
    expect(await offer.getByTestId('use-on-site').textContent()).toBe('Use Roster Sync on this site');
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    expect(await seriousAxeViolations(popup)).toEqual([]);
    // Nothing of Roster Sync is on the page until the admin allows the site.
    expect(await mos.locator('[data-testid=mos-import-panel]').count()).toBe(0);
    await Promise.all([popup.close(), mos.close()]);
  });

  it('offers the Export button on an HR page, and it appears there once the site is allowed', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/directory.html`);
    const popup = await session.openPopupFor(hr);
    await popup.waitForSelector('[data-testid=table-candidate]');
    const offer = popup.getByTestId('site-offer');
    expect(await offer.getAttribute('data-kind')).toBe('hr');
    expect(await hr.locator('[data-testid=hr-export-button]').count()).toBe(0);
    // The test build already holds loopback access, so the browser allows it without asking.
    await offer.getByTestId('use-on-site').click();
    await expect.poll(() => offer.getByRole('status').textContent()).toContain('Export to mOS');
    expect(await session.readGrantedPatterns('hr')).toEqual(['http://127.0.0.1/*']);
    await hr.locator('[data-testid=hr-export-button]').waitFor();
    // Asked again, the popup no longer offers what the site has.
    const again = await session.openPopupFor(hr);
    await again.waitForSelector('[data-testid=table-candidate]');
    expect(await again.getByTestId('site-offer').count()).toBe(0);
    await Promise.all([popup.close(), again.close(), hr.close()]);
  });
});
