import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { demoPeople, emailsOf, exportThroughPopup } from './support/export-table';

describe('exporting lists without table semantics', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads a card list whose emails are only icon links to mailto:', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/cards.html`);
    const people = await demoPeople(hr);
    const { popup, records } = await exportThroughPopup(session, hr);
    const first = popup.locator('[data-testid=table-candidate]').first();
    expect(await first.getAttribute('data-rows')).toBe(String(people.length));
    expect(await first.textContent()).toContain('Email');
    expect(emailsOf(records)).toEqual(people.map((p) => p.email));
    // The line under each name reads as the job title; "View profile" is a control, not a column.
    expect(records.map((r) => r.job_title)).toEqual(people.map((p) => p.title));
    expect(await first.textContent()).not.toContain('View profile');
  });

  it('scrolls an infinite feed until it stops growing', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/infinite.html`);
    const people = await demoPeople(hr);
    const { records } = await exportThroughPopup(session, hr);
    expect(emailsOf(records)).toEqual(people.map((p) => p.email));
  });
});
