// `npm run screenshots`: store screenshots (1280×800) taken by walking the demo with the test build, and the
// editor, drafts and settings pages in light, dark and German. It builds nothing: run `npm run build:test` first.
// The pictures go to store/screenshots/ (not committed); the two the README shows are copied to docs/screenshots/.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startDemoServer } from './demo-server.mjs';
import { findBrowser } from './find-browser.mjs';
import { TEST_BUILD_DIR, launchWithExtension } from './launch.mjs';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const outDir = path.join(root, 'store/screenshots');
const readmeDir = path.join(root, 'docs/screenshots');
const SIZE = { width: 1280, height: 800 };

async function tabIdOf(session, page) {
  return session.serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
}

const png = (buffer) => `data:image/png;base64,${buffer.toString('base64')}`;

/** The popup as tall as its content, as the browser would size it (at most 600 px). */
async function shootPopup(popup, file) {
  const height = await popup.evaluate(() => Math.min(600, document.documentElement.scrollHeight));
  return popup.screenshot({ path: file, clip: { x: 0, y: 0, width: 380, height } });
}

/** The HR page with the popup over it, as the admin sees them together. */
async function composeExport(context, hrShot, popupShot, file) {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  await page.setContent(`<!doctype html><body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
    <img src="${png(hrShot)}" style="position:absolute;inset:0;filter:brightness(.92)">
    <img src="${png(popupShot)}" style="position:absolute;top:12px;right:24px;border:1px solid #c9d1dc;border-radius:8px;box-shadow:0 12px 40px rgba(0,0,0,.3)">
  </body>`);
  await page.screenshot({ path: file });
  await page.close();
}

/** The editor with a draft open, the drafts page and the settings page, in one colour scheme. */
async function shootPages(context, extensionId, draftUrl, scheme, suffix, shotPath) {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(draftUrl);
  await page.waitForSelector('[data-testid=draft-rows] tbody tr');
  await page.waitForSelector('[data-testid=header-to-invite]');
  await page.screenshot({ path: shotPath(`editor${suffix}.png`) });
  await page.goto(`chrome-extension://${extensionId}/editor.html`);
  await page.waitForSelector('[data-testid=draft-item]');
  await page.screenshot({ path: shotPath(`drafts${suffix}.png`) });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.waitForSelector('main');
  await page.screenshot({ path: shotPath(`settings${suffix}.png`) });
  await page.close();
}

/** The same pages in German: a browser started in German, with a draft exported from the demo. */
async function shootGerman(demo, shotPath) {
  const session = await launchWithExtension({ executablePath: findBrowser(), headless: true, locale: 'de' });
  try {
    const { context, extensionId } = session;
    const hr = await context.newPage();
    await hr.goto(`${demo.origin}/hr/directory.html`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(session, hr)}`);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.waitForSelector('[data-testid=table-candidate]');
    await shootPopup(popup, shotPath('1-export-popup-de.png'));
    const [editor] = await Promise.all([
      context.waitForEvent('page', (p) => p.url().includes('editor.html?draft=')),
      popup.click('[data-testid=export-table]'),
    ]);
    await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
    await shootPages(context, extensionId, editor.url(), 'light', '-de', shotPath);
  } finally {
    await session.close();
  }
}

/** The popup's invite form on the demo mOS page, at the popup's own size, and the welcome page, in light and dark. */
async function firstRunShots(session, demoOrigin, shotPath, suffix = '') {
  const { context, extensionId } = session;
  const mos = await context.newPage();
  await mos.setViewportSize(SIZE);
  await mos.goto(`${demoOrigin}/mos/`);
  for (const scheme of ['light', 'dark']) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(session, mos)}`);
    await popup.waitForSelector('[data-testid=invite-form] [name=email]');
    for (const [name, value] of Object.entries({ first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@acme.example', job_title: 'Account Executive' })) {
      await popup.fill(`[name=${name}]`, value);
    }
    await popup.click('[data-testid=add-member]');
    await popup.fill('[name=email]', 'priya.patel@acme.example');
    await popup.waitForSelector('[data-testid=existing-note]');
    await shootPopup(popup, shotPath(`6-popup-invite-${scheme}${suffix}.png`));
    await popup.close();

    const welcome = await context.newPage();
    await welcome.setViewportSize(SIZE);
    await welcome.emulateMedia({ colorScheme: scheme });
    await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
    await welcome.waitForSelector('[data-testid=welcome]');
    await welcome.screenshot({ path: shotPath(`7-welcome-${scheme}${suffix}.png`) });
    await welcome.close();
  }
  await mos.close();
}

async function main() {
  if (!existsSync(path.join(TEST_BUILD_DIR, 'manifest.json'))) {
    throw new Error('No test build found. Run `npm run build:test` first.');
  }
  mkdirSync(outDir, { recursive: true });
  const shotPath = (name) => path.join(outDir, name);
  const demo = await startDemoServer();
  const session = await launchWithExtension({ executablePath: findBrowser(), headless: true });
  const { context, extensionId } = session;
  try {
    const hr = await context.newPage();
    await hr.setViewportSize(SIZE);
    await hr.goto(`${demo.origin}/hr/directory.html`);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(session, hr)}`);
    await popup.waitForSelector('[data-testid=table-candidate]');
    const popupShot = await shootPopup(popup);
    await composeExport(context, await hr.screenshot(), popupShot, shotPath('1-export-from-hr-page.png'));
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shootPopup(popup, shotPath('1-export-popup-dark.png'));
    await popup.emulateMedia({ colorScheme: 'light' });

    const [editor] = await Promise.all([
      context.waitForEvent('page', (p) => p.url().includes('editor.html?draft=')),
      popup.click('[data-testid=export-table]'),
    ]);
    await editor.setViewportSize(SIZE);
    await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
    await editor.waitForSelector('[data-testid=summary-to-import]');
    await editor.waitForSelector('[data-testid=header-to-invite]');
    await editor.screenshot({ path: shotPath('2-editor.png') });
    await shootPages(context, extensionId, editor.url(), 'light', '', shotPath);
    await shootPages(context, extensionId, editor.url(), 'dark', '-dark', shotPath);

    const mos = await context.newPage();
    await mos.setViewportSize(SIZE);
    await mos.goto(`${demo.origin}/mos/`);
    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await panel.getByTestId('plan-to-import').waitFor();
    await mos.screenshot({ path: shotPath('3-mos-panel.png') });

    // The panel's body scrolls on its own: bring the sync report to its top.
    await panel.locator('#sync-title').evaluate((title) => title.scrollIntoView({ block: 'start' }));
    await mos.screenshot({ path: shotPath('4-sync-report.png') });

    // Folded, the panel is a slim tab at the window's edge and the page has its width back.
    await panel.getByTestId('panel-toggle').click();
    await panel.locator('.launcher').waitFor();
    await mos.screenshot({ path: shotPath('5-mos-panel-folded.png') });
    await shootGerman(demo, shotPath);
    mkdirSync(readmeDir, { recursive: true });
    for (const name of ['editor.png', 'drafts.png']) copyFileSync(shotPath(name), path.join(readmeDir, name));

    await firstRunShots(session, demo.origin, shotPath);
    // The same two screens in German, the other language the extension speaks.
    const german = await launchWithExtension({ executablePath: findBrowser(), headless: true, locale: 'de' });
    try {
      await firstRunShots(german, demo.origin, shotPath, '-de');
    } finally {
      await german.close();
    }
    console.log(`Store screenshots (${SIZE.width}×${SIZE.height}) are in ${path.relative(root, outDir)}/`);
  } finally {
    await session.close();
    await demo.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
