import { readFile } from 'node:fs/promises';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { draftOfCsv } from './support/editor';

const PANEL = '[data-testid=mos-import-panel]';

const ROSTER = [
  'First Name,Last Name,Email,Job Title,Employment Status',
  'Ada,Lovelace,ada@acme.example,Account Executive,Active',
  'Sam,Lee,sam.lee@acme.example,Account Executive,Active',
  'Maria,Gomez,maria.gomez@acme.example,Account Executive,Active',
  'Chris,Walker,chris.walker@acme.example,Sales Engineer,Terminated',
  'Priya,Patel,priya.patel@acme.example,Sales Manager,Active',
  'Jordan,Blake,jordan.blake@acme.example,Head of Revenue,Active',
  'Tom,Becker,tom.becker@acme.example,Account Executive,Terminated',
].join('\n');

async function syncStatuses(panel: FrameLocator): Promise<Record<string, string>> {
  const items = panel.locator('[data-testid=sync-report] > [data-email]');
  await expect.poll(() => items.count()).toBeGreaterThan(0);
  const pairs = await items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-email'), e.getAttribute('data-sync-status')]));
  return Object.fromEntries(pairs);
}

/** `page` is the mock mOS app and its query, such as "mos-mui/?signedInAs=…" (Jordan Blake is signed in unless it says). */
async function openMos(session: ExtensionSession, draftName: string, page = 'mos/'): Promise<{ mos: Page; panel: FrameLocator }> {
  const mos = await session.context.newPage();
  await mos.goto(`${session.demoOrigin}/${page}`);
  const panel = mos.frameLocator(PANEL);
  const select = panel.getByTestId('draft-select');
  await expect.poll(() => select.locator('option').count()).toBeGreaterThan(0);
  const value = await select.locator('option', { hasText: draftName }).first().getAttribute('value');
  await select.selectOption(value!);
  return { mos, panel };
}

describe('roster sync in the mOS panel', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
    await draftOfCsv(session, 'roster-every-case.csv', ROSTER);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reports every person exactly as expected, with seats to recover and no guard', async () => {
    const { panel } = await openMos(session, 'roster-every-case.csv');
    expect(await syncStatuses(panel)).toEqual({
      'ada@acme.example': 'new',
      'sam.lee@acme.example': 'changed',
      'maria.gomez@acme.example': 'member',
      'chris.walker@acme.example': 'leaver',
      'priya.patel@acme.example': 'member',
      'jordan.blake@acme.example': 'member',
      'nina.petrova@acme.example': 'leaver',
    });
    const sam = panel.locator('[data-email="sam.lee@acme.example"]');
    expect(await sam.textContent()).toContain('job title: "Sales Development Representative" in mOS, "Account Executive" in the roster');
    expect(await panel.locator('[data-email="chris.walker@acme.example"]').textContent()).toContain('Terminated in the roster');
    expect(await panel.locator('[data-email="nina.petrova@acme.example"]').textContent()).toContain('already inactive');
    // Maria is under 10% progress: her programs can be unassigned and her Enable seat freed.
    expect(await panel.getByTestId('seat-recovery').locator('[data-email]').evaluateAll((els) => els.map((e) => e.getAttribute('data-email')))).toEqual([
      'maria.gomez@acme.example',
    ]);
    expect(await panel.getByTestId('sync-kept').textContent()).toContain('Kept with the draft');
    // One of five active members leaves: 20% is not more than 20%, so no guard.
    expect(await panel.getByTestId('sync-guard').count()).toBe(0);

    await panel.getByTestId('sync-filter-leaver').click();
    expect(Object.keys(await syncStatuses(panel))).toEqual(['chris.walker@acme.example', 'nina.petrova@acme.example']);

    const [download] = await Promise.all([
      panel.locator('body').page().waitForEvent('download'),
      panel.getByTestId('sync-download').click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toBe('status,email,name,reason,mos_status,billing_status,progress');
    expect(csv).toContain('leaver,chris.walker@acme.example,Chris Walker,Terminated in the roster,active,Active,100%');
  });

  it('demands confirmation before listing a mass deactivation, then points at each Billing Status', async () => {
    await draftOfCsv(session, 'partial-export.csv', 'First Name,Last Name,Email,Job Title\nSam,Lee,sam.lee@acme.example,Sales Development Representative');
    // Sam is signed in here, so Jordan, the administrator, is among the leavers offered for deactivation.
    const { mos, panel } = await openMos(session, 'partial-export.csv', 'mos/?signedInAs=sam.lee@acme.example');
    const guard = panel.getByTestId('sync-guard');
    await guard.waitFor();
    expect(await guard.textContent()).toContain('This would deactivate 4 of 5 active members (80%)');
    // The guard stands above the checklist: nobody is listed before the admin confirms.
    const checklist = panel.getByTestId('leaver-checklist');
    expect(await checklist.locator('[data-leaver-email]').count()).toBe(0);
    await panel.getByTestId('sync-guard-confirm').check();
    const jordan = checklist.locator('[data-leaver-email="jordan.blake@acme.example"]');
    // Jordan is the organisation's administrator: the list warns before anyone deactivates them.
    expect(await jordan.getByTestId('sync-admin-leaver').textContent()).toContain('also ends their administrator access');
    expect(await checklist.locator('[data-leaver-email="chris.walker@acme.example"]').getByTestId('sync-admin-leaver').count()).toBe(0);
    await jordan.getByRole('button', { name: 'Show Jordan Blake in the page' }).click();
    const billing = mos.getByRole('combobox', { name: 'Billing Status for Jordan Blake' });
    await expect.poll(() => billing.evaluate((el) => (el as HTMLElement).style.outline)).toContain('solid');
    // Nothing is deactivated for the admin.
    expect(await billing.inputValue()).toBe('Active');
  });

  it.each(['mos/', 'mos-mui/'])('marks the admin the %s page shows as signed in "you", and never offers them for deactivation', async (page) => {
    const { mos, panel } = await openMos(session, 'partial-export.csv', page);
    await panel.getByTestId('sync-guard-confirm').check();
    const jordan = panel.locator('[data-email="jordan.blake@acme.example"]');
    await expect.poll(() => jordan.getAttribute('data-you')).toBe('true');
    expect(await jordan.getAttribute('data-sync-status')).toBe('leaver');
    expect(await jordan.getByTestId('sync-you').textContent()).toBe('you');
    // Not on the checklist of people to deactivate; the other leavers are, unticked.
    const checklist = panel.getByTestId('leaver-checklist');
    expect(await checklist.locator('[data-leaver-email="jordan.blake@acme.example"]').count()).toBe(0);
    const chris = checklist.locator('[data-leaver-email="chris.walker@acme.example"]');
    expect(await chris.getByRole('button', { name: 'Show Chris Walker in the page' }).count()).toBe(1);
    expect(await chris.getByRole('checkbox').isChecked()).toBe(false);
    await mos.close();
  });

  it('agrees with the file on who is new when mOS holds someone under another email', async () => {
    // Priya is in mOS as priya.patel@…; the roster has her new address. Inviting her again would make a second account.
    await draftOfCsv(session, 'moved-email.csv', 'First Name,Last Name,Email,Job Title\nPriya,Patel,priya.p@acme-new.example,Sales Manager\nAda,Lovelace,ada@acme.example,Account Executive');
    const { panel } = await openMos(session, 'moved-email.csv');
    expect(await syncStatuses(panel)).toMatchObject({ 'priya.patel@acme.example': 'changed', 'ada@acme.example': 'new' });
    expect(await panel.locator('[data-email="priya.patel@acme.example"]').textContent()).toContain('priya.p@acme-new.example');
    await expect.poll(() => panel.getByTestId('plan-to-import').textContent()).toBe('1');
    expect(await panel.getByTestId('plan-other-email').textContent()).toContain('Priya Patel (priya.p@acme-new.example; in mOS: priya.patel@acme.example)');
    expect(await panel.getByTestId('sync-add-new').textContent()).toBe('Put the new person in a draft');
  });

  it('puts the new people into a draft of their own with one click', async () => {
    const { panel } = await openMos(session, 'roster-every-case.csv');
    await expect.poll(() => panel.getByTestId('sync-add-new').isEnabled()).toBe(true);
    await panel.getByTestId('sync-add-new').click();
    await expect.poll(() => panel.getByTestId('draft-select').locator('option:checked').textContent()).toContain('New hires from');
    await expect.poll(() => panel.getByTestId('plan-to-import').textContent()).toBe('1');
  });
});
