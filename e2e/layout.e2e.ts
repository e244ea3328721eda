import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// axe-core's source from node_modules, run in the page by evaluate: an extension page's script policy refuses an inline script tag.
import { importIntoEditor, seriousAxeViolations as seriousViolations } from './support/editor';
import { startSession, type ExtensionSession } from './support/extension';

const SIZE = { width: 1280, height: 800 };
const SCHEMES = ['light', 'dark'] as const;
const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen'];

/** Fifty people, one with a broken email, so the grid has rows to fill the window and a row that needs a fix. */
function fiftyPeople(): Buffer {
  const lines = ['First Name,Last Name,Email,Job Title'];
  for (let i = 0; i < 50; i++) {
    const first = FIRST[i % 10]!;
    const last = LAST[Math.floor(i / 10) % 10]!;
    const email = i === 7 ? 'not-an-email' : `${first}.${last}${i}@acme.example`.toLowerCase();
    lines.push(`${first},${last},${email},Senior Customer Success Manager for Enterprise Accounts`);
  }
  return Buffer.from(lines.join('\n'));
}

/** What a page must be at 1280×800: no sideways scrolling of the page, and body text of a readable size. */
async function pageFits(page: Page): Promise<void> {
  const { scrollWidth, innerWidth, fontSize } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
    fontSize: parseFloat(getComputedStyle(document.body).fontSize),
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  expect(fontSize).toBeGreaterThanOrEqual(13);
}

/** The editor's first screen: the grid's rows and the bar's Download in view, with the page not scrolled. */
async function editorFirstScreen(page: Page): Promise<void> {
  await pageFits(page);
  const seen = await page.evaluate(() => {
    const box = (el: Element | null) => el?.getBoundingClientRect();
    const bar = box(document.querySelector('[data-testid=next-step-bar]'))!;
    const download = box(document.querySelector('[data-testid=download-csv]'))!;
    const rows = [...document.querySelectorAll('[data-testid=draft-rows] tbody tr.grid-row')].map((r) => r.getBoundingClientRect());
    return {
      scrollY: window.scrollY,
      innerHeight: window.innerHeight,
      barTop: bar.top,
      download: { top: download.top, bottom: download.bottom, left: download.left, right: download.right },
      // Rows wholly in the window and above the bar, the admin sees them at once.
      rowsInSight: rows.filter((r) => r.top >= 0 && r.bottom <= bar.top).length,
      gridRight: box(document.querySelector('.grid-scroll'))!.right,
    };
  });
  expect(seen.scrollY).toBe(0);
  expect(seen.download.top).toBeGreaterThanOrEqual(0);
  expect(seen.download.bottom).toBeLessThanOrEqual(seen.innerHeight);
  expect(seen.download.right).toBeLessThanOrEqual(SIZE.width);
  expect(seen.rowsInSight).toBeGreaterThanOrEqual(6);
  expect(seen.gridRight).toBeLessThanOrEqual(SIZE.width);
  expect(await page.getByTestId('download-csv').isVisible()).toBe(true);
}

/** The editor with a 50-row draft, the drafts page and the settings, in both themes, in one language. */
function layoutSuite(locale: 'en' | 'de') {
  describe(`at 1280×800 (${locale})`, () => {
    let session: ExtensionSession;
    let draftId: string;
    beforeAll(async () => {
      session = await startSession(locale === 'de' ? { locale } : {});
      const imported = await importIntoEditor(session, { name: 'fifty.csv', mimeType: 'text/csv', buffer: fiftyPeople() });
      draftId = imported.draftId;
      await imported.page.close();
    });
    afterAll(async () => session?.close());

    it.each(SCHEMES)('%s: the editor shows the people and the download at once, and passes axe', async (scheme) => {
      const page = await session.context.newPage();
      await page.setViewportSize(SIZE);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(session.extensionUrl(`editor.html?draft=${draftId}`));
      await page.waitForSelector('[data-testid=draft-rows] tbody tr');
      // The status line's numbers come from the plan, as the summary's do.
      await expect.poll(() => page.getByTestId('summary-to-import').textContent()).toBe('49');
      expect(await page.getByTestId('header-to-invite').textContent()).toContain('49');
      expect(await page.getByTestId('header-cannot-go').textContent()).toContain('1');
      // Every column matched surely: the mapping is one folded line.
      expect(await page.getByTestId('mapping-slot').getAttribute('open')).toBeNull();
      await editorFirstScreen(page);
      // A long value is cut in its cell and whole in its title.
      const job = page.locator('#cell-0-job_title');
      expect(await job.getAttribute('title')).toBe('Senior Customer Success Manager for Enterprise Accounts');
      expect(await seriousViolations(page)).toEqual([]);
      // In a narrower window only the grid scrolls sideways, and the name stays where it was.
      await page.setViewportSize({ width: 960, height: SIZE.height });
      await pageFits(page);
      const nameLeft = async () => (await page.locator('#cell-0-first_name').boundingBox())!.x;
      const before = await nameLeft();
      const scrolled = await page.locator('.grid-scroll').evaluate((el) => {
        el.scrollLeft = 300;
        return el.scrollLeft;
      });
      expect(scrolled).toBeGreaterThan(0);
      await expect.poll(nameLeft).toBe(before);
      await page.setViewportSize(SIZE);
      // The keyboard help is behind the "?" button, not under the grid.
      await page.getByTestId('keyboard-help').click();
      await page.getByTestId('keyboard-help-dialog').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('keyboard-help-dialog').count()).toBe(0);
      await page.close();
    });

    it.each(SCHEMES)('%s: the drafts page and the settings fit and pass axe', async (scheme) => {
      const page = await session.context.newPage();
      await page.setViewportSize(SIZE);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(session.extensionUrl('editor.html'));
      await page.getByTestId('draft-item').waitFor();
      await pageFits(page);
      // The file picker is a button in the page's language; the browser's own control is out of sight.
      expect((await page.getByTestId('import-file').boundingBox())!.width).toBeLessThanOrEqual(1);
      expect(await page.locator('label.file-button').filter({ has: page.getByTestId('import-file') }).isVisible()).toBe(true);
      // The source is the file, not the draft's name again.
      expect(await page.getByTestId('draft-source').textContent()).toBe(locale === 'de' ? 'Datei' : 'File');
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto(session.extensionUrl('options.html'));
      await page.locator('main').waitFor();
      await pageFits(page);
      // Sections beside a side navigation, and the ID counter in plain words.
      expect(await page.getByTestId('settings-nav').locator('a').count()).toBe(6);
      expect(await page.locator('#next-user-id-title').textContent()).toBe(locale === 'de' ? 'Nächste ID-Nummer für neue Personen' : 'Next ID number for new people');
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    it('offers "Open mOS to import" beside Download once an mOS address is set', async () => {
      const page = await session.context.newPage();
      await page.setViewportSize(SIZE);
      await page.goto(session.extensionUrl(`editor.html?draft=${draftId}`));
      await page.waitForSelector('[data-testid=draft-rows] tbody tr');
      expect(await page.getByTestId('open-mos').count()).toBe(0);
      // The test build holds loopback access, so the browser grants it without a prompt.
      const options = await session.context.newPage();
      await options.goto(session.extensionUrl('options.html'));
      await options.getByTestId('mos-origin-input').fill('http://localhost/');
      await options.getByTestId('mos-origin-grant').click();
      await options.getByTestId('mos-origin-list').waitFor();
      // The editor hears the new address without a reload.
      await expect.poll(() => page.getByTestId('open-mos').getAttribute('href')).toBe('http://localhost/');
      await editorFirstScreen(page);
      expect(await page.getByTestId('open-mos').isVisible()).toBe(true);
      await Promise.all([options.close(), page.close()]);
    });
  });
}

layoutSuite('en');
layoutSuite('de');
