import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dialogForms, openWithPopup, pasteInto, queuedEmails, reportOf, typePerson, useInviteSession, waitForInviteForm } from './support/invite';

const HEADER = 'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments';
const FIELDS = ['First Name', 'Last Name', 'Email Address', 'Job Title'];

declare const chrome: { storage: { session: { clear(): Promise<void> } } };

async function downloadCsv(editor: Page): Promise<string> {
  const [download] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
  return readFile((await download.path())!, 'utf8');
}

describe('the popup: where the admin is, pasting, drafts and remembered choices', () => {
  const sessionOf = useInviteSession();
  const popupOn = (path: string) => openWithPopup(sessionOf(), path);

  it('fits where the admin is: export on an HR page, invites on My Organization, drafts anywhere else', async () => {
    const session = sessionOf();
    expect((await popupOn('/hr/directory.html')).mode).toBe('tables');
    expect((await popupOn('/mos/')).mode).toBe('invite');
    expect((await popupOn('/mos-mui/')).mode).toBe('invite');

    const dashboard = await popupOn('/mos/?view=dashboard');
    expect(dashboard.mode).toBe('elsewhere');
    expect(await dashboard.popup.locator('[data-testid=drafts-elsewhere]').textContent()).toContain('open My Organization in mOS');

    const editor = await session.context.newPage();
    await editor.goto(session.extensionUrl('editor.html'));
    await editor.setInputFiles('[data-testid=import-file]', new URL('./fixtures/mos-like.csv', import.meta.url).pathname);
    await editor.waitForURL(/draft=/);
    const draftId = new URL(editor.url()).searchParams.get('draft');

    const elsewhere = await popupOn('/help.html');
    expect(elsewhere.mode).toBe('elsewhere');
    const drafts = elsewhere.popup.locator('[data-testid=popup-draft]');
    await drafts.first().waitFor();
    expect(await drafts.getAttribute('data-draft-id')).toBe(draftId);
    expect(await drafts.locator('a').getAttribute('href')).toBe(session.extensionUrl(`editor.html?draft=${draftId}`));
    expect(await elsewhere.popup.locator('[data-testid=open-editor]').getAttribute('href')).toBe(session.extensionUrl('editor.html'));
  });

  it('reads pasted people: a line pasted into a field fills it, several lines and spreadsheet rows fill the list, and the page gets exactly them', async () => {
    const { page: mos, popup } = await popupOn('/mos-mui/?fields=classic');
    await waitForInviteForm(popup);
    await pasteInto(popup.locator('[name=first_name]'), 'Jane Doe <jane.doe@acme.com>, Engineer II');
    expect(await Promise.all(['first_name', 'last_name', 'email', 'job_title'].map((n) => popup.inputValue(`[name=${n}]`)))).toEqual([
      'Jane',
      'Doe',
      'jane.doe@acme.com',
      'Engineer II',
    ]);
    await popup.click('[data-testid=add-member]');

    await popup.click('.paste summary');
    await popup.fill('[data-testid=paste-people]', 'Roe, Bob <bob.roe@acme.com>; pat.lee@acme.com\nsomebody without an address\nJANE.DOE@acme.com');
    await popup.click('[data-testid=add-pasted]');
    const notice = popup.locator('[data-testid=invite-notice]');
    expect(await notice.textContent()).toContain('Added 2 people from the pasted text.');
    expect(await notice.textContent()).toContain('Line 2 (“somebody without an address”): no email address.');
    expect(await notice.textContent()).toContain('1 already on the list, not added again.');

    await popup.fill('[data-testid=paste-people]', 'First Name\tLast Name\tWork Email\tTitle\nAna\tRuiz\tana.ruiz@acme.com\tSDR\nChen\tBo\tbo.chen@acme.com\tCounsel');
    await popup.click('[data-testid=add-pasted]');
    expect(await queuedEmails(popup)).toEqual(['jane.doe@acme.com', 'bob.roe@acme.com', 'pat.lee@acme.com', 'ana.ruiz@acme.com', 'bo.chen@acme.com']);

    await popup.click('[data-testid=invite-now]');
    expect((await reportOf(popup)).text).toBe('The mOS invite form now holds 5 people. Check it on the page, then press Invite Member there.');
    expect(await dialogForms(mos.getByRole('dialog', { name: 'Invite Members' }), FIELDS)).toEqual([
      ['Jane', 'Doe', 'jane.doe@acme.com', 'Engineer II'],
      ['Bob', 'Roe', 'bob.roe@acme.com', ''],
      ['', '', 'pat.lee@acme.com', ''],
      ['Ana', 'Ruiz', 'ana.ruiz@acme.com', 'SDR'],
      ['Chen', 'Bo', 'bo.chen@acme.com', 'Counsel'],
    ]);
  });

  it('adds people to a new draft, then to that draft again, and the file is exactly them', async () => {
    const session = sessionOf();
    const { popup } = await popupOn('/mos/');
    await waitForInviteForm(popup);
    await typePerson(popup, { first_name: 'Jane', last_name: 'Doe', email: 'Jane.Doe@acme.com', job_title: 'Engineer II' });
    await popup.check('[name=course_enrollments][value=meddpicc-masterclass]');
    await popup.check('[name=course_enrollments][value=Meddicc-go-live-plan]');
    await popup.click('[data-testid=add-member]');
    await typePerson(popup, { first_name: 'Bob', last_name: 'Roe', email: 'bob.roe@acme.com', job_title: '=HYPERLINK("x")' });
    await popup.check('[name=mos_opportunity]');
    await popup.uncheck('[name=course_enrollments][value=meddpicc-masterclass]');
    await popup.uncheck('[name=course_enrollments][value=Meddicc-go-live-plan]');
    expect(await popup.inputValue('[data-testid=draft-target]')).toBe('new');
    await popup.click('[data-testid=add-to-draft]');
    const report = await reportOf(popup);
    // The draft is named with the day, as the browser's language writes it, the month as a word.
    expect(report.text).toMatch(/^Added 2 people to “Invites – (\d+ [A-Z][a-z]+|[A-Z][a-z]+ \d+,) \d{4}”\.$/);
    expect(await queuedEmails(popup)).toEqual([]);

    const [editor] = await Promise.all([
      session.context.waitForEvent('page', (p) => p.url().includes('editor.html?draft=')),
      popup.click('[data-testid=open-draft]'),
    ]);
    await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
    expect(await downloadCsv(editor)).toBe(
      [
        HEADER,
        'EXT00001,Jane,Doe,jane.doe@acme.com,Engineer II,TRUE,FALSE,"meddpicc-masterclass,Meddicc-go-live-plan"',
        `EXT00002,Bob,Roe,bob.roe@acme.com,"'=HYPERLINK(""x"")",TRUE,TRUE,`,
      ].join('\n'),
    );

    const draftId = new URL(editor.url()).searchParams.get('draft')!;
    await typePerson(popup, { first_name: 'Pat', last_name: 'Lee', email: 'pat.lee@acme.com', job_title: '' });
    await popup.selectOption('[data-testid=draft-target]', draftId);
    await popup.click('[data-testid=add-to-draft]');
    await popup.waitForSelector('[data-testid=fill-report] >> text=Added 1 person');
    // The editor already open on that draft shows the added person without being reloaded.
    await expect.poll(() => editor.locator('[data-testid=draft-rows] tbody tr').count()).toBe(3);
    expect(await editor.locator('[data-testid=draft-rows] tbody').textContent()).toContain('pat.lee@acme.com');
    expect((await downloadCsv(editor)).split('\n')[3]).toBe('EXT00003,Pat,Lee,pat.lee@acme.com,,TRUE,TRUE,');
  });

  it('remembers the last permissions, seats and programs, and keeps an unfinished list while the popup is closed', async () => {
    const session = sessionOf();
    const first = await popupOn('/mos/');
    await waitForInviteForm(first.popup);
    await typePerson(first.popup, { first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@acme.com', job_title: '', permissions: 'Administrator' });
    await first.popup.check('[name=course_enrollments][value=value-pyramid-program]');
    await first.popup.click('[data-testid=invite-now]');
    await reportOf(first.popup);
    await typePerson(first.popup, { first_name: 'Bob', last_name: 'Roe', email: 'bob.roe@acme.com', job_title: '' });
    await first.popup.click('[data-testid=add-member]');
    await first.popup.close();

    const again = await session.openPopupFor(first.page);
    await waitForInviteForm(again);
    expect(await queuedEmails(again)).toEqual(['bob.roe@acme.com']);

    // A browser restart forgets the people (session storage) but not the choices.
    await again.close();
    await session.serviceWorker.evaluate(() => chrome.storage.session.clear());
    const restarted = await session.openPopupFor(first.page);
    await waitForInviteForm(restarted);
    expect(await queuedEmails(restarted)).toEqual([]);
    expect(await restarted.inputValue('[name=permissions]')).toBe('Administrator');
    expect(await restarted.isChecked('[name=course_enrollments][value=value-pyramid-program]')).toBe(true);
    expect(await restarted.inputValue('[name=email]')).toBe('');
  });
});
