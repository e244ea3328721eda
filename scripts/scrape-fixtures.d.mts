// Types of the plain JS fixture saver, for the E2E test that checks the fixtures against the demo.
import type { Page } from 'playwright-core';

export interface ScrapeFixture {
  name: string;
  page: string;
  prepare?: { scrollTop?: { selector: string; to: number } };
}
export const FIXTURE_DIR: string;
export const SCRAPE_FIXTURES: readonly ScrapeFixture[];
export function normalisedMarkup(html: string): string;
export function savedBody(name: string): string;
export function renderedPage(page: Page, origin: string, fixture: ScrapeFixture): Promise<{ head: string; body: string }>;
