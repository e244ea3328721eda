import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/editor';
import { openMosWithPopup, reportOf, typePerson, useInviteSession } from './support/invite';

/** Browsers cap an extension popup at 600 px; it is 380 px wide. */
const POPUP = { width: 380, height: 600 };

/** How tall the popup would be, and whether its main action shows without scrolling the page. */
async function measure(popup: Page, mainAction: string): Promise<{ height: number; actionInView: boolean }> {
  return popup.evaluate((selector) => {
    const action = document.querySelector(selector)!.getBoundingClientRect();
    return { height: document.documentElement.scrollHeight, actionInView: action.top >= 0 && action.bottom <= 600 };
  }, mainAction);
}

const TEN = Array.from({ length: 10 }, (_, i) => `Person ${i + 1} <person.${i + 1}@acme.example>, Account Executive`).join('\n');

describe('the invite popup fits a browser popup in every state', () => {
  const sessionOf = useInviteSession();
  const open = async (scheme: 'light' | 'dark' = 'light') => {
    const opened = await openMosWithPopup(sessionOf(), '/mos/');
    await opened.popup.setViewportSize(POPUP);
    await opened.popup.emulateMedia({ colorScheme: scheme });
    return opened;
  };

  it('empty, one person, ten people, the "already in mOS" choice and after filling: at most 600 px, the main action in view', async () => {
    const { popup } = await open();
    expect(await measure(popup, '[data-testid=invite-now]')).toEqual({ height: 600, actionInView: true });

    await typePerson(popup, { first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@acme.com', job_title: 'Engineer II' });
    await popup.click('[data-testid=add-member]');
    await popup.locator('[data-testid=queued-person]').first().waitFor();
    expect(await measure(popup, '[data-testid=invite-now]')).toEqual({ height: 600, actionInView: true });

    await popup.locator('.paste summary').click();
    await popup.fill('[data-testid=paste-people]', TEN);
    await popup.click('[data-testid=add-pasted]');
    await expect.poll(() => popup.locator('[data-testid=queued-person]').count()).toBe(11);
    expect(await measure(popup, '[data-testid=invite-now]')).toEqual({ height: 600, actionInView: true });
    // One scroll area: the list does not scroll on its own inside it.
    const scrollers = await popup.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY)).length,
    );
    expect(scrollers).toBe(1);

    // Priya Patel has a pending invitation on the demo page.
    await typePerson(popup, { first_name: 'Priya', last_name: 'Patel', email: 'priya.patel@acme.example', job_title: '' });
    await popup.click('[data-testid=add-member]');
    await popup.click('[data-testid=invite-now]');
    await popup.getByTestId('existing-warning').waitFor();
    expect(await measure(popup, '[data-testid=leave-out-all]')).toEqual({ height: 600, actionInView: true });
    expect(await measure(popup, '[data-testid=invite-anyway]')).toEqual({ height: 600, actionInView: true });
    expect(await seriousAxeViolations(popup)).toEqual([]);

    await popup.click('[data-testid=leave-out-all]');
    expect((await reportOf(popup)).kind).toBe('ok');
    const after = await measure(popup, '[data-testid=fill-report]');
    expect(after.height).toBeLessThanOrEqual(600);
    expect(after.actionInView).toBe(true);
  });

  it('says nobody is left to invite when everyone on the list is already in mOS', async () => {
    const { popup } = await open();
    await typePerson(popup, { first_name: 'Priya', last_name: 'Patel', email: 'priya.patel@acme.example', job_title: '' });
    await popup.click('[data-testid=invite-now]');
    const leaveOut = popup.getByTestId('leave-out-all');
    expect(await leaveOut.textContent()).toBe('Leave them out (nobody left to invite)');
    await leaveOut.click();
    await expect.poll(() => popup.getByTestId('invite-notice').textContent()).toBe('Nobody left to invite: everyone on the list is already in mOS.');
    expect(await popup.getByTestId('fill-report').count()).toBe(0);
  });

  it.each(['light', 'dark'] as const)('%s: the invite form with people on the list passes axe', async (scheme) => {
    const { popup } = await open(scheme);
    await typePerson(popup, { first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@acme.com', job_title: 'Engineer II' });
    await popup.click('[data-testid=add-member]');
    await typePerson(popup, { first_name: 'Priya', last_name: 'Patel', email: 'priya.patel@acme.example', job_title: '' });
    await popup.getByTestId('existing-note').waitFor();
    expect(await seriousAxeViolations(popup)).toEqual([]);
  });
});
