// `npm start`: builds the extension, serves the demo pages, and opens Chromium with the extension.
// With no display it walks the demo path headless and leaves screenshots and the CSV in a folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus } from './build-corpus.mjs';
import { startDemoServer } from './demo-server.mjs';
import { findBrowser } from './find-browser.mjs';
import { launchWithExtension } from './launch.mjs';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function build() {
  console.log('Building the extension (test build: loopback counts as a granted mOS origin)…');
  execFileSync(process.execPath, [path.join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', 'test'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function tabIdOf(session, page) {
  return session.serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
}

async function walkDemo(session, origin, outDir) {
  const { context, extensionId } = session;
  const shot = (page, name) => page.screenshot({ path: path.join(outDir, name), fullPage: true });
  const hr = await context.newPage();
  await hr.goto(`${origin}/hr/directory.html`);
  await shot(hr, '1-hr-directory.png');

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(session, hr)}`);
  await popup.waitForSelector('[data-testid=table-candidate]');
  await shot(popup, '2-popup-tables.png');
  const [editor] = await Promise.all([
    context.waitForEvent('page', (p) => p.url().includes('editor.html?draft=')),
    popup.click('[data-testid=export-table]'),
  ]);
  await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
  await shot(editor, '3-editor-draft.png');
  const [download] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
  await download.saveAs(path.join(outDir, download.suggestedFilename()));

  const mos = await context.newPage();
  await mos.goto(`${origin}/mos/`);
  const panel = mos.frameLocator('[data-testid=mos-import-panel]');
  await panel.locator('[data-testid=plan-to-import]').waitFor();
  await shot(mos, '4-mos-with-panel.png');
  await panel.locator('[data-testid=send-to-mos]').click();
  await mos.waitForFunction(() => (window.mosMock?.received.length ?? 0) > 0);
  await shot(mos, '5-mos-import-dialog-with-file.png');
  const received = await mos.evaluate(() => window.mosMock.received[0]);
  writeFileSync(path.join(outDir, `received-by-mos-${received.name}`), received.text);
  return download.suggestedFilename();
}

async function main() {
  build();
  await buildCorpus({ log: console.log });
  const executablePath = findBrowser();
  const demo = await startDemoServer({ port: Number(process.env.PORT ?? 5178) }).catch(() => startDemoServer());
  console.log(`Demo pages: ${demo.origin}/`);
  if (hasDisplay) {
    const session = await launchWithExtension({ executablePath, headless: false });
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    await page.goto(`${demo.origin}/`);
    console.log('Chromium is open with the extension loaded. Close it (or press Ctrl+C) to stop.');
    session.context.on('close', () => void demo.close().then(() => process.exit(0)));
    return;
  }
  const outDir = path.join(root, 'demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(outDir, { recursive: true });
  console.log('No display: walking the demo path headless…');
  const session = await launchWithExtension({ executablePath, headless: true });
  try {
    const csvName = await walkDemo(session, demo.origin, outDir);
    console.log(`Done. Screenshots, ${csvName} and the file the mOS page received are in:\n  ${outDir}`);
  } finally {
    await session.close();
    await demo.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
