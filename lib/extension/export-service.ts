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
import { DEFAULT_LIMITS, type CrawlLimits } from '../scrape/crawl';
import { finalizeTable } from '../scrape/finalize';
import { pageAgentErrorKey } from '../scrape/agent-errors';
import { describeOutcome, exportMessage } from '../scrape/outcome';
import type { Said } from '../said';
import type { TableKind } from '../scrape/types';
import { headerSignature, type SourceTable } from '../source-table';

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
  saveDraft(table: SourceTable): Promise<{ id: string }>;
  openEditor(draftId: string, besideTabId: number): Promise<void>;
  rememberOutcome(draftId: string, outcome: { tone: 'ok' | 'warning' | 'error'; text: string; said?: Said[] }): Promise<void>;
  setBadge?(tabId: number, text: string): void;
  newId(): string;
  limits?: Partial<CrawlLimits>;
  /** How long the page may take to open its crawl port after being asked. */
  helloTimeoutMs?: number;
}

interface Job {
  tabId: number;
  crawlId: string;
  state: ExportState;
  port?: ServicePort;
  site: string;
  title: string;
  kind: TableKind;
  headers: string[];
  rows: string[][];
  pages: number;
  statedTotal?: number;
  finished: boolean;
  helloTimer?: ReturnType<typeof setTimeout>;
}

type Listener = (state: ExportState) => void;

/**
 * Runs exports in the background, so closing the toolbar popup never stops one: asks the page to
 * read a table, collects the rows it streams back, saves them as a draft and opens the editor.
 */
/** The page's own answer, with its key when it is one of the page agent's known errors. */
function fromPage(text: string): { text: string; said?: Said[] } {
  const key = pageAgentErrorKey(text);
  return key ? { text, said: [{ key }] } : { text };
}

export class ExportService {
  private readonly jobs = new Map<number, Job>();
  private readonly listeners = new Map<number, Set<Listener>>();
  private readonly limits: CrawlLimits;

  constructor(private readonly deps: ExportDeps) {
    this.limits = { ...DEFAULT_LIMITS, ...deps.limits };
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
    const job: Job = {
      tabId,
      crawlId: this.deps.newId(),
      state: { type: 'export/state', tabId, phase: 'starting', rows: 0, page: 1 },
      site: '',
      title: '',
      kind: 'table',
      headers: [],
      rows: [],
      pages: 1,
      finished: false,
    };
    this.jobs.set(tabId, job);
    this.publish(job);
    try {
      await this.listTables(tabId);
      const answer = (await this.deps.sendToTab(tabId, { type: 'crawl/start', crawlId: job.crawlId, table, limits: this.limits })) as
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

  stop(tabId: number): void {
    const job = this.jobs.get(tabId);
    if (!job || job.finished) return;
    this.update(job, { phase: 'stopping' });
    if (job.port) job.port.postMessage({ type: 'crawl/stop' });
    else void this.finish(job, 'stopped');
  }

  /** Takes a crawl port opened by a page agent; false when it is not one (another listener may want it). */
  acceptCrawlPort(port: ServicePort): boolean {
    if (port.name !== CRAWL_PORT) return false;
    let job: Job | undefined;
    port.onMessage.addListener((raw) => {
      const parsed = crawlPortMessageSchema.safeParse(raw);
      if (!parsed.success) {
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
      if (job && !job.finished) void this.finish(job, 'page-closed');
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
    this.update(job, { phase: job.state.phase === 'stopping' ? 'stopping' : 'running' });
    if (job.state.phase === 'stopping') port.postMessage({ type: 'crawl/stop' });
    return job;
  }

  private receive(job: Job, message: CrawlPortMessage): void {
    if (job.finished) return;
    switch (message.type) {
      case 'crawl/begin':
        Object.assign(job, { site: message.site, title: message.title, kind: message.kind });
        return;
      case 'crawl/rows':
        // The page cannot send more than the limit, however it misbehaves.
        job.rows.push(...message.rows.slice(0, Math.max(0, this.limits.maxRows - job.rows.length)));
        this.update(job, { rows: job.rows.length });
        return;
      case 'crawl/progress': {
        const patch: Partial<ExportState> = { page: message.page, activity: message.activity, rows: Math.max(job.rows.length, message.rows) };
        if (message.statedTotal !== undefined) patch.statedTotal = message.statedTotal;
        this.update(job, patch);
        return;
      }
      case 'crawl/end':
        job.headers = message.headers;
        job.pages = message.pages;
        job.statedTotal = message.statedTotal;
        void this.finish(job, message.end);
        return;
      case 'crawl/hello':
        return;
    }
  }

  private async finish(job: Job, end: CrawlEndReason): Promise<void> {
    if (job.finished) return;
    job.finished = true;
    clearTimeout(job.helloTimer);
    job.port?.disconnect();
    const outcome = describeOutcome({ end, rows: job.rows.length, pages: job.pages, statedTotal: job.statedTotal ?? job.state.statedTotal, limits: this.limits });
    if (job.rows.length === 0) {
      const { text, said } = end === 'stopped' ? exportMessage('stoppedEmpty') : outcome;
      this.update(job, { phase: 'failed', end, message: text, said, tone: 'error' });
      return;
    }
    this.update(job, { phase: 'saving', rows: job.rows.length });
    try {
      const table = finalizeTable(job.headers, job.rows, job.kind);
      const draft = await this.deps.saveDraft({
        headers: table.headers,
        rows: table.rows,
        origin: { kind: 'page', site: job.site, title: job.title, signature: headerSignature(table.headers) },
      });
      await this.deps.rememberOutcome(draft.id, outcome).catch(() => undefined);
      this.update(job, { phase: 'done', end, message: outcome.text, said: outcome.said, tone: outcome.tone, draftId: draft.id });
      await this.deps.openEditor(draft.id, job.tabId);
    } catch (error) {
      const full = error instanceof Error && /quota/i.test(error.message);
      const { text, said } = full ? exportMessage('notSaved', 'noRoom') : exportMessage('notSaved');
      this.update(job, { phase: 'failed', end, message: text, said, tone: 'error' });
    } finally {
      job.rows = [];
    }
  }

  /** Drops what is kept about a closed tab's finished export. */
  forget(tabId: number): void {
    if (this.jobs.get(tabId)?.finished) this.jobs.delete(tabId);
    this.listeners.delete(tabId);
  }

  private fail(job: Job, message: { text: string; said?: Said[] }): void {
    if (job.finished) return;
    job.finished = true;
    clearTimeout(job.helloTimer);
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
    this.deps.setBadge?.(job.tabId, running ? compactCount(rows) : phase === 'failed' ? '!' : '');
    for (const listener of this.listeners.get(job.tabId) ?? []) listener(job.state);
  }
}

/** A row count that fits the toolbar badge (four characters). */
export function compactCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.min(999, Math.round(n / 1000))}k`;
}
