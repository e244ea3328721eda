import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMockEvents } from './support/extension';
import { dialogForms, invitedOn, openMosWithPopup, reportOf, selectedTab, typePerson, useInviteSession } from './support/invite';

const FIELDS = ['First Name', 'Last Name', 'Email Address', 'Job Title'];
const HEADER = 'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments';

const jane = { first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@acme.com', job_title: 'Engineer II' };
const bob = { first_name: 'Bob', last_name: 'Roe', email: 'bob.roe@acme.com', job_title: 'Legal Assistant' };
const pat = { first_name: 'Pat', last_name: 'Lee', email: 'pat.lee@acme.com', job_title: '' };

/** Member emails as the React/MUI grid shows them. */
async function gridEmails(page: Page): Promise<string[]> {
  return page.$$eval('[role=grid] [role=row]', (rows) => {
    const header = rows[0]!;
    const col = Array.from(header.querySelectorAll('[role=columnheader]')).findIndex((c) => /email/i.test(c.textContent ?? ''));
    return rows.slice(1).map((row) => row.querySelectorAll('[role=gridcell]')[col]!.textContent!.trim().toLowerCase());
  });
}

describe('invites from the popup into the React/MUI mOS page (aria-labelledby, div buttons, portals, controlled inputs)', () => {
  const sessionOf = useInviteSession();
  const openMos = (search = '') => openMosWithPopup(sessionOf(), `/mos-mui/${search}`);

  it('single invite with seats and programs: the values survive the page’s re-renders and are exactly what it submits', async () => {
    const { mos, popup } = await openMos();
    await typePerson(popup, { ...jane, permissions: 'Administrator' });
    await popup.check('[name=mos_opportunity]');
    await popup.check('[name=course_enrollments][value=meddicc-value-program]');
    await popup.click('[data-testid=invite-now]');
    expect(await reportOf(popup)).toEqual({
      kind: 'ok',
      text: 'The mOS invite form now holds Jane Doe. Check it on the page, then press Invite Member there.',
    });

    const dialog = mos.getByRole('dialog', { name: 'Invite Members' });
    expect(await selectedTab(dialog)).toBe('Add Single Member');
    // The page re-renders from its state several times a second: a value it did not take would be gone.
    await mos.waitForTimeout(700);
    expect(await dialogForms(dialog, FIELDS)).toEqual([[jane.first_name, jane.last_name, jane.email, jane.job_title]]);
    expect(await dialog.getByRole('combobox', { name: /Permissions/ }).textContent()).toBe('Administrator');
    expect(await invitedOn(mos)).toEqual([]);

    await dialog.getByRole('button', { name: 'Invite Member' }).click();
    await waitForMockEvents(mos, 1);
    expect(await invitedOn(mos)).toEqual([
      { ...jane, permissions: 'Administrator', product_access: ['mOS Enable', 'mOS Opportunity'], programs: ['MEDDICC Value Program'] },
    ]);
  });

  it('multiple invite: one form each through the page’s Add Member, and the option presses Invite Member', async () => {
    const { mos, popup } = await openMos();
    await typePerson(popup, jane);
    await popup.check('[name=course_enrollments][value=meddpicc-masterclass]');
    await popup.check('[name=course_enrollments][value=value-pyramid-program]');
    await popup.click('[data-testid=add-member]');
    // Programs carry over to the next person; this one gets none and no Enable seat.
    await typePerson(popup, { ...bob, permissions: 'Administrator' });
    await popup.uncheck('[name=course_enrollments][value=meddpicc-masterclass]');
    await popup.uncheck('[name=course_enrollments][value=value-pyramid-program]');
    await popup.uncheck('[name=mos_enable]');
    await popup.click('[data-testid=add-member]');
    await typePerson(popup, { ...pat, permissions: 'Member' });
    await popup.check('[name=mos_enable]');
    await popup.check('[data-testid=press-invite-member]');
    await popup.click('[data-testid=invite-now]');

    expect(await reportOf(popup)).toEqual({ kind: 'ok', text: 'Invited 3 people. mOS now lists them as Pending invitation.' });
    expect(await invitedOn(mos)).toEqual([
      { ...jane, permissions: 'Member', product_access: ['mOS Enable'], programs: ['MEDDPICC Masterclass', 'MEDDICC Value Pyramid Program'] },
      { ...bob, permissions: 'Administrator', product_access: [], programs: [] },
      { ...pat, permissions: 'Member', product_access: ['mOS Enable'], programs: [] },
    ]);
    expect(await gridEmails(mos)).toEqual(expect.arrayContaining([jane.email, bob.email, pat.email]));
  });

  it('multiple invite on the classic form (no Product Access or Program(s)), left for the admin to send', async () => {
    const { mos, popup } = await openMos('?fields=classic');
    await typePerson(popup, jane);
    await popup.click('[data-testid=add-member]');
    await typePerson(popup, bob);
    await popup.click('[data-testid=invite-now]');
    expect((await reportOf(popup)).kind).toBe('ok');
    const dialog = mos.getByRole('dialog', { name: 'Invite Members' });
    expect(await selectedTab(dialog)).toBe('Add Multiple Members');
    expect(await dialogForms(dialog, FIELDS)).toEqual([
      [jane.first_name, jane.last_name, jane.email, jane.job_title],
      [bob.first_name, bob.last_name, bob.email, bob.job_title],
    ]);
    await dialog.getByRole('button', { name: 'Invite Member' }).click();
    await waitForMockEvents(mos, 1);
    expect(await invitedOn(mos)).toEqual([
      { ...jane, permissions: 'Member' },
      { ...bob, permissions: 'Member' },
    ]);
  });

  it('runs the skeleton flow here too: HR export, the import panel, the file in the Import CSV drop box, the page’s Import', async () => {
    const session = sessionOf();
    const { context } = session;
    const hr = await context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/directory.html`);
    const popup = await session.openPopupFor(hr);
    const [editor] = await Promise.all([
      context.waitForEvent('page', (p) => p.url().includes('/editor.html?draft=')),
      popup.click('[data-testid=export-table]'),
    ]);
    await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
    const [download] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
    const lines = (await readFile((await download.path())!, 'utf8')).split('\n');
    expect(lines[0]).toBe(HEADER);

    const mos = await context.newPage();
    await mos.goto(`${session.demoOrigin}/mos-mui/`);
    const existing = new Set(await gridEmails(mos));
    const kept = lines.slice(1).filter((line) => !existing.has(line.split(',')[3]!));
    expect(kept.length).toBeLessThan(lines.length - 1);

    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await expect.poll(() => panel.locator('[data-testid=plan-to-import]').textContent()).toBe(String(kept.length));
    await panel.locator('[data-testid=send-to-mos]').click();
    await waitForMockEvents(mos, 1);
    const received = await mos.evaluate(() => (window as any).mosMock.received as { name: string; text: string }[]);
    expect(received.map((r) => r.text)).toEqual([[HEADER, ...kept].join('\n')]);
    // The panel stays while MUI's modal marks the rest of the page aria-hidden.
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('press Import');

    await mos.getByRole('dialog', { name: 'Import CSV' }).getByRole('button', { name: 'Import', exact: true }).click();
    await waitForMockEvents(mos, 2);
    expect(await mos.evaluate(() => (window as any).mosMock.imported.length)).toBe(kept.length);
    const pending = mos.locator('[role=grid] [role=row]', { hasText: 'Pending invitation' });
    expect(await pending.count()).toBeGreaterThanOrEqual(kept.length);
  });
});
