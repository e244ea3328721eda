import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { demoPeople, emailsOf, exportThroughPopup, type DemoPerson } from './support/export-table';

/** Every person once, in the page's order, with their name split and their job title. */
function expectExactly(records: readonly Record<string, string>[], people: readonly DemoPerson[]): void {
  expect(emailsOf(records)).toEqual(people.map((p) => p.email));
  expect(records.map((r) => `${r.first_name} ${r.last_name}`)).toEqual(people.map((p) => p.name));
  expect(records.map((r) => r.job_title)).toEqual(people.map((p) => p.title));
}

describe('exporting people from the shapes HR and CRM products draw them in', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads a CRM users table whose cell stacks initials, name, badge and email, through a Next that swaps the body late', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/crm-users.html`);
    const people = await demoPeople(hr);
    const { popup, records } = await exportThroughPopup(session, hr);
    const first = popup.locator('[data-testid=table-candidate]').first();
    expect(await first.getAttribute('data-kind')).toBe('table');
    expectExactly(records, people);
    // Badges and initials are not part of anyone's name.
    expect(records.map((r) => r.last_name).join(' ')).not.toMatch(/Admin|Owner|You|Pending/);
  });
});
