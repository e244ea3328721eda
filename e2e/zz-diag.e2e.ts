import { afterAll, beforeAll, describe, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { demoPeople, exportThroughPopup } from './support/export-table';

const PAGES = (process.env.DIAG ?? '').split(',');
describe('diag', () => {
  let session: ExtensionSession;
  beforeAll(async () => { session = await startSession(); });
  afterAll(async () => { await session?.close(); });
  it.each(PAGES)('%s', async (page) => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/corpus/${page}`);
    const people = await demoPeople(hr);
    const { popup, records, editor } = await exportThroughPopup(session, hr);
    const cands = await popup.locator('[data-testid=table-candidate]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-kind'), e.getAttribute('data-stated-total'), e.textContent?.slice(0, 200)]));
    const outcome = await popup.locator('body').textContent();
    console.log(page, 'people', people.length, 'records', records.length, JSON.stringify(cands, null, 1), '\nPOPUP:', outcome?.slice(0, 600), '\nREC:', JSON.stringify(records.slice(0, 3)), '\nEDITOR:', (await editor.locator('body').textContent())?.slice(0, 400));
  });
});
