import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForMockEvents, type ExtensionSession } from './support/extension';
import { employeesOnPage } from './support/hr-page';

const HEADER = 'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments';

async function memberEmailsOnMos(page: Page): Promise<string[]> {
  return page.$$eval('table', (tables) => {
    const table = tables.find((t) => /email/i.test(t.tHead?.textContent ?? ''))!;
    const col = Array.from(table.tHead!.rows[0]!.cells).findIndex((c) => /email/i.test(c.textContent ?? ''));
    return Array.from(table.tBodies[0]!.rows, (row) => row.cells[col]!.textContent!.trim().toLowerCase());
  });
}

describe('walking skeleton: HR table → draft → CSV → mOS Import CSV box', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('exports the HR table, downloads the exact CSV, and hands the mOS page the same people minus existing members', async () => {
    const { context } = session;
    const hr = await context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/directory.html`);
    const employees = await employeesOnPage(hr);
    expect(employees.length).toBeGreaterThan(5);

    const popup = await session.openPopupFor(hr);
    const candidates = popup.locator('[data-testid=table-candidate]');
    await expect.poll(() => candidates.count()).toBeGreaterThanOrEqual(2);
    expect(await candidates.first().getAttribute('data-rows')).toBe(String(employees.length));

    const [editor] = await Promise.all([
      context.waitForEvent('page', (p) => p.url().includes('/editor.html?draft=')),
      popup.click('[data-testid=export-table]'),
    ]);
    await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
    expect(await editor.locator('[data-testid=draft-rows] tbody tr').count()).toBe(employees.length);

    const [download] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    // People the page marks as terminated are left out by default; contractors stay in.
    const terminated = employees.filter((e) => e.status === 'Terminated');
    expect(terminated.length).toBeGreaterThan(0);
    const invited = employees.filter((e) => e.status !== 'Terminated');
    const expectedLines = invited.map(
      (e, i) => `EXT${String(i + 1).padStart(5, '0')},${e.first},${e.last},${e.email.toLowerCase()},${e.title},TRUE,FALSE,`,
    );
    expect(csv).toBe([HEADER, ...expectedLines].join('\n'));

    const mos = await context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const existing = new Set(await memberEmailsOnMos(mos));
    const overlapping = invited.filter((e) => existing.has(e.email.toLowerCase()));
    expect(overlapping.length).toBeGreaterThan(0);

    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await expect.poll(() => panel.locator('[data-testid=draft-select] option').count()).toBe(1);
    await expect.poll(() => panel.locator('[data-testid=plan-to-import]').textContent()).toBe(
      String(invited.length - overlapping.length),
    );
    await panel.locator('[data-testid=send-to-mos]').click();
    await waitForMockEvents(mos, 1);

    const received = await mos.evaluate(() => (window as any).mosMock.received as { name: string; text: string }[]);
    expect(received).toHaveLength(1);
    expect(received[0]!.name).toMatch(/\.csv$/);
    // Same people, same user_ids as the download, with existing members and pending invitations left out.
    const keptLines = expectedLines.filter((_, i) => !existing.has(invited[i]!.email.toLowerCase()));
    expect(received[0]!.text).toBe([HEADER, ...keptLines].join('\n'));
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('press Import');

    // The admin presses the page's own Import: the mock accepts the file as pending invitations.
    await mos.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
    await waitForMockEvents(mos, 2);
    const pending = await mos.locator('table tbody tr', { hasText: 'Pending invitation' }).count();
    expect(pending).toBeGreaterThanOrEqual(keptLines.length);
    // The panel sees them show up as invited, and marks the draft's people with the time.
    await expect
      .poll(() => panel.getByTestId('plan-invited').textContent())
      .toContain(`${keptLines.length} of this draft seen in mOS as invited`);
  });
});
