// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://hr.example.com/people" }
import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_ATTRIBUTE } from './highlight';
import { MAX_LISTED_TABLES, PageAgent, type PortLike } from './page-agent';
import { setMarkup } from '../../../test/markup';
import { MAX_CRAWL_CELL_CHARS } from '../../page-messages';

interface FakePort extends PortLike {
  posted: { type: string; [key: string]: unknown }[];
  send(message: unknown): void;
  close(): void;
  disconnected: boolean;
}

function fakePort(name: string): FakePort {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port: FakePort = {
    name,
    posted: [],
    disconnected: false,
    postMessage: (m) => port.posted.push(m as FakePort['posted'][number]),
    disconnect: () => {
      port.disconnected = true;
    },
    onMessage: { addListener: (l) => onMessage.push(l) },
    onDisconnect: { addListener: (l) => onDisconnect.push(l) },
    send: (m) => onMessage.forEach((l) => l(m)),
    close: () => onDisconnect.forEach((l) => l()),
  };
  return port;
}

const PAGE = `
  <table id="people"><tr><th>Name</th><th>Email</th></tr>
    <tr><td>Jane Doe</td><td>jane@example.com</td></tr><tr><td>John Smith</td><td>john@example.com</td></tr></table>
  <table id="holidays"><tr><th>Holiday</th><th>Date</th></tr><tr><td>New Year</td><td>Jan 1</td></tr></table>`;

function agent() {
  const ports: FakePort[] = [];
  const a = new PageAgent(document, { connect: (name) => (ports.push(fakePort(name)), ports[ports.length - 1]!), progressEveryMs: 0 });
  return { agent: a, ports };
}

async function ended(port: FakePort) {
  for (let i = 0; i < 200 && !port.posted.some((m) => m.type === 'crawl/end'); i++) await new Promise((r) => setTimeout(r, 10));
  return port.posted;
}

afterEach(() => {
  setMarkup(document.body, '');
});

describe('PageAgent', () => {
  it('lists the tables best first, as plain data that crosses into the extension', () => {
    setMarkup(document.body, PAGE);
    document.title = 'People';
    const listed = agent().agent.list();
    expect(listed.site).toBe('hr.example.com');
    expect(listed.tables.map((t) => [t.index, t.kind, t.rowCount, t.headers])).toEqual([
      [0, 'table', 2, ['Name', 'Email']],
      [1, 'table', 1, ['Holiday', 'Date']],
    ]);
    expect(structuredClone(listed)).toEqual(listed);
  });

  it('lists at most the 200 best tables of a page with more, and says how many there are', () => {
    const filler = Array.from({ length: 250 }, (_, i) => `<table><tr><th>Key ${i}</th><th>Value</th></tr><tr><td>k</td><td>${i}</td></tr></table>`).join('');
    setMarkup(document.body, PAGE + filler);
    const listed = agent().agent.list();
    expect(listed.tables).toHaveLength(MAX_LISTED_TABLES);
    expect(listed.tables[0]!.headers).toEqual(['Name', 'Email']);
    // Every table, and possibly the run of alike tables read as one list besides.
    expect(listed.found).toBeGreaterThanOrEqual(252);
    setMarkup(document.body, PAGE);
    expect(agent().agent.list().found).toBeUndefined();
  });

  it('reads every row of the named table and streams hello, begin, rows and end over its port', async () => {
    setMarkup(document.body, PAGE);
    const { agent: a, ports } = agent();
    const { tables } = a.list();
    expect(a.handleCommand({ type: 'crawl/start', crawlId: 'crawl-0001', table: { index: 0, signature: tables[0]!.signature } })).toEqual({ ok: true });
    const posted = await ended(ports[0]!);
    expect(ports[0]!.name).toBe('roster-crawl');
    expect(posted[0]).toEqual({ type: 'crawl/hello', crawlId: 'crawl-0001' });
    expect(posted[1]).toMatchObject({ type: 'crawl/begin', site: 'hr.example.com', kind: 'table' });
    expect(posted.filter((m) => m.type === 'crawl/rows').flatMap((m) => m.rows as string[][])).toEqual([
      ['Jane Doe', 'jane@example.com'],
      ['John Smith', 'john@example.com'],
    ]);
    expect(posted[posted.length - 1]).toMatchObject({ type: 'crawl/end', end: 'complete', rows: 2, headers: ['Name', 'Email'] });
    expect(ports[0]!.disconnected).toBe(true);
  });

  it('clips each cell it sends to what the crawl port takes, so one huge cell cannot lose its chunk', async () => {
    const huge = 'x'.repeat(150_000);
    setMarkup(document.body, `<table><tr><th>Name</th><th>Email</th><th>Notes</th></tr>
      <tr><td>Jane Doe</td><td>jane@example.com</td><td>${huge}</td></tr><tr><td>John Smith</td><td>john@example.com</td><td>ok</td></tr></table>`);
    const { agent: a, ports } = agent();
    const { tables } = a.list();
    a.handleCommand({ type: 'crawl/start', crawlId: 'crawl-0003', table: { index: 0, signature: tables[0]!.signature } });
    const rows = (await ended(ports[0]!)).filter((m) => m.type === 'crawl/rows').flatMap((m) => m.rows as string[][]);
    expect(rows).toHaveLength(2);
    expect(rows[0]![2]!.length).toBeLessThanOrEqual(MAX_CRAWL_CELL_CHARS);
    expect(rows[0]![2]!.startsWith('xxx')).toBe(true);
    expect(rows[1]).toEqual(['John Smith', 'john@example.com', 'ok']);
  });

  it('finds the named table again by its signature when the page changed since it was listed', async () => {
    setMarkup(document.body, PAGE);
    const { agent: a, ports } = agent();
    const signature = a.list().tables[1]!.signature;
    setMarkup(document.body, `<p>New banner</p>${PAGE}`);
    expect(a.handleCommand({ type: 'crawl/start', crawlId: 'crawl-0002', table: { index: 1, signature } })).toEqual({ ok: true });
    const posted = await ended(ports[0]!);
    expect(posted.filter((m) => m.type === 'crawl/rows').flatMap((m) => m.rows as string[][])).toEqual([['New Year', 'Jan 1']]);
  });

  it('refuses malformed requests, a table that is gone, and a second export at once', () => {
    setMarkup(document.body, PAGE);
    const { agent: a } = agent();
    a.list();
    expect(a.handleCommand({ type: 'crawl/start', crawlId: 'x', table: { index: 0 } })).toEqual({ ok: false, error: 'Malformed request.' });
    expect(a.handleCommand({ type: 'crawl/start', crawlId: 'crawl-0003', table: { index: 5, signature: 'table|nothing' } })).toMatchObject({ ok: false });
    const start = { type: 'crawl/start', crawlId: 'crawl-0004', table: { nearest: true } };
    expect(a.handleCommand(start)).toEqual({ ok: true });
    expect(a.handleCommand({ ...start, crawlId: 'crawl-0005' })).toEqual({ ok: false, error: 'This table is already being exported.' });
  });

  it('stops when the background says so, or when its port closes', async () => {
    setMarkup(document.body, `<section>${PAGE}<button id="next">Next</button></section>`);
    // A Next that never answers keeps the crawl waiting until it is stopped.
    const { agent: a, ports } = agent();
    const { tables } = a.list();
    a.handleCommand({ type: 'crawl/start', crawlId: 'crawl-0006', table: { index: 0, signature: tables[0]!.signature } });
    await new Promise((r) => setTimeout(r, 300));
    ports[0]!.send({ type: 'crawl/stop' });
    const posted = await ended(ports[0]!);
    expect(posted[posted.length - 1]).toMatchObject({ type: 'crawl/end', end: 'stopped', rows: 2 });
  });

  it('outlines the table the popup picks, and removes the outline when the popup goes', () => {
    setMarkup(document.body, PAGE);
    const { agent: a } = agent();
    a.list();
    const popup = fakePort('roster-highlight');
    a.acceptHighlightPort(popup);
    popup.send({ type: 'highlight/show', index: 1 });
    expect(document.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`)).toHaveLength(1);
    popup.send({ type: 'highlight/show', index: 0 });
    expect(document.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`)).toHaveLength(1);
    popup.send({ type: 'highlight/show', index: '<img src=x>' });
    popup.close();
    expect(document.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it("labels the outline in the popup's words, and in English when the popup sends none", () => {
    setMarkup(document.body, PAGE);
    const { agent: a } = agent();
    const listed = a.list();
    const popup = fakePort('roster-highlight');
    a.acceptHighlightPort(popup);
    // The outline's closed shadow root, which the page itself could not get.
    const attach = Element.prototype.attachShadow;
    const roots: ShadowRoot[] = [];
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    };
    try {
      popup.send({ type: 'highlight/show', index: 0, label: 'Mitarbeitende (2 Zeilen)' });
      popup.send({ type: 'highlight/show', index: 0 });
    } finally {
      Element.prototype.attachShadow = attach;
    }
    expect(roots.map((root) => root.textContent)).toEqual([
      expect.stringContaining('Roster Sync · Mitarbeitende (2 Zeilen)'),
      expect.stringContaining(`Roster Sync · ${listed.tables[0]!.label}`),
    ]);
  });
});
