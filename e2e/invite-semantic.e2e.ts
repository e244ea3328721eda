import { describe, expect, it } from 'vitest';
import { waitForMockEvents } from './support/extension';
import { dialogForms, invitedOn, openMosWithPopup, queuedEmails, reportOf, selectedTab, typePerson, useInviteSession } from './support/invite';

const FIELDS = ['First Name', 'Last Name', 'Email Address', 'Job Title'];

const jane = { first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@acme.com', job_title: 'Engineer II' };
const bob = { first_name: 'Bob', last_name: 'Roe', email: 'bob.roe@acme.com', job_title: 'Legal Assistant' };
const pat = { first_name: 'Pat', last_name: 'Lee', email: 'pat.lee@acme.com', job_title: 'Account Executive' };

describe('invites from the popup into the semantic mOS page (<label for> fields, real buttons)', () => {
  const sessionOf = useInviteSession();
  const openMos = (search = '') => openMosWithPopup(sessionOf(), `/mos/${search}`);

  it('single invite: invite-now fills Add Single Member, leaves Invite Member to the admin, and the page submits exactly that person', async () => {
    const { mos, popup } = await openMos();
    expect(await popup.locator('main').getAttribute('data-mode')).toBe('invite');
    await typePerson(popup, { ...jane, permissions: 'Member' });
    await popup.click('[data-testid=invite-now]');
    expect(await reportOf(popup)).toEqual({
      kind: 'ok',
      text: 'The mOS invite form now holds Jane Doe. Check it on the page, then press Invite Member there.',
    });

    const dialog = mos.getByRole('dialog', { name: 'Invite Members' });
    expect(await selectedTab(dialog)).toBe('Add Single Member');
    expect(await dialogForms(dialog, FIELDS)).toEqual([[jane.first_name, jane.last_name, jane.email, jane.job_title]]);
    expect(await dialog.getByLabel('Permissions').inputValue()).toBe('Member');
    expect(await invitedOn(mos)).toEqual([]);

    await dialog.getByRole('button', { name: 'Invite Member' }).click();
    await waitForMockEvents(mos, 1);
    expect(await invitedOn(mos)).toEqual([{ ...jane, permissions: 'Member' }]);
    // The person left the popup's list once the page held them.
    expect(await popup.inputValue('[name=email]')).toBe('');
  });

  it('multiple invite: queued people go into Add Multiple Members, one form each, and the option presses Invite Member', async () => {
    const { mos, popup } = await openMos();
    await typePerson(popup, jane);
    await popup.click('[data-testid=add-member]');
    await typePerson(popup, { ...bob, permissions: 'Administrator' });
    await popup.click('[data-testid=add-member]');
    expect(await queuedEmails(popup)).toEqual([jane.email, bob.email]);
    await typePerson(popup, { ...pat, permissions: 'Member' });
    await popup.check('[data-testid=press-invite-member]');
    await popup.click('[data-testid=invite-now]');
    expect(await reportOf(popup)).toEqual({ kind: 'ok', text: 'Invited 3 people. mOS now lists them as Pending invitation.' });
    expect(await invitedOn(mos)).toEqual([
      { ...jane, permissions: 'Member' },
      { ...bob, permissions: 'Administrator' },
      { ...pat, permissions: 'Member' },
    ]);
    const pendingRows = mos.locator('table tbody tr', { hasText: 'Pending invitation' });
    expect(await pendingRows.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(bob.email)]));
    expect(await queuedEmails(popup)).toEqual([]);
  });

  it('warns before inviting someone already in mOS: leave them out, or go on and hear the page refuse', async () => {
    const { mos, popup } = await openMos();
    await typePerson(popup, { first_name: 'Priya', last_name: 'Patel', email: 'Priya.Patel@acme.example', job_title: 'Sales Manager' });
    // Warned as soon as the address is typed: Priya has a pending invitation.
    expect(await popup.locator('[data-testid=existing-note]').textContent()).toBe('Priya Patel has a pending invitation in mOS.');
    await popup.click('[data-testid=add-member]');
    await typePerson(popup, jane);
    await popup.click('[data-testid=invite-now]');
    const warning = popup.locator('[data-testid=existing-warning]');
    await warning.waitFor();
    expect(await warning.locator('[data-testid=existing-person]').evaluateAll((li) => li.map((l) => l.getAttribute('data-email')))).toEqual([
      'priya.patel@acme.example',
    ]);
    expect(await mos.getByRole('dialog').count()).toBe(0);

    // The safe choice is the main button, and has the focus; inviting anyway is the secondary one.
    const leaveOutAll = warning.getByTestId('leave-out-all');
    await expect.poll(() => leaveOutAll.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await leaveOutAll.getAttribute('class')).toBeNull();
    expect(await warning.getByTestId('invite-anyway').getAttribute('class')).toContain('secondary');
    await leaveOutAll.click();
    expect((await reportOf(popup)).kind).toBe('ok');
    const dialog = mos.getByRole('dialog', { name: 'Invite Members' });
    expect(await dialogForms(dialog, FIELDS)).toEqual([[jane.first_name, jane.last_name, jane.email, jane.job_title]]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await typePerson(popup, { first_name: 'Sam', last_name: 'Lee', email: 'sam.lee@acme.example', job_title: '' });
    await popup.check('[data-testid=press-invite-member]');
    await popup.click('[data-testid=invite-now]');
    await popup.click('[data-testid=invite-anyway]');
    expect(await reportOf(popup)).toEqual({
      kind: 'error',
      text: 'mOS did not send the invitation: “Member 1: sam.lee@acme.example is already a member of your organization.” Check the form on the page.',
    });
    expect(await invitedOn(mos)).toEqual([]);
  });

  it('sets Product Access and Program(s) on the newer form, and the page submits exactly them', async () => {
    const { mos, popup } = await openMos('?fields=extended');
    await typePerson(popup, jane);
    await popup.check('[name=mos_opportunity]');
    await popup.check('[name=course_enrollments][value=meddpicc-masterclass]');
    await popup.check('[name=course_enrollments][value=Meddicc-go-live-plan]');
    await popup.click('[data-testid=add-member]');
    await typePerson(popup, bob);
    await popup.uncheck('[name=mos_enable]');
    await popup.uncheck('[name=mos_opportunity]');
    await popup.uncheck('[name=course_enrollments][value=meddpicc-masterclass]');
    await popup.uncheck('[name=course_enrollments][value=Meddicc-go-live-plan]');
    await popup.click('[data-testid=invite-now]');
    expect((await reportOf(popup)).kind).toBe('ok');
    const dialog = mos.getByRole('dialog', { name: 'Invite Members' });
    expect(await selectedTab(dialog)).toBe('Add Multiple Members');
    await dialog.getByRole('button', { name: 'Invite Member' }).click();
    await waitForMockEvents(mos, 1);
    expect(await invitedOn(mos)).toEqual([
      { ...jane, permissions: 'Member', product_access: ['mOS Enable', 'mOS Opportunity'], programs: ['MEDDPICC Masterclass', 'MEDDICC Go Live Plan'] },
      { ...bob, permissions: 'Member', product_access: [], programs: [] },
    ]);
  });

  it('says why programs cannot go through the classic form, and presses nothing', async () => {
    const { mos, popup } = await openMos();
    await typePerson(popup, pat);
    await popup.check('[name=course_enrollments][value=value-pyramid-program]');
    await popup.check('[data-testid=press-invite-member]');
    await popup.click('[data-testid=invite-now]');
    expect((await reportOf(popup)).kind).toBe('error');
    const problems = popup.locator('[data-testid=fill-problem]');
    expect(await problems.evaluateAll((li) => li.map((l) => `${l.getAttribute('data-email')} ${l.getAttribute('data-field')}`))).toEqual([
      'pat.lee@acme.com programs',
    ]);
    expect(await problems.first().textContent()).toContain('use Import CSV');
    expect(await invitedOn(mos)).toEqual([]);
    // Nobody is lost: Pat is still in the form.
    expect(await popup.inputValue('[name=email]')).toBe(pat.email);
  });
});
