// The scraper's unit tests read the demo HR pages as rendered, saved in lib/sources/page/fixtures. This script
// saves them again from the demo (`node scripts/scrape-fixtures.mjs`); an E2E test checks they still match.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemoServer } from './demo-server.mjs';
import { findBrowser } from './find-browser.mjs';

export const FIXTURE_DIR = fileURLToPath(new URL('../lib/sources/page/fixtures/', import.meta.url));

/** Each fixture: the demo page it shows, and what is done to the page before it is saved. */
export const SCRAPE_FIXTURES = [
  // Scrolled so the virtualised grid shows rows 40 to 72, neither its first nor its last.
  { name: 'aggrid', page: 'hr/aggrid.html?rows=200', prepare: { scrollTop: { selector: '#viewport', to: 2100 } } },
  { name: 'bamboo', page: 'hr/bamboo.html?rows=9' },
  { name: 'cards', page: 'hr/cards.html?rows=6' },
  { name: 'hubspot', page: 'hr/hubspot.html?rows=30' },
  { name: 'infinite', page: 'hr/infinite.html?rows=5&batch=5' },
  { name: 'mui', page: 'hr/mui.html?rows=30' },
  { name: 'salesforce', page: 'hr/salesforce.html?rows=8' },
  { name: 'workday', page: 'hr/workday.html?rows=30' },
  { name: 'crm-users', page: 'hr/crm-users.html?rows=12' },
  { name: 'org-cards', page: 'hr/org-cards.html?rows=12' },
  { name: 'menu-grid', page: 'hr/menu-grid.html?rows=8' },
];

/** Markup compared as the parser reads it: comments dropped, whitespace between and in tags collapsed. */
export const normalisedMarkup = (html) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim();

/** The body a saved fixture holds. */
export function savedBody(name) {
  const html = readFileSync(path.join(FIXTURE_DIR, `${name}.html`), 'utf8');
  return /<body[\s\S]*<\/body>/i.exec(html)?.[0] ?? '';
}

/**
 * Opens the fixture's demo page and gives its head's and body's markup once drawn: scripts left out, and
 * open shadow roots written as declarative ones, which the tests' document attaches again.
 */
export async function renderedPage(page, origin, fixture) {
  await page.goto(`${origin}/${fixture.page}`);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => Array.isArray(window.demoPeople));
  const scroll = fixture.prepare?.scrollTop;
  if (scroll) {
    await page.locator(scroll.selector).evaluate((element, to) => (element.scrollTop = to), scroll.to);
    await page.waitForFunction(({ selector, to }) => document.querySelector(selector)?.scrollTop === to, scroll);
  }
  // Two frames: whatever the page draws after a scroll or a late batch is in.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    const copy = (node) => {
      const clone = node.cloneNode(false);
      if (node.shadowRoot) {
        const template = document.createElement('template');
        template.setAttribute('shadowrootmode', node.shadowRoot.mode);
        for (const child of node.shadowRoot.childNodes) template.content.appendChild(copy(child));
        clone.appendChild(template);
      }
      for (const child of node.childNodes) if (child.nodeName !== 'SCRIPT') clone.appendChild(copy(child));
      return clone;
    };
    return { head: copy(document.head).innerHTML, body: copy(document.body).outerHTML };
  });
}

async function saveAll() {
  const demo = await startDemoServer();
  const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    for (const fixture of SCRAPE_FIXTURES) {
      const { head, body } = await renderedPage(page, demo.origin, fixture);
      // The blank lines the scripts stood on go too.
      const tidy = body.replace(/\s*<\/body>$/, '\n</body>');
      const saved = `<!-- Saved from demo/${fixture.page} after it rendered; scripts removed. -->\n<html><head>${head}</head>\n${tidy}</html>\n`;
      writeFileSync(path.join(FIXTURE_DIR, `${fixture.name}.html`), saved);
      console.log(`Saved lib/sources/page/fixtures/${fixture.name}.html`);
    }
  } finally {
    await browser.close();
    await demo.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  saveAll().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
