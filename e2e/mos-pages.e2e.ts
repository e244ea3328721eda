import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitForMockEvents, type ExtensionSession } from './support/extension';
import { MOS_HEADER, importIntoEditor } from './support/editor';
import { invitedOn, openMosWithPopup, reportOf, typePerson, useInviteSession } from './support/invite';

// The My Organization screen built four ways: semantic HTML, a hand-written React/MUI-like app, and the real
// Material UI and Ant Design libraries (selects whose input stays empty, options without roles, upload boxes
// that put a new file input in place after each selection, fields validated as they are typed).
const PAGES = ['/mos/?fields=extended', '/mos-mui/', '/mos-material/', '/mos-antd/'];
const PANEL = '[data-testid=mos-import-panel]';

const jane = { first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@acme.com', job_title: 'Engineer II' };
const bob = { first_name: 'Bob', last_name: 'Roe', email: 'bob.roe@acme.com', job_title: 'Legal Assistant' };

const ROSTER = [
  'First Name,Last Name,Email,Job Title,Employment Status',
  'Ada,Lovelace,ada@acme.example,Account Executive,Active',
  'Sam,Lee,sam.lee@acme.example,Account Executive,Active',
  'Maria,Gomez,maria.gomez@acme.example,Account Executive,Active',
  'Chris,Walker,chris.walker@acme.example,Sales Engineer,Terminated',
  'Priya,Patel,priya.patel@acme.example,Sales Manager,Active',
  'Jordan,Blake,jordan.blake@acme.example,Head of Revenue,Active',
].join('\n');

const NEW_HIRES = [
  'First Name,Last Name,Email,Job Title',
  'Ada,Lovelace,ada@acme.example,Account Executive',
  'Sam,Lee,SAM.LEE@acme.example,Sales Development Representative',
  'Alan,Turing,alan@acme.example,Sales Engineer',
].join('\n');

/** A draft made the way an admin does: the file imported on the drafts page, whose tab then closes. */
async function importDraft(session: ExtensionSession, name: string, csv: string): Promise<void> {
  const { page } = await importIntoEditor(session, { name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.close();
}

async function selectDraft(panel: FrameLocator, draftName: string): Promise<void> {
  const select = panel.getByTestId('draft-select');
  await expect.poll(() => select.locator('option').count()).toBeGreaterThan(0);
  const value = await select.locator('option', { hasText: draftName }).first().getAttribute('value');
  await select.selectOption(value!);
}

async function openWithDraft(session: ExtensionSession, path: string, draftName: string): Promise<{ mos: Page; panel: FrameLocator }> {
  const mos = await session.context.newPage();
  await mos.goto(`${session.demoOrigin}${path}`);
  const panel = mos.frameLocator(PANEL);
  await selectDraft(panel, draftName);
  return { mos, panel };
}

describe('the mOS page built four ways', () => {
  const sessionOf = useInviteSession();
  beforeAll(async () => {
    await importDraft(sessionOf(), 'roster.csv', ROSTER);
    await importDraft(sessionOf(), 'new-hires.csv', NEW_HIRES);
  });

  it.each(PAGES)('%s: single invite from the popup: Manager, a seat and a program are really set, and the page submits exactly them', async (path) => {
    const { mos, popup } = await openMosWithPopup(sessionOf(), path);
    await typePerson(popup, { ...jane, permissions: 'Manager' });
    await popup.check('[name=mos_opportunity]');
    await popup.check('[name=course_enrollments][value=meddicc-value-program]');
    await popup.click('[data-testid=invite-now]');
    expect(await reportOf(popup)).toEqual({
      kind: 'ok',
      text: 'The mOS invite form now holds Jane Doe. Check it on the page, then press Invite Member there.',
    });
    expect(await invitedOn(mos)).toEqual([]);
    await mos.bringToFront();
    await mos.getByRole('dialog', { name: 'Invite Members' }).getByRole('button', { name: 'Invite Member', exact: true }).click();
    await waitForMockEvents(mos, 1);
    expect(await invitedOn(mos)).toEqual([
      { ...jane, permissions: 'Manager', product_access: ['mOS Enable', 'mOS Opportunity'], programs: ['MEDDICC Value Program'] },
    ]);
  });

  it.each(PAGES)('%s: multiple invite from the popup: one form each, and Invite Member pressed for the admin', async (path) => {
    const { mos, popup } = await openMosWithPopup(sessionOf(), path);
    await typePerson(popup, { ...jane, permissions: 'Manager' });
    await popup.check('[name=course_enrollments][value=meddpicc-masterclass]');
    await popup.check('[name=course_enrollments][value=value-pyramid-program]');
    await popup.click('[data-testid=add-member]');
    await typePerson(popup, { ...bob, permissions: 'Administrator' });
    await popup.uncheck('[name=course_enrollments][value=meddpicc-masterclass]');
    await popup.uncheck('[name=course_enrollments][value=value-pyramid-program]');
    await popup.uncheck('[name=mos_enable]');
    await popup.check('[data-testid=press-invite-member]');
    await popup.click('[data-testid=invite-now]');

    expect(await reportOf(popup)).toEqual({ kind: 'ok', text: 'Invited 2 people. mOS now lists them as Pending invitation.' });
    expect(await invitedOn(mos)).toEqual([
      { ...jane, permissions: 'Manager', product_access: ['mOS Enable'], programs: ['MEDDPICC Masterclass', 'MEDDICC Value Pyramid Program'] },
      { ...bob, permissions: 'Administrator', product_access: [], programs: [] },
    ]);
  });

  it.each(PAGES)('%s: the panel reads every member for roster sync, then delivers Import CSV into the page’s upload box', async (path) => {
    const { mos, panel } = await openWithDraft(sessionOf(), path, 'roster.csv');
    const items = panel.locator('[data-testid=sync-report] > [data-email]');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    const statuses = Object.fromEntries(await items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-email'), e.getAttribute('data-sync-status')])));
    expect(statuses).toEqual({
      'ada@acme.example': 'new',
      'sam.lee@acme.example': 'changed',
      'maria.gomez@acme.example': 'member',
      'chris.walker@acme.example': 'leaver',
      'priya.patel@acme.example': 'member',
      'jordan.blake@acme.example': 'member',
      'nina.petrova@acme.example': 'leaver',
    });
    expect(await panel.locator('[data-email="sam.lee@acme.example"]').textContent()).toContain('job title: "Sales Development Representative" in mOS');
    // Nina's Billing Status shows Deactivate: she is read as already inactive.
    expect(await panel.locator('[data-email="nina.petrova@acme.example"]').textContent()).toContain('already inactive');
    // Maria is under 10% progress.
    expect(await panel.getByTestId('seat-recovery').locator('[data-email]').evaluateAll((els) => els.map((e) => e.getAttribute('data-email')))).toEqual([
      'maria.gomez@acme.example',
    ]);

    await selectDraft(panel, 'new-hires.csv');
    // Sam Lee is already a member.
    await expect.poll(() => panel.getByTestId('plan-to-import').textContent()).toBe('2');
    await panel.getByTestId('send-to-mos').click();
    await waitForMockEvents(mos, 1);
    const received = await mos.evaluate(() => (window as any).mosMock.received as { text: string }[]);
    expect(received).toHaveLength(1);
    const [header, ...lines] = received[0]!.text.split('\n');
    expect(header).toBe(MOS_HEADER);
    expect(lines.map((line) => line.split(',').slice(1, 4).join(','))).toEqual(['Ada,Lovelace,ada@acme.example', 'Alan,Turing,alan@acme.example']);
    // Said in the panel, which steps aside to its launcher while the page's Import dialog is open.
    await expect.poll(() => panel.locator('[role=status]').textContent()).toContain('press Import');
    await expect.poll(() => panel.getByTestId('panel-toggle').getAttribute('aria-expanded')).toBe('false');

    await mos.bringToFront();
    await mos.getByRole('dialog', { name: 'Import CSV' }).getByRole('button', { name: 'Import', exact: true }).click();
    await waitForMockEvents(mos, 2);
    expect(await mos.evaluate(() => (window as any).mosMock.imported.map((r: { email: string }) => r.email))).toEqual(['ada@acme.example', 'alan@acme.example']);
  });
});
