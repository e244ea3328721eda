import { readFile } from 'node:fs/promises';
import type { Download, Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from './extension';

export const MOS_HEADER = 'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments';

/** Opens the editor's start page and imports a file there; resolves with the new draft's page and id. */
export async function importIntoEditor(session: ExtensionSession, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl('editor.html'));
  await page.setInputFiles('input[type=file][data-testid=import-file]', file);
  // Playwright's waits take the suite's budget (see startSession).
  await page.waitForURL(/editor\.html\?draft=/);
  await page.waitForSelector('[data-testid=draft-rows] tbody tr');
  const draftId = new URL(page.url()).searchParams.get('draft')!;
  return { page, draftId };
}

/** A draft made from CSV text through the editor's file button, its page closed again; gives the draft's id. */
export async function draftOfCsv(session: ExtensionSession, name: string, csv: string): Promise<string> {
  const { page, draftId } = await importIntoEditor(session, { name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.close();
  return draftId;
}

/** The grid cell of a row (by its number in the draft, from 0) and column. */
export function cell(page: Page, rowIndex: number, column: string): Locator {
  return page.locator(`#cell-${rowIndex}-${column}`);
}

export function gridRow(page: Page, rowIndex: number): Locator {
  return page.locator(`[data-testid=draft-rows] tr[data-row="${rowIndex}"]`);
}

/** Makes a cell active with a click, leaving the focus on the grid for the keyboard. */
export async function activate(page: Page, rowIndex: number, column: string): Promise<void> {
  // The cell's corner: its middle may hold a checkbox or the programs button.
  await cell(page, rowIndex, column).click({ position: { x: 3, y: 3 } });
  await expect.poll(() => page.locator('[data-testid=draft-rows]').getAttribute('aria-activedescendant')).toBe(`cell-${rowIndex}-${column}`);
}

/** Waits until every change is saved. */
export async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^All changes saved/);
}

export async function download(page: Page, testId: string): Promise<{ name: string; text: string; download: Download }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8'), download: file };
}

/** Runs axe-core in the page and returns the serious and critical violations, described. */
export async function seriousAxeViolations(page: Page | Frame): Promise<string[]> {
  const source = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  // evaluate runs outside the extension page's script policy, as devtools would.
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Opens a card the editor folds to one line (`mapping-slot`, `left-out`), as the admin does by clicking the line. */
export async function openFold(page: Page, testId: string): Promise<void> {
  const fold = page.getByTestId(testId);
  if ((await fold.getAttribute('open')) === null) await page.getByTestId(`${testId}-toggle`).click();
  await expect.poll(() => fold.getAttribute('open')).not.toBeNull();
}
