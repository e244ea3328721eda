import { CRAWL_PORT, MAX_CRAWL_CELL_CHARS, MAX_CRAWL_ROW_CELLS, crawlControlSchema, crawlStartSchema, highlightRequestSchema, type CrawlStart, type TableRef } from '../../page-messages';
// Types only: the rest of the protocol's zod schemas stay out of the code injected into pages.
import type { CandidateSummary, CrawlPortMessage, PageTables } from '../../messages';
import { PAGE_AGENT_ERRORS } from './agent-errors';
import { crawlTable, type CrawlProgress } from './crawl';
import { highlightTable, type Highlight } from './highlight';
import { findTableCandidates, relocateTable, type TableCandidate } from './index';
import { hoveredElement, nearestTable, selectedElement } from './nearest';
import type { RootOptions } from './roots';

/** The slice of a runtime Port the agent uses, so tests can hand it a fake. */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface AgentDeps {
  /** Opens a port to the background (runtime.connect). */
  connect(name: string): PortLike;
  roots?: RootOptions;
  /** How often progress is reported at most. */
  progressEveryMs?: number;
}

const ROWS_PER_MESSAGE = 1000;

/** Tables offered to the admin, best first: a page of thousands must still fit the popup's checked message. */
export const MAX_LISTED_TABLES = 200;
/** Column names shown per table, and characters per name or label; the message schema refuses more. */
const MAX_LISTED_HEADERS = 1000;
const MAX_TEXT = 4096;
const MAX_SIGNATURE = 20_000;
// The background refuses a cell or row past the crawl port's limits: cut here, so a page's huge cell costs only its end.
const clipRow = (row: string[]) =>
  row.slice(0, MAX_CRAWL_ROW_CELLS).map((cell) => (cell.length > MAX_CRAWL_CELL_CHARS ? cell.slice(0, MAX_CRAWL_CELL_CHARS - 1) + '…' : cell));
const clip = (text: string) => (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT - 1) + '…' : text);

/** One table as the popup shows it: plain data, bounded to what the message schema accepts. */
function summarise(c: TableCandidate, index: number): CandidateSummary {
  // Columns empty on every row so far (a checkbox column) are not worth showing the admin.
  const headers = c.headers
    .filter((_, col) => c.rows.some((row) => row[col] !== ''))
    .slice(0, MAX_LISTED_HEADERS)
    .map(clip);
  const summary: CandidateSummary = { index, kind: c.kind, label: clip(c.label), heading: clip(c.heading), headers, rowCount: c.rows.length, signature: c.signature };
  if (c.statedTotal !== undefined) summary.statedTotal = c.statedTotal;
  return summary;
}

/**
 * Runs in the page (a content script injected on the admin's click): lists the tables, outlines
 * the one picked, and reads every row of the one to export, streaming rows to the background.
 */
export class PageAgent {
  private candidates: TableCandidate[] = [];
  private highlight: Highlight | undefined;
  private crawling: AbortController | undefined;

  constructor(
    private readonly doc: Document,
    private readonly deps: AgentDeps,
  ) {}

  /** The page's tables, best first, as plain data; remembered so later requests can name one by index. */
  list(): PageTables {
    this.candidates = findTableCandidates(this.doc, this.deps.roots);
    const listed: PageTables = {
      site: this.doc.location?.host ?? '',
      title: this.doc.title,
      tables: this.candidates
        .map((c, index) => ({ c, index }))
        // A signature past what a message may carry names a table with thousands of columns: never a roster.
        .filter(({ c }) => c.signature.length <= MAX_SIGNATURE)
        .slice(0, MAX_LISTED_TABLES)
        .map(({ c, index }) => summarise(c, index)),
    };
    // The admin should know the list is cut, and from how many.
    if (this.candidates.length > listed.tables.length) listed.found = this.candidates.length;
    return listed;
  }

  /** A listed table's element, for the button on granted HR sites to sit beside; gone from the page, none. */
  elementOf(index: number): Element | undefined {
    const table = this.candidates[index];
    return table?.element.isConnected ? table.element : undefined;
  }

  /** Highlight requests arrive over a port from the popup; closing the popup removes the outline. */
  acceptHighlightPort(port: PortLike): void {
    port.onMessage.addListener((message) => {
      const request = highlightRequestSchema.safeParse(message);
      if (!request.success) return;
      this.clearHighlight();
      if (request.data.type === 'highlight/show') this.showHighlight(request.data.index, request.data.label);
    });
    port.onDisconnect.addListener(() => this.clearHighlight());
  }

  /** Handles a background request; answers whether the crawl started. */
  handleCommand(message: unknown): { ok: true } | { ok: false; error: string } {
    const command = crawlStartSchema.safeParse(message);
    if (!command.success) return { ok: false, error: PAGE_AGENT_ERRORS.malformed };
    if (this.crawling) return { ok: false, error: PAGE_AGENT_ERRORS.alreadyExporting };
    const table = this.resolve(command.data.table);
    if (!table) return { ok: false, error: PAGE_AGENT_ERRORS.tableGone };
    this.clearHighlight();
    void this.crawl(command.data, table);
    return { ok: true };
  }

  /** The label comes from the popup, in the admin's language; without one, the English label. */
  private showHighlight(index: number, label: string | undefined): void {
    const table = this.candidates[index];
    if (!table || !table.element.isConnected) return;
    this.highlight = highlightTable(this.doc, table.element, `Roster Sync · ${label || table.label}`);
  }

  private clearHighlight(): void {
    this.highlight?.remove();
    this.highlight = undefined;
  }

  private resolve(ref: TableRef): TableCandidate | undefined {
    if ('nearest' in ref) {
      const candidates = findTableCandidates(this.doc, this.deps.roots);
      return nearestTable(candidates, hoveredElement(this.doc) ?? selectedElement(this.doc));
    }
    const listed = this.candidates[ref.index];
    if (listed && listed.signature === ref.signature && listed.element.isConnected) return listed;
    // The page changed since the popup listed its tables: find the same table again.
    return findTableCandidates(this.doc, this.deps.roots).find((c) => c.signature === ref.signature);
  }

  private async crawl(command: CrawlStart, table: TableCandidate): Promise<void> {
    const controller = new AbortController();
    this.crawling = controller;
    const port = this.deps.connect(CRAWL_PORT);
    let open = true;
    const send = (message: CrawlPortMessage) => {
      if (open) port.postMessage(message);
    };
    port.onDisconnect.addListener(() => {
      open = false;
      controller.abort();
    });
    port.onMessage.addListener((message) => {
      if (crawlControlSchema.safeParse(message).success) controller.abort();
    });
    send({ type: 'crawl/hello', crawlId: command.crawlId });
    send({
      type: 'crawl/begin',
      site: this.doc.location?.host ?? '',
      title: this.doc.title,
      label: table.label,
      kind: table.kind,
      url: this.doc.location?.href.slice(0, 8192),
      signature: table.signature.length <= MAX_SIGNATURE ? table.signature : undefined,
      headers: table.headers.slice(0, MAX_LISTED_HEADERS).map(clip),
    });

    let lastProgress = 0;
    const every = this.deps.progressEveryMs ?? 200;
    const onProgress = (progress: CrawlProgress) => {
      const now = Date.now();
      if (now - lastProgress < every) return;
      lastProgress = now;
      send({ type: 'crawl/progress', ...progress });
    };
    const onRows = (rows: string[][]) => {
      for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) send({ type: 'crawl/rows', rows: rows.slice(i, i + ROWS_PER_MESSAGE).map(clipRow) });
    };
    try {
      const result = await crawlTable(
        { source: table.source, relocate: (lost) => relocateTable(this.doc, lost, table.headers, this.deps.roots) },
        { limits: command.limits, signal: controller.signal, onRows, onProgress },
      );
      send({ type: 'crawl/end', ...result });
    } catch (error) {
      send({ type: 'crawl/end', end: 'failed', headers: table.headers, rows: 0, pages: 1, error: error instanceof Error ? error.message.slice(0, 500) : 'Unknown error' });
    } finally {
      this.crawling = undefined;
      if (open) port.disconnect();
    }
  }
}
