import type { FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';

const PANEL = '[data-testid=mos-import-panel]';
const MOCKS = ['/mos/', '/mos-mui/'];

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function panelBox(page: Page): Promise<Box> {
  return (await page.locator(PANEL).boundingBox())!;
}

/** Every Billing Status control of the member table the admin can see now (scrolled into its own view). */
async function billingBoxes(page: Page): Promise<Box[]> {
  const controls = page.getByRole('combobox', { name: /^Billing Status for / });
  const boxes: Box[] = [];
  for (const control of await controls.all()) {
    await control.scrollIntoViewIfNeeded();
    boxes.push((await control.boundingBox())!);
  }
  return boxes;
}

async function expectClearOf(page: Page, boxes: Box[]) {
  const panel = await panelBox(page);
  for (const box of boxes) expect(overlap(panel, box), `panel ${JSON.stringify(panel)} over ${JSON.stringify(box)}`).toBe(false);
}

const toggle = (panel: FrameLocator): Locator => panel.getByTestId('panel-toggle');

describe('the mOS panel keeps out of the page it serves', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(MOCKS)('on %s: open or shut, never over a Billing Status control, and shut while a page dialog is open', async (path) => {
    const mos = await session.context.newPage();
    await mos.setViewportSize({ width: 1280, height: 800 });
    await mos.goto(`${session.demoOrigin}${path}`);
    const panel = mos.frameLocator(PANEL);
    await toggle(panel).waitFor();
    await expect.poll(async () => (await panelBox(mos)).height).toBe(800);
    expect(await toggle(panel).getAttribute('aria-expanded')).toBe('true');
    const billing = await billingBoxes(mos);
    expect(billing.length).toBeGreaterThan(3);
    await expectClearOf(mos, billing);

    // A page dialog: the sheet shuts to its launcher before the admin can reach the dialog's buttons, off its box.
    await mos.getByRole('button', { name: 'Import CSV' }).first().click();
    const dialog = mos.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(async () => (await panelBox(mos)).width).toBeLessThan(60);
    await expect.poll(() => toggle(panel).getAttribute('aria-expanded')).toBe('false');
    await expectClearOf(mos, [(await dialog.boundingBox())!]);
    expect(await toggle(panel).getAttribute('title')).toContain('dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await panelBox(mos)).width).toBeGreaterThan(300);
    await expect.poll(() => toggle(panel).getAttribute('aria-expanded')).toBe('true');

    // Folded by the admin: the launcher at the edge, clear of the table too.
    await toggle(panel).click();
    await expect.poll(async () => (await panelBox(mos)).width).toBeLessThan(60);
    expect(await toggle(panel).getAttribute('aria-expanded')).toBe('false');
    await expectClearOf(mos, await billingBoxes(mos));
    await toggle(panel).click();
    await expect.poll(() => toggle(panel).getAttribute('aria-expanded')).toBe('true');
    await mos.close();
  });

  it('takes on a dark page\'s look, and a light page\'s again', async () => {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const theme = () => mos.frameLocator(PANEL).locator('html').getAttribute('data-theme');
    await expect.poll(theme).toBe('light');
    await mos.evaluate(() => {
      for (const el of [document.documentElement, document.body, ...document.querySelectorAll('main, main *')]) (el as HTMLElement).style.background = '#111418';
    });
    await expect.poll(theme).toBe('dark');
    const background = () => mos.frameLocator(PANEL).locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(await background()).toBe('rgb(22, 26, 32)');
    await mos.evaluate(() => {
      for (const el of [document.documentElement, document.body, ...document.querySelectorAll('main, main *')]) (el as HTMLElement).style.background = '';
    });
    await expect.poll(theme).toBe('light');
    await mos.close();
  });
});
