import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Frame, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { ExtensionSession } from './extension';

export interface DemoPerson {
  email: string;
  name: string;
  title: string;
}

/** The people the demo page generated, in the order it shows them. */
export async function demoPeople(where: Page | Frame): Promise<DemoPerson[]> {
  await where.waitForFunction(() => Array.isArray((window as unknown as { demoPeople?: unknown }).demoPeople));
  return where.evaluate(() =>
    (window as unknown as { demoPeople: DemoPerson[] }).demoPeople.map(({ email, name, title }) => ({ email, name, title })),
  );
}

export interface ExportRun {
  popup: Page;
  editor: Page;
  csv: string;
  /** The CSV's rows as objects keyed by the template's columns. */
  records: Record<string, string>[];
}

/** Waits for the popup to list the page's tables; returns how many. */
export async function waitForCandidates(popup: Page): Promise<number> {
  const candidates = popup.locator('[data-testid=table-candidate]');
  await expect.poll(() => candidates.count()).toBeGreaterThan(0);
  return candidates.count();
}

export async function downloadCsv(editor: Page): Promise<{ csv: string; records: Record<string, string>[] }> {
  await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
  const [download] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  const records = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return { csv, records };
}

/** Resolves with the editor tab an export opens when it ends. */
export function editorOpened(session: ExtensionSession): Promise<Page> {
  return session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/editor.html?draft='), timeout: inject('slowJobMs') });
}

/**
 * Starts exporting the demo's slow endless list (`list` is its query, such as "rows=400&delay=300") and waits
 * until the popup's progress shows at least `rows`: read (`data-rows`) or written by the background (`data-kept`).
 */
export async function exportUnderWay(
  session: ExtensionSession,
  { list, rows, counted = 'data-rows' }: { list: string; rows: number; counted?: 'data-rows' | 'data-kept' },
): Promise<{ hr: Page; popup: Page; people: DemoPerson[] }> {
  const hr = await session.context.newPage();
  await hr.goto(`${session.demoOrigin}/hr/infinite.html?${list}`);
  const people = await demoPeople(hr);
  const popup = await session.openPopupFor(hr);
  await waitForCandidates(popup);
  await popup.click('[data-testid=export-table]');
  await hr.bringToFront();
  const progress = popup.locator('[data-testid=export-progress]');
  await expect.poll(() => progress.getAttribute(counted).then(Number), { timeout: inject('waitMs') }).toBeGreaterThanOrEqual(rows);
  return { hr, popup, people };
}

/**
 * Exports a page's table through the automation surface: the popup acting on the page's tab,
 * `export-table` (the best table, or the one picked), the editor it opens, and `download-csv`.
 * The toolbar popup floats over the tab it reads, which stays in front; so does the page here.
 */
export async function exportThroughPopup(session: ExtensionSession, page: Page, options: { pick?: number } = {}): Promise<ExportRun> {
  const popup = await session.openPopupFor(page);
  await waitForCandidates(popup);
  if (options.pick !== undefined) await popup.locator('[data-testid=table-candidate] input[type=radio]').nth(options.pick).check();
  const [editor] = await Promise.all([
    editorOpened(session),
    popup.click('[data-testid=export-table]').then(() => page.bringToFront()),
  ]);
  const { csv, records } = await downloadCsv(editor);
  return { popup, editor, csv, records };
}

export function emailsOf(records: readonly Record<string, string>[]): string[] {
  return records.map((r) => r.email ?? '');
}
