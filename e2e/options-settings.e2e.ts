import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { download, importIntoEditor } from './support/editor';
import { startRestartableSession, startSession, type ExtensionSession, type RestartableSession } from './support/extension';

declare const chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

const FIXTURE = new URL('./fixtures/editor-people.csv', import.meta.url).pathname;

async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl('options.html'));
  await page.getByTestId('org-settings').waitFor();
  return page;
}

const retention = (page: Page) => page.getByTestId('setting-retention-days');

async function setLocal(session: ExtensionSession, items: Record<string, unknown>): Promise<void> {
  await session.serviceWorker.evaluate((values) => chrome.storage.local.set(values), items);
}

describe('organisation settings on the options page persist and migrate', () => {
  let session: RestartableSession;
  beforeAll(async () => {
    session = await startRestartableSession();
  });
  afterAll(async () => session?.close());

  it('keeps a change across a reload and a browser restart', async () => {
    const options = await openOptions(session);
    await retention(options).fill('12');
    await retention(options).press('Tab');
    await expect.poll(() => session.readLocalStorage('orgSettings')).toEqual({ retentionDays: 12 });

    await options.reload();
    await expect.poll(() => retention(options).inputValue()).toBe('12');

    await session.restart();
    const again = await openOptions(session);
    await expect.poll(() => retention(again).inputValue()).toBe('12');
  });

  it('opens settings stored by version 1 with every value the admin had', async () => {
    await setLocal(session, {
      orgSettings: {
        hasOpportunityLicenses: false,
        retentionDays: 45,
        defaultSeats: { mos_enable: true, mos_opportunity: false },
        defaultPrograms: ['meddpicc-masterclass'],
        rules: [{ id: 'r1', match: 'contains', text: 'Account Executive', programs: [], enable: 'yes', opportunity: 'keep' }],
      },
      orgSettings$: { v: 1 },
    });
    const options = await openOptions(session);
    await expect.poll(() => retention(options).inputValue()).toBe('45');
    expect(await options.getByTestId('setting-opportunity-licenses').isChecked()).toBe(false);
    const forNewRows = options.getByRole('group', { name: 'Programs for new rows' });
    expect(await forNewRows.getByLabel('MEDDPICC Masterclass').isChecked()).toBe(true);
    expect(await options.getByTestId('rule-text').inputValue()).toBe('Account Executive');
    // A setting version 1 did not have follows its default: legal first names.
    expect(await options.getByTestId('setting-preferred-names').isChecked()).toBe(false);
    await expect.poll(() => session.readLocalStorage('orgSettings$')).toEqual({ v: 2 });
    expect(Object.keys((await session.readLocalStorage('orgSettings')) as object)).not.toContain('usePreferredFirstNames');
  });
});

describe('the options page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => session?.close());

  it('shows what IT set as locked, here and in the editor, and offers IT’s mOS address for one Grant', async () => {
    const mosAddress = `${session.demoOrigin.replace('127.0.0.1', 'localhost')}/mos/`;
    // The test build reads this key in place of chrome.storage.managed, which only enterprise policy fills.
    await setLocal(session, {
      testManagedSettings: { retentionDays: 90, hasOpportunityLicenses: false, usePreferredFirstNames: true, mosOrigins: [mosAddress] },
    });
    const options = await openOptions(session);
    await expect.poll(() => retention(options).inputValue()).toBe('90');
    expect(await retention(options).isDisabled()).toBe(true);
    expect(await options.getByTestId('setting-opportunity-licenses').isDisabled()).toBe(true);
    expect(await options.getByTestId('setting-preferred-names').isChecked()).toBe(true);
    expect(await options.getByTestId('setting-preferred-names').isDisabled()).toBe(true);
    expect(await options.getByTestId('locked-note').first().textContent()).toContain("Set by your organisation's IT");
    // What IT did not set stays the admin's to change.
    expect(await options.getByRole('group', { name: 'Programs for new rows' }).getByLabel('MEDDPICC Masterclass').isDisabled()).toBe(false);

    const preset = options.getByTestId('mos-origin-preset');
    expect(await preset.textContent()).toContain(mosAddress);
    await options.getByTestId('mos-origin-preset-grant').click();
    await expect.poll(() => session.readGrantedPatterns('mos')).toEqual(['http://localhost/*']);
    await expect.poll(() => preset.textContent()).toContain('Granted');

    const editor = await session.context.newPage();
    await editor.goto(session.extensionUrl('editor.html'));
    await editor.locator('.settings-section summary').click();
    await expect.poll(() => retention(editor).inputValue()).toBe('90');
    expect(await retention(editor).isDisabled()).toBe(true);

    // When IT lifts the policy, the admin's own value (the default here) comes back, unlocked.
    await setLocal(session, { testManagedSettings: {} });
    await expect.poll(() => retention(options).inputValue()).toBe('30');
    expect(await retention(options).isDisabled()).toBe(false);
    await editor.close();
  });

  it('raises the next user_id, refuses to lower it, and lists the IDs given out per file', async () => {
    const options = await openOptions(session);
    const input = options.getByTestId('next-user-id-input');
    await input.fill('500');
    await options.getByTestId('next-user-id-set').click();
    await expect.poll(() => options.getByTestId('next-user-id').textContent()).toBe('EXT00500');

    await input.fill('3');
    await options.getByTestId('next-user-id-set').click();
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('can only go up');
    expect(await options.getByTestId('next-user-id').textContent()).toBe('EXT00500');

    const { page: editor } = await importIntoEditor(session, FIXTURE);
    const csv = await download(editor, 'download-csv');
    expect(csv.text).toContain('EXT00500');
    await options.reload();
    const history = options.getByTestId('user-id-history');
    await expect.poll(() => history.textContent()).toContain('EXT00500');
    expect(await history.textContent()).toContain('-mos-import-');
    expect(await options.getByTestId('next-user-id').textContent()).not.toBe('EXT00500');
    await editor.close();
  });

  it('exports the settings as JSON and imports them back, naming a bad field', async () => {
    const options = await openOptions(session);
    await retention(options).fill('21');
    await retention(options).press('Tab');
    await expect.poll(() => session.readLocalStorage('orgSettings')).toMatchObject({ retentionDays: 21 });
    const exported = await download(options, 'settings-export');
    expect(exported.name).toMatch(/\.json$/);
    const file = JSON.parse(exported.text);
    expect(file).toMatchObject({ format: 'roster-sync-for-mos/settings', version: 1, settings: { retentionDays: 21 } });
    expect(exported.text).not.toContain('@');

    const dir = os.tmpdir();
    const bad = path.join(dir, `settings-bad-${Date.now()}.json`);
    await writeFile(bad, JSON.stringify({ ...file, settings: { ...file.settings, retentionDays: 'forever' } }));
    await options.setInputFiles('[data-testid=settings-import]', bad);
    await expect.poll(() => options.getByTestId('settings-import-result').textContent()).toContain('settings › retentionDays should be a number. Nothing was imported.');
    expect(await retention(options).inputValue()).toBe('21');

    const good = path.join(dir, `settings-good-${Date.now()}.json`);
    await writeFile(good, JSON.stringify({ ...file, settings: { ...file.settings, retentionDays: 60 } }));
    await options.setInputFiles('[data-testid=settings-import]', good);
    await expect.poll(() => options.getByTestId('settings-import-result').textContent()).toContain('Settings imported');
    await expect.poll(() => retention(options).inputValue()).toBe('60');
  });

  it('the export-table command exports the tab’s best table into a new draft', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/directory.html?command`);
    const tabId = await session.tabIdOf(hr);
    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/editor.html?draft='), timeout: inject('slowJobMs') });
    // Tests cannot press a browser shortcut; the test build lets them run the command's own handler.
    const ran = await session.serviceWorker.evaluate(
      (id) => (globalThis as unknown as { runExtensionCommand(c: string, t: { id: number }): Promise<boolean> }).runExtensionCommand('export-table', { id }),
      tabId,
    );
    expect(ran).toBe(true);
    const editor = await opened;
    await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
    expect(await editor.getByTestId('draft-name').textContent()).toContain('Employee directory');
    // The source is said by the site's name, the last part of the page's title.
    expect(await editor.getByTestId('draft-source').textContent()).toMatch(/^From Acme Corp People · \d+ rows$/);
  });
});

describe('the options page in German', () => {
  let german: ExtensionSession;
  beforeAll(async () => {
    german = await startSession({ locale: 'de' });
  });
  afterAll(async () => german?.close());

  it('speaks German, the lock note and the user_id explanation included', async () => {
    await setLocal(german, { testManagedSettings: { retentionDays: 90 } });
    const options = await openOptions(german);
    expect(await options.title()).toContain('Einstellungen');
    await expect.poll(() => options.getByTestId('locked-note').first().textContent()).toContain('Von der IT Ihrer Organisation festgelegt');
    await options.getByTestId('next-user-id-input').fill('0');
    await options.getByTestId('next-user-id-set').click();
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('ganze Zahl');
  });

  it('refuses a bad settings file in German, naming the field in its own words', async () => {
    const options = await openOptions(german);
    const file = { format: 'roster-sync-for-mos/settings', version: 1, settings: { hasOpportunityLicenses: 'ja' } };
    await options.setInputFiles('[data-testid=settings-import]', { name: 'einstellungen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect
      .poll(() => options.getByTestId('settings-import-result').textContent())
      .toContain('settings › hasOpportunityLicenses muss true oder false sein. Es wurde nichts importiert.');
  });

  it('refuses a file that is not JSON in its own German words, saying where it breaks', async () => {
    const options = await openOptions(german);
    const broken = '{\n  "format": "roster-sync-for-mos/settings",\n  "version": 1,\n}\n';
    await options.setInputFiles('[data-testid=settings-import]', { name: 'einstellungen.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const result = options.getByTestId('settings-import-result');
    await expect.poll(() => result.textContent()).toBe('Diese Datei ist kein gültiges JSON. Der Fehler steht etwa in Zeile 4, Spalte 1.');
  });
});
