// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://hr.example.com/people" }
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crawlPortMessageSchema, pageTablesSchema } from '../messages';
import { describeOutcome } from '../sources/page/outcome';
import { MAX_LISTED_TABLES, PageAgent, type PortLike } from '../sources/page/page-agent';
import { appendMarkup, setMarkup } from '../../test/markup';

/**
 * Hostile pages, part of the hostile-input corpus: thousands of tables, pages that never stop
 * changing or never stop paging, and markup in cells. The page agent must list and export them
 * with bounded work, end with a message saying why, and never run the page's markup.
 */

interface Posted {
  type: string;
  [key: string]: unknown;
}

function recordingPort(name: string): PortLike & { posted: Posted[] } {
  const posted: Posted[] = [];
  return {
    name,
    posted,
    postMessage: (m) => posted.push(m as Posted),
    disconnect: () => undefined,
    onMessage: { addListener: () => undefined },
    onDisconnect: { addListener: () => undefined },
  };
}

const timers: ReturnType<typeof setInterval>[] = [];
const every = (ms: number, fn: () => void) => timers.push(setInterval(fn, ms));
const person = (i: number) => `<tr><td>Person ${i}</td><td>p${i}@example.com</td></tr>`;
const ROSTER = `<table id="roster"><thead><tr><th>Name</th><th>Email</th></tr></thead><tbody>${[1, 2, 3].map(person).join('')}</tbody></table>`;

/** Exports the page's best table to the end and returns every message it sent, each checked against the port schema. */
async function exportBest(limits: Record<string, number> = {}) {
  const ports: ReturnType<typeof recordingPort>[] = [];
  const agent = new PageAgent(document, { connect: (name) => (ports.push(recordingPort(name)), ports.at(-1)!), progressEveryMs: 0 });
  const listed = agent.list();
  expect(pageTablesSchema.safeParse(listed).success).toBe(true);
  const best = listed.tables[0]!;
  expect(agent.handleCommand({ type: 'crawl/start', crawlId: 'crawl-hostile', table: { index: best.index, signature: best.signature }, limits })).toEqual({ ok: true });
  for (let i = 0; i < 3000 && !ports[0]?.posted.some((m) => m.type === 'crawl/end'); i++) await new Promise((r) => setTimeout(r, 10));
  const posted = ports[0]!.posted;
  for (const message of posted) expect(crawlPortMessageSchema.safeParse(message).success).toBe(true);
  const end = posted.at(-1)!;
  expect(end.type).toBe('crawl/end');
  const rows = posted.filter((m) => m.type === 'crawl/rows').flatMap((m) => m.rows as string[][]);
  const outcome = describeOutcome({
    end: end.end as never,
    rows: end.rows as number,
    pages: end.pages as number,
    limits: { maxRows: 50_000, maxPages: 500, maxMs: 15 * 60_000, ...limits },
  });
  return { listed, end, rows, outcome };
}

const canaryFired = () => (globalThis as { __hostileCanary?: unknown }).__hostileCanary !== undefined || (window as { __hostileCanary?: unknown }).__hostileCanary !== undefined;

beforeEach(() => {
  delete (window as { __hostileCanary?: unknown }).__hostileCanary;
});
afterEach(() => {
  timers.splice(0).forEach(clearInterval);
  setMarkup(document.body, '');
});

describe('hostile pages', () => {
  it('a page with 300 tables lists the best 200 as valid data, the roster first, and exports it', async () => {
    const filler = Array.from({ length: 300 }, (_, i) => `<table><tr><th>Key ${i}</th><th>Value</th></tr><tr><td>k</td><td>${i}</td></tr></table>`).join('');
    setMarkup(document.body, filler + ROSTER);
    const { listed, rows, end } = await exportBest();
    expect(listed.tables).toHaveLength(MAX_LISTED_TABLES);
    expect(listed.tables[0]!.headers).toEqual(['Name', 'Email']);
    expect(rows).toHaveLength(3);
    expect(end.end).toBe('complete');
  }, 60_000);

  it('a table of 1,500 columns with 5,000-character headers still leaves a listing the popup accepts', async () => {
    const wide = Array.from({ length: 1500 }, (_, i) => `<th>${'H'.repeat(5000)}${i}</th>`).join('');
    const cells = Array.from({ length: 1500 }, (_, i) => `<td>${i}</td>`).join('');
    setMarkup(document.body, `<table><tr>${wide}</tr><tr>${cells}</tr></table>${ROSTER}`);
    const { listed, rows } = await exportBest();
    expect(listed.tables.every((t) => t.headers.length <= 1000 && t.label.length <= 4096)).toBe(true);
    expect(rows).toHaveLength(3);
  }, 60_000);

  it('a page that appends rows forever stops at the row limit, says so, and keeps what it read', async () => {
    setMarkup(document.body, `<div><ul id="feed"></ul><button id="more">Load more</button></div>`);
    let next = 0;
    const add = (n: number) => {
      const list = document.getElementById('feed')!;
      for (let i = 0; i < n; i++, next++) appendMarkup(list, `<li><b>Person ${next}</b> <a href="mailto:p${next}@example.com">p${next}@example.com</a></li>`);
    };
    add(10);
    document.getElementById('more')!.addEventListener('click', () => setTimeout(() => add(10), 5));
    const { rows, end, outcome } = await exportBest({ maxRows: 60 });
    expect(end.end).toBe('row-limit');
    expect(rows).toHaveLength(60);
    expect(outcome.text).toMatch(/^Stopped at 60 rows, the most one export takes\. The 60 rows read so far are in the draft\./);
  }, 60_000);

  it('a page whose Next never runs out stops at the page limit and says so', async () => {
    setMarkup(document.body, `<section><div id="slot">${ROSTER}</div><button id="next">Next</button></section>`);
    let page = 0;
    document.getElementById('next')!.addEventListener('click', () =>
      setTimeout(() => {
        page++;
        setMarkup(document.querySelector('#roster tbody')!, [1, 2, 3].map((i) => person(page * 3 + i)).join(''));
      }, 5),
    );
    const { rows, end, outcome } = await exportBest({ maxPages: 4 });
    expect(end).toMatchObject({ end: 'page-limit', pages: 4 });
    expect(rows).toHaveLength(12);
    expect(outcome.text).toMatch(/^Stopped after 4 pages, the most one export follows\. The 12 rows read so far are in the draft\./);
  }, 60_000);

  it('a page that mutates endlessly around a still table (a ticking clock) still finishes', async () => {
    setMarkup(document.body, `<header><time id="clock">0</time></header>${ROSTER}`);
    let tick = 0;
    every(1, () => {
      document.getElementById('clock')!.textContent = String(++tick);
      document.body.setAttribute('data-tick', String(tick));
    });
    const { rows, end, outcome } = await exportBest({ maxMs: 20_000 });
    expect(['complete', 'time-limit']).toContain(end.end);
    expect(rows).toHaveLength(3);
    expect(outcome.text).toMatch(/3 rows/);
  }, 60_000);

  it('a table that re-renders its rows endlessly ends with a message and no row taken twice', async () => {
    setMarkup(document.body, ROSTER);
    every(2, () => {
      setMarkup(document.querySelector('#roster tbody')!, [1, 2, 3].map(person).join(''));
    });
    const { rows, end, outcome } = await exportBest({ maxMs: 20_000 });
    expect(new Set(rows.map((r) => r[1])).size).toBe(rows.length);
    expect(rows.length).toBeLessThanOrEqual(3);
    expect(outcome.text.length).toBeGreaterThan(10);
    expect(end.type).toBe('crawl/end');
  }, 60_000);

  it('script, event-handler and entity markup in cells is read as text and never runs', async () => {
    setMarkup(document.body, `<table><tr><th>Name</th><th>Email</th><th>Title</th></tr>
      <tr><td>Jane<script>window.__hostileCanary = 1</script></td><td>jane@example.com</td><td>&lt;img src=x onerror="window.__hostileCanary=1"&gt;</td></tr>
      <tr><td><svg><a>John</a></svg></td><td>john@example.com</td><td>&lt;script&gt;window.__hostileCanary=1&lt;/script&gt;</td></tr></table>`);
    const { rows, end } = await exportBest();
    expect(end.end).toBe('complete');
    expect(rows.map((r) => r[1])).toEqual(['jane@example.com', 'john@example.com']);
    expect(rows[0]![2]).toBe('<img src=x onerror="window.__hostileCanary=1">');
    expect(rows[1]![2]).toBe('<script>window.__hostileCanary=1</script>');
    expect(canaryFired()).toBe(false);
  }, 60_000);

  it('a cell spanning a million columns or rows is bounded', async () => {
    setMarkup(document.body, `<table><tr><th>Name</th><th>Email</th></tr>
      <tr><td colspan="1000000">Jane</td></tr><tr><td rowspan="0">John</td><td>john@example.com</td></tr></table>`);
    const { rows, end } = await exportBest();
    expect(end.end).toBe('complete');
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(1000);
  }, 60_000);
});
