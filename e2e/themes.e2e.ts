import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIntoEditor, seriousAxeViolations } from './support/editor';
import { startSession, type ExtensionSession } from './support/extension';

const SCHEMES = ['light', 'dark'] as const;

/** The import panel's frame on the demo mOS page, once it shows the plan for the draft. */
async function panelFrame(mos: Page): Promise<Frame> {
  await mos.frameLocator('[data-testid=mos-import-panel]').getByTestId('plan-to-import').waitFor();
  return mos.frames().find((f) => f.url().includes('mos-panel.html'))!;
}

describe('light and dark themes follow the system and stay readable', () => {
  let session: ExtensionSession;
  let draftId: string;
  beforeAll(async () => {
    session = await startSession();
    const csv = ['First Name,Last Name,Email,Job Title', 'Ada,Lovelace,ada@acme.example,Engineer', 'Bad,Row,not-an-email,Tester'].join('\n');
    const imported = await importIntoEditor(session, { name: 'theme-check.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    draftId = imported.draftId;
    await imported.page.close();
  });
  afterAll(async () => session?.close());

  it.each(SCHEMES)('%s: the editor with a draft open, and the library, pass axe', async (scheme) => {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(session.extensionUrl(`editor.html?draft=${draftId}`));
    await page.waitForSelector('[data-testid=draft-rows] tbody tr');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(session.extensionUrl('editor.html'));
    await page.getByTestId('import-file').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(SCHEMES)('%s: the import panel on the mOS page passes axe', async (scheme) => {
    const mos = await session.context.newPage();
    await mos.emulateMedia({ colorScheme: scheme });
    await mos.goto(`${session.demoOrigin}/mos/`);
    expect(await seriousAxeViolations(await panelFrame(mos))).toEqual([]);
    await mos.close();
  });

  it.each(SCHEMES)('%s: the popup and the options page pass axe', async (scheme) => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/directory.html`);
    const popup = await session.openPopupFor(hr);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.waitForSelector('[data-testid=table-candidate]');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    const options = await session.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(session.extensionUrl('options.html'));
    await options.locator('main, #app > *').first().waitFor();
    expect(await seriousAxeViolations(options)).toEqual([]);
    await Promise.all([hr.close(), popup.close(), options.close()]);
  });
});
