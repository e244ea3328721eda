import { describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageTables } from '../messages';
import { EXPORT_COMMAND, exportBestTable, exportCommandHandler } from './command';

const candidate = (index: number, signature: string) => ({ index, signature, kind: 'table' as const, label: `t${index}`, headers: [], rowCount: 3 });

function fakeService(tables: PageTables['tables']) {
  return {
    listTables: vi.fn(async () => ({ site: 'hr.example', title: 'Directory', tables })),
    start: vi.fn(async () => undefined),
  };
}

describe('the export keyboard command', () => {
  it('exports the best-ranked table of the tab', async () => {
    const service = fakeService([candidate(2, 'people'), candidate(0, 'holidays')]);
    expect(await exportBestTable(service, 7)).toBe(true);
    expect(service.start).toHaveBeenCalledWith(7, { index: 2, signature: 'people' });
  });

  it('does nothing on a page without a table', async () => {
    const service = fakeService([]);
    expect(await exportBestTable(service, 7)).toBe(false);
    expect(service.start).not.toHaveBeenCalled();
  });

  it('answers only its own command, on the tab the command came from', async () => {
    const service = fakeService([candidate(1, 'people')]);
    const handle = exportCommandHandler(fakeBrowser as unknown as typeof browser, service);
    expect(await handle('something-else', { id: 3 })).toBe(false);
    expect(await handle(EXPORT_COMMAND, { id: 3 })).toBe(true);
    expect(service.start).toHaveBeenCalledWith(3, { index: 1, signature: 'people' });
  });

  it('treats a page the browser will not let us read as nothing to export', async () => {
    const service = { listTables: vi.fn(async () => Promise.reject(new Error('Cannot access a chrome:// URL'))), start: vi.fn() };
    const handle = exportCommandHandler(fakeBrowser as unknown as typeof browser, service);
    expect(await handle(EXPORT_COMMAND, { id: 3 })).toBe(false);
  });
});
