import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MOS_HEADER, cell, download, importIntoEditor } from './support/editor';
import { startSession, type ExtensionSession } from './support/extension';

declare const chrome: {
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
};

const FIXTURE = new URL('./fixtures/editor-people.csv', import.meta.url).pathname;

async function startPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl('editor.html'));
  await page.getByTestId('org-settings').waitFor({ state: 'attached' });
  return page;
}

/** Makes this page's writes to extension storage wait, or fail, as a slow or full disk would. */
async function troubleSaving(page: Page, trouble: { delayMs: number } | { failWith: string }): Promise<void> {
  await page.evaluate((t) => {
    const area = chrome.storage.local;
    const set = area.set.bind(area);
    area.set = (items) =>
      'failWith' in t ? Promise.reject(new Error(t.failWith)) : new Promise((resolve) => setTimeout(resolve, t.delayMs)).then(() => set(items));
  }, trouble);
}

const draftNames = (page: Page) => page.getByTestId('draft-link').allTextContents();

/** Makes a draft look as if it was last changed `days` ago, as time passing would. */
async function age(page: Page, draftId: string, days: number): Promise<void> {
  await page.evaluate(
    async ({ id, ms }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('roster-sync');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('drafts', 'readwrite');
      const store = tx.objectStore('drafts');
      const read = store.get(id);
      read.onsuccess = () => store.put({ ...read.result, updatedAt: Date.now() - ms });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { id: draftId, ms: days * 24 * 60 * 60 * 1000 },
  );
}

describe('the draft list and organisation settings', () => {
  let session: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    session = await startSession();
    await importIntoEditor(session, FIXTURE);
    page = await startPage(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists each draft with its source, rows, errors and last change, and renames and duplicates it', async () => {
    const item = page.getByTestId('draft-item').first();
    await expect.poll(() => item.getByTestId('draft-rows-count').textContent()).toBe('6');
    expect(await item.getByTestId('draft-error-count').textContent()).toBe('1');
    expect(await item.textContent()).toContain('editor-people.csv');
    expect(await item.textContent()).toMatch(/deleted on .* unless changed/);

    await item.getByTestId('rename-draft').click();
    await page.getByTestId('rename-input').fill('October starters');
    await page.keyboard.press('Enter');
    await expect.poll(() => draftNames(page)).toEqual(['October starters']);

    await page.getByTestId('duplicate-draft').click();
    await expect.poll(() => draftNames(page)).toEqual(['Copy of October starters', 'October starters']);
  });

  it('exports a draft as JSON and imports it back, refusing a file that is not a draft', async () => {
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=draft-item]', { hasText: 'Copy of' }).getByTestId('export-draft-json').click(),
    ]);
    expect(exported.suggestedFilename()).toMatch(/^copy-of-october-starters-draft-.*\.json$/);
    const path = (await exported.path())!;
    await page.getByTestId('import-draft-json').setInputFiles(path);
    await expect.poll(() => draftNames(page)).toEqual(['Copy of October starters', 'Copy of October starters', 'October starters']);
    await expect.poll(() => page.getByTestId('library-message').textContent()).toContain('with 6 rows');

    await page.getByTestId('import-draft-json').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('notes.json cannot be imported as a draft');
    expect(await draftNames(page)).toHaveLength(3);
  });

  it('deletes a draft only after confirmation, and deletes them all', async () => {
    await page.getByTestId('delete-draft').first().click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await draftNames(page)).toHaveLength(3);
    await page.getByTestId('delete-draft').first().click();
    await page.getByTestId('confirm').click();
    await expect.poll(() => draftNames(page)).toHaveLength(2);

    await page.getByTestId('delete-all-drafts').click();
    await page.getByTestId('confirm').click();
    await expect.poll(() => page.getByText('No drafts yet.').count()).toBe(1);
  });

  it('deletes drafts not changed for the number of days set', async () => {
    const kept = await importIntoEditor(session, FIXTURE);
    const old = await importIntoEditor(session, FIXTURE);
    await kept.page.close();
    await old.page.close();
    await page.getByText('Settings for your organisation').click();
    await page.getByTestId('setting-retention-days').fill('7');
    await page.getByTestId('setting-retention-days').press('Enter');
    await expect.poll(() => page.textContent('body')).toContain('A draft not changed for 7 days is deleted automatically.');
    await age(page, old.draftId, 8);
    await page.reload();
    await expect.poll(async () => page.locator('[data-testid=draft-item]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-draft-id')))).toEqual([
      kept.draftId,
    ]);
  });

  it('applies saved job-title rules to the rows of a new draft', async () => {
    await page.getByText('Settings for your organisation').click();
    await page.getByTestId('add-rule').click();
    const rule = page.getByTestId('rule').first();
    await rule.getByTestId('rule-text').fill('sales');
    await rule.getByTestId('rule-text').press('Tab');
    await rule.locator('[data-slug="meddpicc-masterclass"]').check();
    await rule.getByTestId('rule-enable').selectOption('no');
    await expect.poll(() => rule.textContent()).toContain('Job title contains "sales" → MEDDPICC Masterclass, no Enable seat');

    const { page: editor } = await importIntoEditor(session, FIXTURE);
    await expect.poll(() => cell(editor, 1, 'course_enrollments').textContent()).toContain('MEDDPICC Masterclass (rule)');
    expect(await cell(editor, 0, 'course_enrollments').textContent()).toContain('None');
    const csv = (await download(editor, 'download-csv')).text.split('\n');
    expect(csv[0]).toBe(MOS_HEADER);
    expect(csv.find((line) => line.includes('tom.brown@example.com'))).toMatch(/,Sales Engineer,FALSE,FALSE,meddpicc-masterclass$/);
    expect(csv.find((line) => line.includes('jane.doe@example.com'))).toMatch(/,Account Executive,TRUE,FALSE,$/);
  });

  it('keeps every quick change to a rule while saving is slow', async () => {
    const slow = await startPage(session);
    await troubleSaving(slow, { delayMs: 400 });
    await slow.getByText('Settings for your organisation').click();
    await slow.getByTestId('add-rule').click();
    const rule = slow.getByTestId('rule').last();
    await rule.getByTestId('rule-text').fill('lead');
    await rule.getByTestId('rule-text').press('Tab');
    await rule.locator('[data-slug="meddpicc-leadership-and-enablement-toolkit"]').check();
    await rule.locator('[data-slug="value-pyramid-program"]').check();
    await rule.getByTestId('rule-enable').selectOption('yes');
    await rule.getByRole('combobox').first().selectOption('starts-with');
    const summary = 'Job title starts with "lead" → MEDDPICC Leadership and Enablement Toolkit, MEDDICC Value Pyramid Program, Enable seat';
    await expect.poll(() => rule.textContent()).toContain(summary);

    const saved = () =>
      session.serviceWorker.evaluate(async () => {
        const { orgSettings } = await chrome.storage.local.get('orgSettings');
        return (orgSettings as { rules?: object[] } | undefined)?.rules?.at(-1);
      });
    await expect
      .poll(saved)
      .toMatchObject({ match: 'starts-with', text: 'lead', programs: ['meddpicc-leadership-and-enablement-toolkit', 'value-pyramid-program'], enable: 'yes' });
    await slow.reload();
    await slow.getByText('Settings for your organisation').click();
    await expect.poll(() => slow.getByTestId('rule').last().textContent()).toContain(summary);
    await slow.close();
  });

  it('keeps the words being typed in a rule when the settings change meanwhile', async () => {
    const typing = await startPage(session);
    await typing.getByText('Settings for your organisation').click();
    await typing.getByTestId('add-rule').click();
    const rule = typing.getByTestId('rule').last();
    const storedRules = () =>
      session.serviceWorker.evaluate(async () => ((await chrome.storage.local.get('orgSettings')).orgSettings as { rules?: unknown[] }).rules?.length);
    await expect.poll(storedRules).toBe(await typing.getByTestId('rule').count());
    await rule.getByTestId('rule-text').fill('manager');
    // Another tab changes how long drafts are kept before the words are committed: this page redraws.
    await session.serviceWorker.evaluate(async () => {
      const { orgSettings } = await chrome.storage.local.get('orgSettings');
      await chrome.storage.local.set({ orgSettings: { ...(orgSettings as object), retentionDays: 45 } });
    });
    await expect.poll(() => typing.getByTestId('setting-retention-days').inputValue()).toBe('45');
    await rule.getByTestId('rule-text').press('Tab');
    await expect.poll(() => rule.textContent()).toContain('Job title contains "manager"');
    await typing.close();
  });

  it('says when a settings change cannot be saved, and shows the settings still saved', async () => {
    const full = await startPage(session);
    await troubleSaving(full, { failWith: 'QUOTA_BYTES quota exceeded' });
    await full.getByText('Settings for your organisation').click();
    const licenses = full.getByTestId('setting-opportunity-licenses');
    const before = await licenses.isChecked();
    await licenses.click();
    await expect.poll(() => full.getByTestId('org-settings').textContent()).toContain(
      'Your change to the settings could not be saved (QUOTA_BYTES quota exceeded). The settings shown are the ones still saved.',
    );
    await expect.poll(() => licenses.isChecked()).toBe(before);
    await full.close();
  });
});

describe('the draft list, open while a draft is saved elsewhere', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows a draft the background saves from a file dropped on the mOS panel, without being reloaded', async () => {
    await expect
      .poll(() => session.serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length))
      .toBeGreaterThan(0);
    const library = await startPage(session);
    await library.getByTestId('library-empty').waitFor();
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await panel.locator('input[type=file][data-testid=import-file]').setInputFiles(FIXTURE);
    await expect.poll(() => panel.locator('[data-testid=draft-select] option:checked').textContent()).toContain('editor-people.csv');
    const item = library.getByTestId('draft-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('editor-people.csv');
    expect(await item.getByTestId('draft-rows-count').textContent()).toBe('6');
  });
});
