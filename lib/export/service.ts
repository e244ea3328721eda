import {
  CRAWL_PORT,
  crawlPortMessageSchema,
  isFromTabTopFrame,
  pageTablesSchema,
  type CrawlEndReason,
  type CrawlPortMessage,
  type ExportState,
  type MessageSenderLike,
  type PageTables,
  type TableRef,
} from '../messages';
import type { CrawlProgressPatch, CrawlRecord } from '../drafts/crawl-journal';
import { DEFAULT_LIMITS, type CrawlLimits } from '../sources/page/crawl';
import { pageSourceTable } from '../sources/page/finalize';
import { pageAgentErrorKey } from '../sources/page/agent-errors';
import { describeOutcome, englishOf, exportMessage, stoppedAt } from '../sources/page/outcome';
import type { Said } from '../said';
import type { TableKind } from '../sources/page/types';
import type { SourceTable } from '../sources/source-table';

/** The slice of a runtime Port the service uses. */
export interface ServicePort {
  name: string;
  sender?: MessageSenderLike;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** What the service needs from the browser and the drafts store; the background passes the real ones. */
export interface ExportDeps {
  extensionId: string;
  /** Injects the page agent into the tab and returns the tables it lists. */
  injectAgent(tabId: number): Promise<unknown>;
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  /** Saves the export's rows as a draft; saving the same export again gives back its first draft. */
  saveDraft(table: SourceTable, exportId: string): Promise<{ id: string }>;
  openEditor(draftId: string, besideTabId: number): Promise<void>;
  rememberOutcome(draftId: string, outcome: { tone: 'ok' | 'warning' | 'error'; text: string; said?: Said[] }): Promise<void>;
  setBadge?(tabId: number, text: string): void;
  newId(): string;
  limits?: Partial<CrawlLimits>;
  /** How long the page may take to open its crawl port after being asked. */
  helloTimeoutMs?: number;
  /** How long a running export may go without a word from its page before it ends, keeping what was read. */
  stallMs?: number;
  /** How long the page has to end the export after Stop before the background ends it, keeping what was read. */
  stopGraceMs?: number;
  /** Where rows are written as they arrive, so they outlive this worker; without it they live in memory only. */
  journal?: ExportJournal;
  /** The address a tab shows now, or undefined when it is gone: an interrupted export resumes only on its own page. */
  tabUrl?(tabId: number): Promise<string | undefined>;
  now?(): number;
}

/** The export journal in the drafts database (see lib/drafts/crawl-journal.ts). */
export interface ExportJournal {
  begin(record: CrawlRecord): Promise<void>;
  append(crawlId: string, rows: string[][], progress: CrawlProgressPatch): Promise<void>;
  list(): Promise<CrawlRecord[]>;
  rows(crawlId: string): Promise<string[][]>;
  drop(crawlId: string): Promise<void>;
}

interface Job {
  tabId: number;
  crawlId: string;
  /** The journal's name for this export; kept across a resume, which gets a new crawlId. */
  journalId: string;
  url: string;
  signature: string;
  /** Once resumed: the rows already kept, by content, so reading the page again adds each person once. */
  keys?: Set<string>;
  /** Journal writes, in order; the draft is made only after the last one. */
  writes: Promise<void>;
  state: ExportState;
  port?: ServicePort;
  site: string;
  title: string;
  kind: TableKind;
  headers: string[];
  rows: string[][];
  pages: number;
  statedTotal?: number;
  /** The page size the export chose, the largest the table offered. */
  pageSize?: number;
  finished: boolean;
  helloTimer?: ReturnType<typeof setTimeout>;
  /** Ends the export when the page has sent nothing for the stall budget. */
  watchdog?: ReturnType<typeof setTimeout>;
  stopTimer?: ReturnType<typeof setTimeout>;
  /** Rows the page sent past the crawl port's limits, left out. */
  dropped: number;
}

type Listener = (state: ExportState) => void;

/**
 * Runs exports in the background, so closing the toolbar popup never stops one: asks the page to
 * read a table, collects the rows it streams back, saves them as a draft and opens the editor.
 */
export const DEFAULT_STALL_MS = 60_000;
const DEFAULT_STOP_GRACE_MS = 5_000;

/** The page's own answer, with its key when it is one of the page agent's known errors. */
function fromPage(text: string): { text: string; said?: Said[] } {
  const key = pageAgentErrorKey(text);
  return key ? { text, said: [{ key }] } : { text };
}

export class ExportService {
  private readonly jobs = new Map<number, Job>();
  private readonly listeners = new Map<number, Set<Listener>>();
  private readonly limits: CrawlLimits;
  private stallMs: number;

  constructor(private readonly deps: ExportDeps) {
    this.limits = { ...DEFAULT_LIMITS, ...deps.limits };
    this.stallMs = deps.stallMs ?? DEFAULT_STALL_MS;
  }

  /** Sets the stall budget for exports started or heard from after now (the test build's short budget). */
  setStallMs(ms: number): void {
    this.stallMs = ms;
  }

  private get stopGraceMs(): number {
    return Math.min(this.deps.stopGraceMs ?? DEFAULT_STOP_GRACE_MS, this.stallMs);
  }

  state(tabId: number): ExportState {
    return this.jobs.get(tabId)?.state ?? { type: 'export/state', tabId, phase: 'idle', rows: 0, page: 1 };
  }

  watch(tabId: number, listener: Listener): () => void {
    const set = this.listeners.get(tabId) ?? new Set();
    set.add(listener);
    this.listeners.set(tabId, set);
    listener(this.state(tabId));
    return () => set.delete(listener);
  }

  /** Lists the tab's tables (injecting the agent): used by the context menu before it picks one. */
  async listTables(tabId: number): Promise<PageTables> {
    return pageTablesSchema.parse(await this.deps.injectAgent(tabId));
  }

  async start(tabId: number, table: TableRef): Promise<void> {
    const running = this.jobs.get(tabId);
    if (running && !running.finished) return;
    // A new export on a tab whose earlier one was interrupted keeps the earlier rows as a draft first.
    if (running?.state.phase === 'interrupted') await this.keep(tabId, false);
    const crawlId = this.deps.newId();
    const job: Job = {
      tabId,
      crawlId,
      journalId: crawlId,
      url: '',
      signature: 'signature' in table ? table.signature : '',
      writes: Promise.resolve(),
      state: { type: 'export/state', tabId, phase: 'starting', rows: 0, page: 1 },
      site: '',
      title: '',
      kind: 'table',
      headers: [],
      rows: [],
      pages: 1,
      finished: false,
      dropped: 0,
    };
    this.jobs.set(tabId, job);
    this.publish(job);
    await this.ask(job, table);
  }

  /** Asks the page to read the table; the page answers by opening a crawl port. */
  private async ask(job: Job, table: TableRef): Promise<void> {
    try {
      await this.listTables(job.tabId);
      const answer = (await this.deps.sendToTab(job.tabId, { type: 'crawl/start', crawlId: job.crawlId, table, limits: this.limits })) as
        | { ok?: boolean; error?: unknown }
        | undefined;
      if (!answer?.ok) {
        this.fail(job, typeof answer?.error === 'string' ? fromPage(answer.error.slice(0, 300)) : exportMessage('notStarted'));
        return;
      }
      job.helloTimer = setTimeout(() => {
        if (!job.port) this.fail(job, exportMessage('noAnswer'));
      }, this.deps.helloTimeoutMs ?? 10_000);
    } catch {
      this.fail(job, exportMessage('cannotRead'));
    }
  }

  /**
   * Picks up exports a stopped worker or a closed browser left in the journal. On a tab still showing
   * the page, the admin is told where it stopped and may resume it or keep what was read; when the
   * page is gone, what was read becomes a draft at once, so nothing read is lost.
   */
  async restore(): Promise<void> {
    const { journal } = this.deps;
    if (!journal) return;
    for (const record of await journal.list().catch(() => [])) {
      if (this.jobs.has(record.tabId) || [...this.jobs.values()].some((j) => j.journalId === record.crawlId)) continue;
      const rows = await journal.rows(record.crawlId).catch(() => undefined);
      if (!rows) continue;
      if (rows.length === 0) {
        await journal.drop(record.crawlId).catch(() => undefined);
        continue;
      }
      const job: Job = {
        tabId: record.tabId,
        crawlId: record.crawlId,
        journalId: record.crawlId,
        url: record.url,
        signature: record.signature,
        writes: Promise.resolve(),
        state: { type: 'export/state', tabId: record.tabId, phase: 'interrupted', rows: rows.length, kept: rows.length, page: record.page, end: 'interrupted' },
        site: record.site,
        title: record.title,
        kind: record.kind,
        headers: record.headers,
        rows,
        pages: record.page,
        statedTotal: record.statedTotal,
        finished: true,
        dropped: 0,
      };
      if (record.statedTotal !== undefined) job.state.statedTotal = record.statedTotal;
      const onItsPage = record.url !== '' && (await this.deps.tabUrl?.(record.tabId).catch(() => undefined)) === record.url;
      this.jobs.set(record.tabId, job);
      if (onItsPage && record.signature !== '') {
        const where = stoppedAt(rows.length, record.page);
        this.update(job, { message: englishOf([where]), said: [where], tone: 'warning' });
      } else {
        await this.keep(record.tabId, false);
      }
    }
  }

  /** Reads on after an interruption: the page reads the table again and only rows not kept before are added. */
  async resume(tabId: number): Promise<void> {
    const job = this.jobs.get(tabId);
    if (!job || job.state.phase !== 'interrupted') return;
    job.crawlId = this.deps.newId();
    job.keys = new Set(job.rows.map(rowKey));
    job.finished = false;
    job.port = undefined;
    this.update(job, { phase: 'starting', message: undefined, tone: undefined, end: undefined });
    await this.ask(job, { index: 0, signature: job.signature });
  }

  /** Makes a draft of what an interrupted export read. */
  async keep(tabId: number, openEditor = true): Promise<void> {
    const job = this.jobs.get(tabId);
    if (!job || job.state.phase !== 'interrupted') return;
    job.finished = false;
    await this.finish(job, 'interrupted', openEditor);
  }

  stop(tabId: number): void {
    const job = this.jobs.get(tabId);
    if (!job || job.finished) return;
    this.update(job, { phase: 'stopping' });
    if (!job.port) {
      void this.finish(job, 'stopped');
      return;
    }
    job.port.postMessage({ type: 'crawl/stop' });
    // A page whose main thread is blocked never answers Stop: the background then ends the export itself.
    clearTimeout(job.stopTimer);
    job.stopTimer = setTimeout(() => void this.finish(job, 'stopped'), this.stopGraceMs);
  }

  /** Takes a crawl port opened by a page agent; false when it is not one (another listener may want it). */
  acceptCrawlPort(port: ServicePort): boolean {
    if (port.name !== CRAWL_PORT) return false;
    let job: Job | undefined;
    port.onMessage.addListener((raw) => {
      const parsed = crawlPortMessageSchema.safeParse(raw);
      if (!parsed.success) {
        const salvaged = job && !job.finished ? salvageRows(raw) : undefined;
        if (job && salvaged) {
          job.dropped += salvaged.dropped;
          this.receive(job, salvaged.message);
          return;
        }
        port.disconnect();
        if (job) void this.finish(job, 'failed');
        return;
      }
      const message = parsed.data;
      if (!job) {
        job = this.claim(port, message);
        if (!job) port.disconnect();
        return;
      }
      this.receive(job, message);
    });
    port.onDisconnect.addListener(() => {
      if (job && !job.finished && job.port === port) void this.finish(job, 'page-closed');
    });
    return true;
  }

  /** The first message must name a crawl we asked for, from the very tab (top frame) we asked. */
  private claim(port: ServicePort, hello: CrawlPortMessage): Job | undefined {
    if (hello.type !== 'crawl/hello') return undefined;
    const tabId = port.sender?.tab?.id;
    const job = tabId === undefined ? undefined : this.jobs.get(tabId);
    if (!job || job.finished || job.port || job.crawlId !== hello.crawlId) return undefined;
    if (!port.sender || !isFromTabTopFrame(port.sender, this.deps.extensionId, job.tabId)) return undefined;
    clearTimeout(job.helloTimer);
    job.port = port;
    this.heard(job);
    this.update(job, { phase: job.state.phase === 'stopping' ? 'stopping' : 'running' });
    if (job.state.phase === 'stopping') port.postMessage({ type: 'crawl/stop' });
    return job;
  }

  /** The page spoke: the stall budget starts again. */
  private heard(job: Job): void {
    clearTimeout(job.watchdog);
    job.watchdog = setTimeout(() => void this.finish(job, 'stalled'), this.stallMs);
  }

  private receive(job: Job, message: CrawlPortMessage): void {
    if (job.finished) return;
    this.heard(job);
    switch (message.type) {
      case 'crawl/begin': {
        const resumed = job.keys !== undefined;
        Object.assign(job, { site: message.site, title: message.title, kind: message.kind });
        if (message.url !== undefined && !resumed) job.url = message.url;
        if (message.signature !== undefined && !resumed) job.signature = message.signature;
        if (message.headers && job.headers.length === 0) job.headers = message.headers;
        if (!resumed) this.journal(job, () => this.deps.journal!.begin(this.recordOf(job)));
        return;
      }
      case 'crawl/rows': {
        // A resumed export reads the page again: rows already kept are left out.
        const fresh = job.keys ? message.rows.filter((row) => !job.keys!.has(rowKey(row))) : message.rows;
        // The page cannot send more than the limit, however it misbehaves.
        const taken = fresh.slice(0, Math.max(0, this.limits.maxRows - job.rows.length));
        for (const row of taken) job.keys?.add(rowKey(row));
        job.rows.push(...taken);
        this.update(job, { rows: Math.max(job.state.rows, job.rows.length) });
        if (taken.length > 0) {
          const total = job.rows.length;
          // Counted as kept once written: only then would the rows outlive a stopped worker or browser.
          this.journal(
            job,
            () => this.deps.journal!.append(job.journalId, taken, { rows: total, page: job.state.page }),
            () => this.update(job, { kept: (job.state.kept ?? 0) + taken.length }),
          );
        }
        return;
      }
      case 'crawl/progress': {
        const patch: Partial<ExportState> = { page: message.page, activity: message.activity, rows: Math.max(job.rows.length, message.rows) };
        if (message.statedTotal !== undefined) patch.statedTotal = message.statedTotal;
        this.update(job, patch);
        if (message.page !== job.pages) {
          job.pages = message.page;
          this.journal(job, () => this.deps.journal!.append(job.journalId, [], { page: message.page, statedTotal: job.state.statedTotal }));
        }
        return;
      }
      case 'crawl/end':
        job.headers = message.headers;
        job.pages = message.pages;
        job.statedTotal = message.statedTotal;
        job.pageSize = message.pageSize;
        void this.finish(job, message.end);
        return;
      case 'crawl/hello':
        return;
    }
  }

  /** Queues a journal write after the job's earlier ones; a failed write leaves the rows in memory. */
  private journal(job: Job, write: () => Promise<void>, written?: () => void): void {
    if (!this.deps.journal) return;
    job.writes = job.writes
      .then(write)
      .then(written)
      .catch(() => undefined);
  }

  private recordOf(job: Job): CrawlRecord {
    const now = this.deps.now?.() ?? Date.now();
    return {
      crawlId: job.journalId,
      tabId: job.tabId,
      url: job.url,
      site: job.site,
      title: job.title,
      kind: job.kind,
      signature: job.signature,
      headers: job.headers,
      rows: 0,
      page: job.state.page,
      chunks: 0,
      startedAt: now,
      updatedAt: now,
    };
  }

  private async finish(job: Job, end: CrawlEndReason, openEditor = true): Promise<void> {
    if (job.finished) return;
    job.finished = true;
    clearTimers(job);
    job.port?.disconnect();
    await job.writes;
    // A resumed export went back over pages already read: the page it stopped on is the furthest. A fresh
    // one counts the pages it read (its progress may already name the next page, which did not load).
    const pages = job.keys ? Math.max(job.pages, job.state.page) : job.pages;
    const outcome = describeOutcome({
      end,
      rows: job.rows.length,
      pages,
      statedTotal: job.statedTotal ?? job.state.statedTotal,
      pageSize: job.pageSize,
      limits: this.limits,
      dropped: job.dropped,
      stallMs: this.stallMs,
    });
    if (job.rows.length === 0) {
      const { text, said } = end === 'stopped' ? exportMessage('stoppedEmpty') : outcome;
      this.update(job, { phase: 'failed', end, message: text, said, tone: 'error' });
      await this.deps.journal?.drop(job.journalId).catch(() => undefined);
      return;
    }
    if (end === 'page-closed') {
      outcome.said = [stoppedAt(job.rows.length, pages), ...outcome.said];
      outcome.text = englishOf(outcome.said);
    }
    this.update(job, { phase: 'saving', rows: job.rows.length });
    try {
      const table = pageSourceTable({ headers: job.headers, rows: job.rows, kind: job.kind, site: job.site, title: job.title });
      const draft = await this.deps.saveDraft(table, job.journalId);
      // The draft holds the rows now; the journal may go.
      await this.deps.journal?.drop(job.journalId).catch(() => undefined);
      await this.deps.rememberOutcome(draft.id, outcome).catch(() => undefined);
      this.update(job, { phase: 'done', end, message: outcome.text, said: outcome.said, tone: outcome.tone, draftId: draft.id });
      if (openEditor) await this.deps.openEditor(draft.id, job.tabId);
    } catch (error) {
      const full = error instanceof Error && /quota/i.test(error.message);
      const { text, said } = full ? exportMessage('notSaved', 'noRoom') : exportMessage('notSaved');
      this.update(job, { phase: 'failed', end, message: text, said, tone: 'error' });
    } finally {
      job.rows = [];
    }
  }

  /** Drops what is kept about a closed tab's finished export; an interrupted one becomes a draft first. */
  forget(tabId: number): void {
    const job = this.jobs.get(tabId);
    this.listeners.delete(tabId);
    if (job?.state.phase === 'interrupted') {
      void this.keep(tabId).then(() => this.jobs.delete(tabId));
      return;
    }
    if (job?.finished) this.jobs.delete(tabId);
  }

  private fail(job: Job, message: { text: string; said?: Said[] }): void {
    if (job.finished) return;
    job.finished = true;
    clearTimers(job);
    // A resume that could not start leaves the export as it was: interrupted, its rows kept.
    if (job.keys && job.rows.length > 0) {
      const where = stoppedAt(job.rows.length, job.pages);
      const said = message.said ? [where, ...message.said] : undefined;
      this.update(job, { phase: 'interrupted', end: 'interrupted', message: `${englishOf([where])} ${message.text}`, said, tone: 'warning' });
      return;
    }
    this.update(job, { phase: 'failed', end: 'failed', message: message.text, said: message.said, tone: 'error' });
  }

  private update(job: Job, patch: Partial<ExportState>): void {
    job.state = { ...job.state, ...patch };
    this.publish(job);
  }

  private publish(job: Job): void {
    const { phase, rows } = job.state;
    // The toolbar badge counts rows while an export runs (the page menu has no popup to show it), and flags a failure.
    const running = phase === 'running' || phase === 'starting' || phase === 'stopping' || phase === 'saving';
    this.deps.setBadge?.(job.tabId, running ? compactCount(rows) : phase === 'failed' || phase === 'interrupted' ? '!' : '');
    for (const listener of this.listeners.get(job.tabId) ?? []) listener(job.state);
  }
}

function clearTimers(job: Job): void {
  clearTimeout(job.helloTimer);
  clearTimeout(job.watchdog);
  clearTimeout(job.stopTimer);
}

/**
 * A chunk of rows that failed the port's check: its rows that pass are kept, the others counted, so one
 * bad row never costs its chunk. Anything else that fails the check is no chunk of rows (undefined).
 */
function salvageRows(raw: unknown): { message: CrawlPortMessage & { type: 'crawl/rows' }; dropped: number } | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, rows } = raw as { type?: unknown; rows?: unknown };
  if (type !== 'crawl/rows' || !Array.isArray(rows) || rows.length > MAX_ROWS_PER_CHUNK) return undefined;
  const good: string[][] = [];
  for (const row of rows as unknown[]) {
    const one = crawlPortMessageSchema.safeParse({ type: 'crawl/rows', rows: [row] });
    if (one.success && one.data.type === 'crawl/rows') good.push(one.data.rows[0]!);
  }
  return { message: { type: 'crawl/rows', rows: good }, dropped: rows.length - good.length };
}

/** The most rows one crawl/rows message may carry (lib/messages.ts). */
const MAX_ROWS_PER_CHUNK = 5000;

/** A row by its content, as the page's row collector tells rows apart. */
const rowKey = (cells: readonly string[]) => cells.join('\u001f');

/** A row count that fits the toolbar badge (four characters). */
export function compactCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.min(999, Math.round(n / 1000))}k`;
}
