import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { demoPeople, emailsOf, exportThroughPopup } from './support/export-table';

const CANARY = '__rosterSyncCanary';

async function canaryOf(page: Page): Promise<unknown> {
  return page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], CANARY);
}

describe('exporting HTML tables: odd header rows, pages, shadow roots, frames', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads a BambooHR-style directory: title, letter, spacer and totals rows skipped, every person once', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/bamboo.html`);
    const people = await demoPeople(hr);
    const { popup, records } = await exportThroughPopup(session, hr);
    expect(await popup.locator('[data-testid=table-candidate]').first().getAttribute('data-rows')).toBe(String(people.length));
    expect(emailsOf(records)).toEqual(people.map((p) => p.email));
  });

  it('follows a HubSpot-style pager to the last page, and page text stays text everywhere', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/hubspot.html`);
    const people = await demoPeople(hr);
    expect(people.length).toBeGreaterThan(25);
    const { popup, editor, records } = await exportThroughPopup(session, hr);
    expect(emailsOf(records)).toEqual(people.map((p) => p.email));
    await expect.poll(() => popup.locator('[data-testid=export-result]').getAttribute('data-tone')).toBe('ok');
    expect(await popup.locator('[data-testid=export-result]').textContent()).toContain('from 3 pages');

    // The job titles holding markup arrive as the very text the page showed.
    const hostile = people.filter((p) => p.title.includes('<'));
    expect(hostile.length).toBe(3);
    for (const person of hostile) {
      expect(records.find((r) => r.email === person.email)?.job_title).toBe(person.title);
    }
    await expect.poll(() => editor.getByText('<img src=x onerror', { exact: false }).count()).toBeGreaterThan(0);
    expect(await editor.locator('img[src="x"], svg[onload]').count()).toBe(0);
    for (const page of [hr, popup, editor]) expect(await canaryOf(page)).toBeUndefined();
  });

  it('reads a Lightning datatable inside a shadow root, taking truncated values whole and loading more as it scrolls', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/salesforce.html`);
    const people = await demoPeople(hr);
    const { popup, records } = await exportThroughPopup(session, hr);
    expect(Number(await popup.locator('[data-testid=table-candidate]').first().getAttribute('data-rows'))).toBeLessThan(people.length);
    // The addresses are cut short on screen ("…") and whole only in their title.
    expect(people.some((p) => p.email.length > 30)).toBe(true);
    expect(emailsOf(records)).toEqual(people.map((p) => p.email));
  });

  it('reads a table inside a same-origin frame, through its Next link', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/legacy.html`);
    const frame = hr.frame({ name: 'TargetContent' })!;
    const people = await demoPeople(frame);
    const { records } = await exportThroughPopup(session, hr);
    expect(emailsOf(records)).toEqual(people.map((p) => p.email));
  });

  it('shows the admin how many rows may be missing when a page fails to load', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/hubspot.html?failFrom=3`);
    const people = await demoPeople(hr);
    const { popup, editor, records } = await exportThroughPopup(session, hr);
    expect(emailsOf(records)).toEqual(people.slice(0, 50).map((p) => p.email));
    const result = popup.locator('[data-testid=export-result]');
    await expect.poll(() => result.getAttribute('data-end')).toBe('next-page-stuck');
    expect(await result.textContent()).toContain(`says there are ${people.length}`);
    await expect.poll(() => editor.locator('[data-testid=export-outcome]').textContent()).toContain('2 may be missing');
  });
});
