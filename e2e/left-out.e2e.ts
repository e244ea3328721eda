import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importIntoEditor, openFold } from './support/editor';
import { downloadCsv, emailsOf, exportThroughPopup } from './support/export-table';
import { startSession, waitForMockEvents, type ExtensionSession } from './support/extension';

const CORPUS = new URL('./fixtures/hr-exports/', import.meta.url);

/** An HR people list holding a row of every kind left out by default, and a contractor who stays in. */
const PEOPLE_PAGE = `<!doctype html><html lang="en"><head><title>People</title></head><body>
<h1>People</h1>
<table>
  <thead><tr><th>Name</th><th>Email</th><th>Job title</th><th>Status</th><th>User type</th><th>Department</th></tr></thead>
  <tbody>
    <tr><td>Ada Quinn</td><td>ada.quinn@kinds.example</td><td>Engineer</td><td>Active</td><td>Member</td><td>Engineering</td></tr>
    <tr><td>Tom Gone</td><td>tom.gone@kinds.example</td><td>Engineer</td><td>Terminated</td><td>Member</td><td>Engineering</td></tr>
    <tr><td>Gia Partner</td><td>gia_partner.example#EXT#@kinds.onmicrosoft.com</td><td>Advisor</td><td>Active</td><td>Member</td><td>Sales</td></tr>
    <tr><td>Sam Visitor</td><td>sam.visitor@kinds.example</td><td>Advisor</td><td>Active</td><td>Guest</td><td>Sales</td></tr>
    <tr><td>Board Room</td><td>board.room@kinds.example</td><td></td><td>Active</td><td>Room</td><td>Facilities</td></tr>
    <tr><td>Help Desk</td><td>help@kinds.example</td><td></td><td>Active</td><td>SharedMailbox</td><td>IT</td></tr>
    <tr><td>Open Position</td><td></td><td>Account Executive</td><td>Active</td><td>Member</td><td>Sales</td></tr>
    <tr><td>Noel Nomail</td><td></td><td>Clerk</td><td>Active</td><td>Member</td><td>Finance</td></tr>
    <tr><td>Ada Quinn</td><td> ADA.Quinn@kinds.example </td><td>Engineer</td><td>Active</td><td>Member</td><td>Engineering</td></tr>
    <tr><td>Cy Contractor</td><td>cy.contractor@kinds.example</td><td>Consultant</td><td>Active</td><td>Contractor</td><td>Sales</td></tr>
    <tr><td>Bea Lund</td><td>bea.lund@kinds.example</td><td>Analyst</td><td>Active</td><td>Member</td><td>Finance</td></tr>
  </tbody>
</table></body></html>`;

describe('left out by default', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Sends the draft from the mOS panel; resolves with the emails of the file the page received. */
  async function sentFromPanel(draftId: string): Promise<string[]> {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await expect.poll(() => panel.locator(`[data-testid=draft-select] option[value="${draftId}"]`).count()).toBe(1);
    await panel.locator('[data-testid=draft-select]').selectOption(draftId);
    await expect.poll(() => panel.getByTestId('plan-to-import').textContent()).not.toBe('');
    const before = Number((await mos.evaluate(() => document.body.dataset.mosMockEvents)) ?? 0);
    await panel.getByTestId('send-to-mos').click();
    await waitForMockEvents(mos, before + 1);
    const received = await mos.evaluate(() => (window as unknown as { mosMock: { received: { text: string }[] } }).mosMock.received.at(-1)!.text);
    await mos.close();
    return received
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[3]!);
  }

  const putBack = async (editor: Page, who: string) => {
    const row = editor.getByTestId('left-out-row').filter({ hasText: who });
    await openFold(editor, 'left-out');
    await row.getByTestId('put-back').click();
    await expect.poll(() => row.count()).toBe(0);
  };

  it('a file: the CSV and the panel leave out every kind, each shown with its reason; one put back goes in both', async () => {
    const { page: editor, draftId } = await importIntoEditor(session, new URL('google-workspace-resources.csv', CORPUS).pathname);
    const rows = editor.getByTestId('left-out-row');
    await expect.poll(() => rows.count()).toBe(5);
    expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')))).toEqual(['notPerson', 'notPerson', 'left', 'notPerson', 'repeat']);
    expect(await rows.filter({ hasText: 'Kofi Mensah' }).textContent()).toContain('Status [READ ONLY]: Suspended');
    expect(await editor.getByTestId('left-in-notes').textContent()).toContain('Contractor: 1');

    const first = await downloadCsv(editor);
    expect(emailsOf(first.records)).toEqual(['nia.adebayo@gw.example', 'lena.fischer@gw.example', 'omar.haddad@gw.example']);
    expect(await sentFromPanel(draftId)).toEqual(['nia.adebayo@gw.example', 'lena.fischer@gw.example', 'omar.haddad@gw.example']);

    await putBack(editor, 'Kofi Mensah');
    const second = await downloadCsv(editor);
    expect(emailsOf(second.records)).toEqual(['nia.adebayo@gw.example', 'kofi.mensah@gw.example', 'lena.fischer@gw.example', 'omar.haddad@gw.example']);
    expect(await sentFromPanel(draftId)).toContain('kofi.mensah@gw.example');
    await editor.close();
  });

  it('a page: the export leaves out every kind; putting back all of one kind puts them in the next download and what the panel sends', async () => {
    const hr = await session.context.newPage();
    await hr.route(`${session.demoOrigin}/people-kinds.html`, (route) => route.fulfill({ contentType: 'text/html', body: PEOPLE_PAGE }));
    await hr.goto(`${session.demoOrigin}/people-kinds.html`);
    const { editor, records, popup } = await exportThroughPopup(session, hr);
    expect(emailsOf(records)).toEqual(['ada.quinn@kinds.example', 'cy.contractor@kinds.example', 'bea.lund@kinds.example']);
    const kinds = await editor.getByTestId('left-out-row').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
    expect(kinds.sort()).toEqual(['guest', 'guest', 'left', 'noWorkEmail', 'notPerson', 'notPerson', 'notPerson', 'repeat']);
    // The header and the download summary give the same count, from the same plan.
    await expect.poll(() => editor.getByTestId('summary-excluded').textContent()).toBe('8');
    expect(await editor.getByTestId('header-left-out').textContent()).toContain('8');

    await openFold(editor, 'left-out');
    await editor.getByTestId('put-back-kind').filter({ hasText: 'Has left or account shut' }).click();
    await expect.poll(() => editor.getByTestId('left-out-row').count()).toBe(7);
    const again = await downloadCsv(editor);
    expect(emailsOf(again.records)).toEqual(['ada.quinn@kinds.example', 'tom.gone@kinds.example', 'cy.contractor@kinds.example', 'bea.lund@kinds.example']);
    const draftId = new URL(editor.url()).searchParams.get('draft')!;
    expect(await sentFromPanel(draftId)).toEqual(['ada.quinn@kinds.example', 'tom.gone@kinds.example', 'cy.contractor@kinds.example', 'bea.lund@kinds.example']);
    await Promise.all([editor.close(), popup.close(), hr.close()]);
  });
});
