import { describe, expect, it } from 'vitest';
import type { CrawlRecord } from '../drafts/crawl-journal';
import type { ExportState, MessageSenderLike } from '../messages';
import type { SourceTable } from '../sources/source-table';
import { ExportService, compactCount, type ExportDeps, type ExportJournal, type ServicePort } from './service';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const TAB = 7;
const CRAWL = 'crawl-0001';
const PAGE_TABLES = { site: 'hr.example.com', title: 'People', tables: [] };

interface FakePort extends ServicePort {
  send(message: unknown): void;
  close(): void;
  posted: unknown[];
  disconnected: boolean;
}

function fakePort(name: string, sender: MessageSenderLike): FakePort {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port: FakePort = {
    name,
    sender,
    posted: [],
    disconnected: false,
    postMessage: (m) => port.posted.push(m),
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

const pageSender = (tab = TAB, frameId = 0): MessageSenderLike => ({ id: EXT, tab: { id: tab, url: 'https://hr.example.com/people' }, frameId, url: 'https://hr.example.com/people' });

function setUp(overrides: Partial<ExportDeps> = {}) {
  const saved: SourceTable[] = [];
  const opened: string[] = [];
  const outcomes: { draftId: string; text: string }[] = [];
  const sent: unknown[] = [];
  const states: ExportState[] = [];
  const deps: ExportDeps = {
    extensionId: EXT,
    injectAgent: async () => PAGE_TABLES,
    sendToTab: async (_tab, message) => (sent.push(message), { ok: true }),
    saveDraft: async (table) => (saved.push(table), { id: `draft-${saved.length}` }),
    openEditor: async (id) => void opened.push(id),
    rememberOutcome: async (draftId, outcome) => void outcomes.push({ draftId, text: outcome.text }),
    newId: () => CRAWL,
    helloTimeoutMs: 50,
    ...overrides,
  };
  const service = new ExportService(deps);
  service.watch(TAB, (state) => states.push(state));
  return { service, saved, opened, outcomes, sent, states, last: () => states[states.length - 1]! };
}

async function startedCrawl(service: ExportService) {
  await service.start(TAB, { index: 0, signature: 'table|name|email' });
  const port = fakePort('roster-crawl', pageSender());
  expect(service.acceptCrawlPort(port)).toBe(true);
  port.send({ type: 'crawl/hello', crawlId: CRAWL });
  port.send({ type: 'crawl/begin', site: 'hr.example.com', title: 'People', label: 'People (2 rows)', kind: 'table' });
  return port;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('ExportService', () => {
  it('asks the tab to read the table, collects the rows it streams, saves a draft and opens the editor', async () => {
    const { service, saved, opened, outcomes, sent, last } = setUp();
    const port = await startedCrawl(service);
    expect(sent).toEqual([{ type: 'crawl/start', crawlId: CRAWL, table: { index: 0, signature: 'table|name|email' }, limits: expect.any(Object) }]);
    port.send({ type: 'crawl/rows', rows: [['Jane', 'jane@example.com', '']] });
    port.send({ type: 'crawl/progress', rows: 2, page: 2, activity: 'next-page', statedTotal: 2 });
    expect(last()).toMatchObject({ phase: 'running', rows: 2, page: 2, activity: 'next-page' });
    port.send({ type: 'crawl/rows', rows: [['John', 'john@example.com']] });
    port.send({ type: 'crawl/end', end: 'complete', headers: ['Name', 'Email', 'Checkbox'], rows: 2, pages: 2, statedTotal: 2 });
    await settle();
    expect(saved).toEqual([
      {
        headers: ['Name', 'Email'],
        rows: [
          ['Jane', 'jane@example.com'],
          ['John', 'john@example.com'],
        ],
        origin: { kind: 'page', site: 'hr.example.com', title: 'People', signature: 'name|email' },
      },
    ]);
    expect(opened).toEqual(['draft-1']);
    expect(outcomes).toEqual([{ draftId: 'draft-1', text: 'Read all 2 rows from 2 pages.' }]);
    expect(last()).toMatchObject({ phase: 'done', draftId: 'draft-1', tone: 'ok', end: 'complete' });
    expect(port.disconnected).toBe(true);
  });

  it.each([
    ['another tab', pageSender(8)],
    ['a frame inside the tab', pageSender(TAB, 3)],
    ['another extension', { ...pageSender(), id: 'other' }],
    ['an extension page', { id: EXT, url: `chrome-extension://${EXT}/popup.html` }],
  ])('refuses a crawl port from %s', async (_why, sender) => {
    const { service, last } = setUp();
    await service.start(TAB, { index: 0, signature: 's' });
    const port = fakePort('roster-crawl', sender);
    service.acceptCrawlPort(port);
    port.send({ type: 'crawl/hello', crawlId: CRAWL });
    expect(port.disconnected).toBe(true);
    expect(last().phase).toBe('starting');
  });

  it('refuses a crawl port naming another crawl, or starting with anything but hello', async () => {
    const { service } = setUp();
    await service.start(TAB, { index: 0, signature: 's' });
    const wrongId = fakePort('roster-crawl', pageSender());
    service.acceptCrawlPort(wrongId);
    wrongId.send({ type: 'crawl/hello', crawlId: 'crawl-9999' });
    expect(wrongId.disconnected).toBe(true);
    const noHello = fakePort('roster-crawl', pageSender());
    service.acceptCrawlPort(noHello);
    noHello.send({ type: 'crawl/rows', rows: [['x']] });
    expect(noHello.disconnected).toBe(true);
  });

  it('leaves other ports to other listeners', () => {
    const { service } = setUp();
    expect(service.acceptCrawlPort(fakePort('roster-export', pageSender()))).toBe(false);
  });

  it('keeps the rows read when the page closes mid-export, and says so', async () => {
    const { service, saved, last } = setUp();
    const port = await startedCrawl(service);
    port.send({ type: 'crawl/rows', rows: [['Jane', 'jane@example.com']] });
    port.close();
    await settle();
    expect(saved[0]!.rows).toEqual([['Jane', 'jane@example.com']]);
    expect(last()).toMatchObject({ phase: 'done', end: 'page-closed', tone: 'warning' });
    expect(last().message).toContain('The 1 row read so far is in the draft');
  });

  it('ends a crawl that sends a malformed message, keeping what came before', async () => {
    const { service, saved, last } = setUp();
    const port = await startedCrawl(service);
    port.send({ type: 'crawl/rows', rows: [['Jane', 'jane@example.com']] });
    port.send({ type: 'crawl/rows', rows: 'everything' });
    await settle();
    expect(port.disconnected).toBe(true);
    expect(saved[0]!.rows).toHaveLength(1);
    expect(last()).toMatchObject({ phase: 'done', end: 'failed' });
  });

  it('passes Stop to the page, which ends the crawl with what it read', async () => {
    const { service, last, saved } = setUp();
    const port = await startedCrawl(service);
    port.send({ type: 'crawl/rows', rows: [['Jane', 'jane@example.com']] });
    service.stop(TAB);
    expect(port.posted).toEqual([{ type: 'crawl/stop' }]);
    expect(last().phase).toBe('stopping');
    port.send({ type: 'crawl/end', end: 'stopped', headers: ['Name', 'Email'], rows: 1, pages: 1 });
    await settle();
    expect(saved).toHaveLength(1);
    expect(last()).toMatchObject({ phase: 'done', end: 'stopped', tone: 'warning' });
  });

  it('drops a row over the limits and counts it, keeping the rest of its chunk', async () => {
    const { service, saved, last, outcomes } = setUp();
    const port = await startedCrawl(service);
    const rows = Array.from({ length: 200 }, (_, i) => [`P${i}`, `p${i}@example.com`]);
    rows[17] = ['Long', 'x'.repeat(100_001)];
    port.send({ type: 'crawl/rows', rows });
    expect(port.disconnected).toBe(false);
    expect(last()).toMatchObject({ phase: 'running', rows: 199 });
    port.send({ type: 'crawl/end', end: 'complete', headers: ['Name', 'Email'], rows: 200, pages: 1 });
    await settle();
    expect(saved[0]!.rows).toHaveLength(199);
    expect(last()).toMatchObject({ phase: 'done', end: 'complete', tone: 'warning' });
    expect(outcomes[0]!.text).toContain('1 row the page sent was too large to read, so it was left out.');
  });

  it('ends an export whose page has sent nothing for the stall budget, keeping what was read', async () => {
    const { service, saved, last } = setUp({ stallMs: 30 });
    const port = await startedCrawl(service);
    port.send({ type: 'crawl/rows', rows: [['Jane', 'jane@example.com']] });
    await expect.poll(() => last().phase, { timeout: 2000, interval: 5 }).toBe('done');
    expect(port.disconnected).toBe(true);
    expect(saved[0]!.rows).toEqual([['Jane', 'jane@example.com']]);
    expect(last()).toMatchObject({ end: 'stalled', tone: 'warning' });
    expect(last().message).toContain('The page stopped answering');
  });

  it('Stop ends the export even when the page never answers it', async () => {
    const { service, saved, last } = setUp({ stallMs: 60_000, stopGraceMs: 20 });
    const port = await startedCrawl(service);
    port.send({ type: 'crawl/rows', rows: [['Jane', 'jane@example.com']] });
    service.stop(TAB);
    expect(last().phase).toBe('stopping');
    await expect.poll(() => last().phase, { timeout: 2000, interval: 5 }).toBe('done');
    expect(saved[0]!.rows).toEqual([['Jane', 'jane@example.com']]);
    expect(last()).toMatchObject({ end: 'stopped', tone: 'warning' });
  });

  it('names the page that did not load and the last page read, though progress already named the next', async () => {
    const { service, last } = setUp();
    const port = await startedCrawl(service);
    port.send({ type: 'crawl/rows', rows: [['Jane', 'jane@example.com']] });
    port.send({ type: 'crawl/progress', rows: 1, page: 3, activity: 'next-page' });
    port.send({ type: 'crawl/end', end: 'next-page-stuck', headers: ['Name', 'Email'], rows: 1, pages: 2 });
    await settle();
    expect(last().message).toMatch(/^Page 3 did not load, so the export stopped at page 2\./);
  });

  it('makes no draft when nothing was read, and tells why', async () => {
    const { service, saved, last } = setUp();
    const port = await startedCrawl(service);
    port.send({ type: 'crawl/end', end: 'complete', headers: ['Name'], rows: 0, pages: 1 });
    await settle();
    expect(saved).toEqual([]);
    expect(last()).toMatchObject({ phase: 'failed', message: 'No rows could be read from this table.' });
  });

  it('explains a page that cannot be read, one that refuses, and one that never answers', async () => {
    const blocked = setUp({ injectAgent: async () => Promise.reject(new Error('Cannot access contents of the page')) });
    await blocked.service.start(TAB, { nearest: true });
    expect(blocked.last()).toMatchObject({ phase: 'failed', message: expect.stringContaining('This page cannot be read') });

    const refusing = setUp({ sendToTab: async () => ({ ok: false, error: 'That table is no longer on the page.' }) });
    await refusing.service.start(TAB, { nearest: true });
    expect(refusing.last()).toMatchObject({ phase: 'failed', message: 'That table is no longer on the page.' });

    const silent = setUp();
    await silent.service.start(TAB, { nearest: true });
    await new Promise((r) => setTimeout(r, 80));
    expect(silent.last()).toMatchObject({ phase: 'failed', message: expect.stringContaining('did not answer') });
  });

  it('counts rows on the toolbar badge while running, and flags a failure', async () => {
    const badges: string[] = [];
    const { service } = setUp({ setBadge: (_tab, text) => void badges.push(text), injectAgent: async () => Promise.reject(new Error('no')) });
    await service.start(TAB, { nearest: true });
    expect(badges).toEqual(['0', '!']);
  });

  it('forgets a closed tab’s finished export, but not one still running', async () => {
    const { service } = setUp();
    const port = await startedCrawl(service);
    service.forget(TAB);
    expect(service.state(TAB).phase).toBe('running');
    port.send({ type: 'crawl/rows', rows: [['a']] });
    port.send({ type: 'crawl/end', end: 'complete', headers: ['Name'], rows: 1, pages: 1 });
    await settle();
    expect(service.state(TAB).phase).toBe('done');
    service.forget(TAB);
    expect(service.state(TAB).phase).toBe('idle');
  });

  it('runs one export per tab at a time', async () => {
    const { service, sent } = setUp();
    await startedCrawl(service);
    await service.start(TAB, { nearest: true });
    expect(sent).toHaveLength(1);
  });

  it('never takes more rows than the limit, whatever the page sends', async () => {
    const { service, saved } = setUp({ limits: { maxRows: 3 } });
    const port = await startedCrawl(service);
    port.send({ type: 'crawl/rows', rows: [['a'], ['b']] });
    port.send({ type: 'crawl/rows', rows: [['c'], ['d'], ['e']] });
    port.send({ type: 'crawl/end', end: 'row-limit', headers: ['Name'], rows: 3, pages: 1 });
    await settle();
    expect(saved[0]!.rows).toEqual([['a'], ['b'], ['c']]);
  });

  it('reports a draft that could not be saved, naming a full disk', async () => {
    const { service, last } = setUp({ saveDraft: async () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) });
    const port = await startedCrawl(service);
    port.send({ type: 'crawl/rows', rows: [['a']] });
    port.send({ type: 'crawl/end', end: 'complete', headers: ['Name'], rows: 1, pages: 1 });
    await settle();
    expect(last()).toMatchObject({ phase: 'failed', message: 'The rows were read but the draft could not be saved. The browser has no room left to store it.' });
  });
});

/** The journal as the drafts database keeps it, in memory: records and rows survive a new ExportService, as they survive a new worker. */
function memoryJournal() {
  const records = new Map<string, CrawlRecord>();
  const rows = new Map<string, string[][]>();
  const journal: ExportJournal = {
    begin: async (record) => void (records.set(record.crawlId, { ...record }), rows.set(record.crawlId, [])),
    append: async (id, more, progress) => {
      const record = records.get(id);
      if (!record) return;
      rows.get(id)!.push(...more);
      records.set(id, { ...record, ...progress });
    },
    list: async () => [...records.values()],
    rows: async (id) => [...(rows.get(id) ?? [])],
    drop: async (id) => void (records.delete(id), rows.delete(id)),
  };
  return { journal, records, rows };
}

const URL_READ = 'https://hr.example.com/people';

async function crawlCutShort(journal: ExportJournal) {
  const first = setUp({ journal });
  const port = await startedCrawl(first.service);
  port.send({ type: 'crawl/begin', site: 'hr.example.com', title: 'People', label: 'People', kind: 'table', url: URL_READ, signature: 'table|name|email', headers: ['Name', 'Email'] });
  port.send({ type: 'crawl/rows', rows: [['Jane', 'jane@example.com'], ['John', 'john@example.com']] });
  port.send({ type: 'crawl/progress', rows: 2, page: 2, activity: 'next-page' });
  await settle();
  // The worker stops here: no end, no disconnect is ever heard by this service.
  return first;
}

describe('ExportService after its worker was stopped mid-export', () => {
  it('writes rows to the journal as they arrive, and drops them once they are a draft', async () => {
    const { journal, records, rows } = memoryJournal();
    const { service } = await crawlCutShort(journal);
    expect([...rows.values()]).toEqual([[['Jane', 'jane@example.com'], ['John', 'john@example.com']]]);
    expect([...records.values()][0]).toMatchObject({ tabId: TAB, url: URL_READ, signature: 'table|name|email', headers: ['Name', 'Email'], rows: 2, page: 2 });
    expect(service.state(TAB)).toMatchObject({ kept: 2 });
  });

  it('counts rows as kept only once the journal has written them, and not at all when the write fails', async () => {
    const { journal } = memoryJournal();
    let release!: () => void;
    let failNext = false;
    const held: ExportJournal = {
      ...journal,
      append: async (id, more, progress) => {
        if (failNext) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        await new Promise<void>((resolve) => (release = resolve));
        return journal.append(id, more, progress);
      },
    };
    const { service } = setUp({ journal: held });
    const port = await startedCrawl(service);
    port.send({ type: 'crawl/begin', site: 'hr.example.com', title: 'People', label: 'People', kind: 'table', url: URL_READ, signature: 'table|name', headers: ['Name'] });
    port.send({ type: 'crawl/rows', rows: [['Jane'], ['John']] });
    await settle();
    expect(service.state(TAB)).toMatchObject({ rows: 2 });
    expect(service.state(TAB)?.kept ?? 0).toBe(0);
    release();
    await settle();
    expect(service.state(TAB)).toMatchObject({ kept: 2 });
    failNext = true;
    port.send({ type: 'crawl/rows', rows: [['Ada']] });
    await settle();
    expect(service.state(TAB)).toMatchObject({ rows: 3, kept: 2 });
    // The next write lands; the row whose write failed is still not counted.
    failNext = false;
    port.send({ type: 'crawl/rows', rows: [['Tom']] });
    await settle();
    release();
    await settle();
    expect(service.state(TAB)).toMatchObject({ rows: 4, kept: 3 });
  });

  it('says where the export stopped when the tab still shows the page, and keeps what was read on request', async () => {
    const { journal, records } = memoryJournal();
    await crawlCutShort(journal);
    const after = setUp({ journal, tabUrl: async () => URL_READ });
    await after.service.restore();
    expect(after.last()).toMatchObject({ phase: 'interrupted', rows: 2, page: 2, end: 'interrupted', message: 'Export stopped after 2 rows on page 2.' });
    expect(after.saved).toEqual([]);
    await after.service.keep(TAB);
    expect(after.saved[0]!.rows).toEqual([['Jane', 'jane@example.com'], ['John', 'john@example.com']]);
    expect(after.outcomes[0]!.text).toBe('Export stopped after 2 rows on page 2. The 2 rows read so far are in the draft.');
    expect(after.opened).toEqual(['draft-1']);
    expect(records.size).toBe(0);
  });

  it('resumes on the same table and adds only the people not read before', async () => {
    const { journal } = memoryJournal();
    await crawlCutShort(journal);
    let n = 0;
    const after = setUp({ journal, tabUrl: async () => URL_READ, newId: () => `crawl-resume-${++n}` });
    await after.service.restore();
    await after.service.resume(TAB);
    expect(after.sent).toEqual([{ type: 'crawl/start', crawlId: 'crawl-resume-1', table: { index: 0, signature: 'table|name|email' }, limits: expect.any(Object) }]);
    const port = fakePort('roster-crawl', pageSender());
    after.service.acceptCrawlPort(port);
    port.send({ type: 'crawl/hello', crawlId: 'crawl-resume-1' });
    port.send({ type: 'crawl/begin', site: 'hr.example.com', title: 'People', label: 'People', kind: 'table' });
    port.send({ type: 'crawl/rows', rows: [['Jane', 'jane@example.com'], ['John', 'john@example.com'], ['Ada', 'ada@example.com']] });
    port.send({ type: 'crawl/end', end: 'complete', headers: ['Name', 'Email'], rows: 3, pages: 2 });
    await settle();
    await settle();
    expect(after.saved[0]!.rows).toEqual([['Jane', 'jane@example.com'], ['John', 'john@example.com'], ['Ada', 'ada@example.com']]);
    expect(after.last()).toMatchObject({ phase: 'done', end: 'complete' });
  });

  it('makes a draft at once when the page is gone (tab closed, browser restarted), opening nothing', async () => {
    const { journal, records } = memoryJournal();
    await crawlCutShort(journal);
    const after = setUp({ journal, tabUrl: async () => undefined });
    await after.service.restore();
    expect(after.saved[0]!.rows).toHaveLength(2);
    expect(after.outcomes[0]!.text).toContain('Export stopped after 2 rows on page 2.');
    expect(after.opened).toEqual([]);
    expect(records.size).toBe(0);
  });

  it('saves under the export’s own id, so a restart after the draft was saved but not the journal dropped names the same draft', async () => {
    const { journal, records } = memoryJournal();
    await crawlCutShort(journal);
    const exportIds: string[] = [];
    const dropFails = { ...journal, drop: async () => Promise.reject(new Error('the browser quit')) };
    const saveDraft = async (_table: SourceTable, exportId: string) => (exportIds.push(exportId), { id: exportId });
    const crashed = setUp({ journal: dropFails, tabUrl: async () => undefined, saveDraft });
    await crashed.service.restore();
    expect(records.size).toBe(1);
    const after = setUp({ journal, tabUrl: async () => undefined, saveDraft });
    await after.service.restore();
    expect(exportIds).toEqual([CRAWL, CRAWL]);
    expect(after.outcomes.map((o) => o.draftId)).toEqual([CRAWL]);
    expect(records.size).toBe(0);
  });

  it('a tab closed while interrupted keeps what was read', async () => {
    const { journal } = memoryJournal();
    await crawlCutShort(journal);
    const after = setUp({ journal, tabUrl: async () => URL_READ });
    await after.service.restore();
    after.service.forget(TAB);
    await settle();
    await settle();
    expect(after.saved[0]!.rows).toHaveLength(2);
  });
});

describe('compactCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1k'],
    [1250, '1.3k'],
    [52_000, '52k'],
    [5_000_000, '999k'],
  ])('shows %i as %s', (n, text) => {
    expect(compactCount(n)).toBe(text);
  });
});
