import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MOS_HEADER } from './support/editor';
import { startSession, type ExtensionSession } from './support/extension';
import { accessibleButton, employeesOnPage } from './support/hr-page';

declare const chrome: {
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  storage: { local: { set(items: object): Promise<void> } };
};

describe('the "Export to mOS" button on granted HR sites', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  const registeredButtonMatches = () =>
    session.serviceWorker.evaluate(async () => {
      const scripts = await chrome.scripting.getRegisteredContentScripts();
      return scripts.find((s) => s.id === 'hr-export-button')?.matches ?? [];
    });

  it('appears beside the employee table once the site is granted, exports it on a real click only, and is gone after revoking', async () => {
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.getByTestId('hr-site-empty').waitFor();
    await options.getByTestId('hr-site-input').fill('');
    await options.getByTestId('hr-site-grant').click();
    await expect.poll(() => options.getByTestId('hr-sites').getByRole('alert').textContent()).toContain('address of your HR system');

    // The test build already holds loopback access, so the browser grants it without a prompt.
    await options.getByTestId('hr-site-input').fill(`${session.demoOrigin}/hr/directory.html`);
    await options.getByTestId('hr-site-grant').click();
    await expect.poll(() => options.getByTestId('hr-site-list').textContent()).toContain('http://127.0.0.1');
    expect(await session.readGrantedPatterns('hr')).toEqual(['http://127.0.0.1/*']);
    await expect.poll(registeredButtonMatches).toEqual(['http://127.0.0.1/*']);

    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/directory.html`);
    const employees = await employeesOnPage(hr);
    expect(employees.length).toBeGreaterThan(5);
    await hr.locator('[data-testid=hr-export-button]').waitFor();
    await expect.poll(async () => (await accessibleButton(hr, 'Export to mOS'))?.disabled).toBe(false);
    // It sits right before the employee table, not any other table on the page.
    expect(await hr.locator('[data-testid=hr-export-button]').evaluate((host) => /email/i.test(host.nextElementSibling?.textContent ?? ''))).toBe(
      true,
    );

    // The page's own scripts cannot press it: its shadow root is closed, and a click they make is not trusted.
    const reachedByPage = await hr.evaluate(() => {
      const host = document.querySelector<HTMLElement>('[data-testid=hr-export-button]')!;
      const inner = host.shadowRoot?.querySelector('button');
      inner?.click();
      inner?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.click();
      const box = host.getBoundingClientRect();
      document.elementFromPoint(box.left + 8, box.top + 8)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return host.shadowRoot !== null;
    });
    expect(reachedByPage).toBe(false);
    // Clicking disables the button at once; it is still enabled, so none of those clicks started an export.
    const button = (await accessibleButton(hr, 'Export to mOS'))!;
    expect(button.disabled).toBe(false);

    // The admin's real click does.
    const [editor] = await Promise.all([
      session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/editor.html?draft='), timeout: inject('slowJobMs') }),
      hr.mouse.click(button.x, button.y),
    ]);
    await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
    const [download] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
    const csv = await readFile((await download.path())!, 'utf8');
    // People whose status says they left are left out of the file by default.
    const expectedLines = employees.filter((e) => !/terminated/i.test(e.status)).map(
      (e, i) => `EXT${String(i + 1).padStart(5, '0')},${e.first},${e.last},${e.email.toLowerCase()},${e.title},TRUE,FALSE,`,
    );
    expect(csv).toBe([MOS_HEADER, ...expectedLines].join('\n'));
    await editor.close();

    await options.bringToFront();
    await options.getByRole('button', { name: 'Remove http://127.0.0.1' }).click();
    await options.getByTestId('hr-site-empty').waitFor();
    expect(await session.readGrantedPatterns('hr')).toEqual([]);
    await expect.poll(registeredButtonMatches).toEqual([]);
    await hr.reload({ waitUntil: 'load' });
    await hr.locator('table').first().waitFor();
    expect(await hr.locator('[data-testid=hr-export-button]').count()).toBe(0);
  });

  it('takes no HR site from storage.local, where a content script could write one', async () => {
    // storage.local is open to content scripts: this write stands for one made by a content script.
    await session.serviceWorker.evaluate(() => chrome.storage.local.set({ hrSitePatterns: ['http://127.0.0.1/*'] }));
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.getByTestId('hr-site-input').fill('http://localhost/');
    await options.getByTestId('hr-site-grant').click();
    await expect.poll(() => options.getByTestId('hr-site-list').textContent()).toContain('http://localhost');
    expect(await options.getByTestId('hr-site-list').textContent()).not.toContain('127.0.0.1');
    await expect.poll(registeredButtonMatches).toEqual(['http://localhost/*']);
    await options.getByRole('button', { name: 'Remove http://localhost' }).click();
    await options.getByTestId('hr-site-empty').waitFor();
  });
});
