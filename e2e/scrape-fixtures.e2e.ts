import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDemoServer } from '../scripts/demo-server.mjs';
import { SCRAPE_FIXTURES, normalisedMarkup, renderedPage, savedBody } from '../scripts/scrape-fixtures.mjs';

/** The scraper's unit tests read saved copies of the demo HR pages: each must still be what the demo draws. */
describe('the saved demo pages the scraper is unit-tested on', () => {
  let browser: Browser;
  let page: Page;
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  beforeAll(async () => {
    [browser, demo] = await Promise.all([
      chromium.launch({ executablePath: inject('chromePath'), args: ['--no-sandbox', '--disable-gpu'] }),
      startDemoServer(),
    ]);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it.each(SCRAPE_FIXTURES)('$name matches demo/$page as drawn (else run node scripts/scrape-fixtures.mjs)', async (fixture) => {
    const saved = normalisedMarkup(savedBody(fixture.name));
    expect(saved).toContain('@');
    const { body } = await renderedPage(page, demo.origin, fixture);
    expect(normalisedMarkup(body)).toBe(saved);
  });
});
