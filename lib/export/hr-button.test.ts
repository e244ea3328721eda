import { describe, expect, it } from 'vitest';
import type { PageTables } from '../messages';
import { handleHrButtonMessage, type HrButtonDeps } from './hr-button';

const TABLES: PageTables = {
  site: 'acme.bamboohr.com',
  title: 'Employees',
  tables: [
    { index: 2, kind: 'table', label: 'Employees', headers: ['Name', 'Email'], rowCount: 12, signature: 'name|email', samples: [] },
    { index: 0, kind: 'table', label: 'Holidays', headers: ['Date'], rowCount: 3, signature: 'date', samples: [] },
  ],
} as unknown as PageTables;

function deps(started: unknown[] = [], tables: PageTables = TABLES): HrButtonDeps {
  return {
    extensionId: 'ext',
    grantedPatterns: async () => ['https://acme.bamboohr.com/*'],
    listTables: async () => tables,
    startExport: async (tabId, table) => void started.push({ tabId, table }),
  };
}

const FROM_HR = { id: 'ext', frameId: 0, tab: { id: 7, url: 'https://acme.bamboohr.com/employees' } };

describe('the HR site button in the background', () => {
  it('points the button at the most employee-like table', async () => {
    expect(await handleHrButtonMessage({ type: 'hr/locate' }, FROM_HR, deps())).toEqual({
      ok: true,
      table: { index: 2, signature: 'name|email', label: 'Employees' },
    });
    expect(await handleHrButtonMessage({ type: 'hr/locate' }, FROM_HR, deps([], { ...TABLES, tables: [] }))).toEqual({ ok: true, table: null });
  });

  it('starts the same export as the popup, for the tab that asked', async () => {
    const started: unknown[] = [];
    const table = { index: 2, signature: 'name|email' };
    expect(await handleHrButtonMessage({ type: 'hr/export', table }, FROM_HR, deps(started))).toEqual({ ok: true, started: true });
    expect(started).toEqual([{ tabId: 7, table }]);
  });

  it('serves only our own script in the top frame of a granted HR site', async () => {
    const started: unknown[] = [];
    const request = { type: 'hr/export', table: { index: 0, signature: 'x' } };
    const refused = [
      { ...FROM_HR, id: 'another-extension' },
      { ...FROM_HR, frameId: 3 },
      { id: 'ext', frameId: 0 },
      { ...FROM_HR, tab: { id: 7, url: 'https://evil.example/employees' } },
    ];
    for (const sender of refused) expect(await handleHrButtonMessage(request, sender, deps(started))).toMatchObject({ ok: false });
    expect(started).toEqual([]);
  });

  it('leaves other messages to other listeners, and refuses malformed ones', async () => {
    expect(await handleHrButtonMessage({ type: 'mos/invitations-seen', emails: [] }, FROM_HR, deps())).toBeUndefined();
    expect(await handleHrButtonMessage({ type: 'hr/export', table: { index: -1, signature: 'x' } }, FROM_HR, deps())).toBeUndefined();
  });
});
