import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { demoPeople, emailsOf, exportThroughPopup, type DemoPerson } from './support/export-table';

/** Every person once, with their name split and their job title; in the page's order unless `anyOrder`. */
function expectExactly(records: readonly Record<string, string>[], people: readonly DemoPerson[], { anyOrder = false } = {}): void {
  const got = records.map((r) => [r.email, `${r.first_name} ${r.last_name}`, r.job_title].join(' | '));
  const want = people.map((p) => [p.email, p.name, p.title].join(' | '));
  if (anyOrder) expect([...got].sort()).toEqual([...want].sort());
  else expect(got).toEqual(want);
  expect(new Set(emailsOf(records)).size).toBe(records.length);
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

  it('reads a card directory grouped under department headings, leaving out placeholder cards and Reports to lines', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/org-cards.html`);
    const people = await demoPeople(hr);
    const { popup, records } = await exportThroughPopup(session, hr);
    expect(await popup.locator('[data-testid=table-candidate]').first().getAttribute('data-rows')).toBe(String(people.length));
    // Each group's lead has no "Reports to" line: the export may hold such rows back a moment, so they can come later.
    expectExactly(records, people, { anyOrder: true });
  });

  it('reads a div grid whose column menus, chooser and tooltip float in portals, past its hidden column', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/menu-grid.html`);
    const people = await demoPeople(hr);
    const { popup, records } = await exportThroughPopup(session, hr);
    const first = popup.locator('[data-testid=table-candidate]').first();
    expect(await first.textContent()).not.toContain('Employee ID');
    expectExactly(records, people);
    // Nothing from the floating layers is offered as a table.
    const labels = await popup.locator('[data-testid=table-candidate]').allTextContents();
    expect(labels.join('\n')).not.toMatch(/Sort ascending|Single select/);
  });
});
