import { pageAlerts, findLoadMoreControl, findNextControl, isLoadingNear, type PagerControl } from './controls';
import { findStatedTotal } from './stated-total';
import { waitForSettle } from './settle';
import type { RowCache, TableSnapshot, TableSource } from './types';

/** Bounds on one export, so an endless feed or a stuck page always ends with a clear message. */
export interface CrawlLimits {
  maxRows: number;
  maxPages: number;
  maxMs: number;
}

export const DEFAULT_LIMITS: CrawlLimits = { maxRows: 50_000, maxPages: 500, maxMs: 15 * 60_000 };

/** How long to wait on the page; short, bounded, and ended early by the DOM settling. */
export interface CrawlTiming {
  scrollFirstChangeMs: number;
  scrollQuietMs: number;
  /** Extra wait after a scroll when some rows came out with fewer cells than usual. */
  scrollSparseMs: number;
  scrollMaxMs: number;
  /** At the end of a list: how long to wait for an infinite list to start loading more, with and without a sign that it will. */
  endWaitMs: number;
  endWaitWithEvidenceMs: number;
  /** After a click on Next or Load more: how long the page may take to show new rows. */
  loadWaitMs: number;
  loadQuietMs: number;
}

export const DEFAULT_TIMING: CrawlTiming = {
  scrollFirstChangeMs: 150,
  scrollQuietMs: 4,
  scrollSparseMs: 50,
  scrollMaxMs: 1_500,
  endWaitMs: 800,
  endWaitWithEvidenceMs: 8_000,
  loadWaitMs: 15_000,
  loadQuietMs: 120,
};

export type CrawlEnd = 'complete' | 'stopped' | 'row-limit' | 'page-limit' | 'time-limit' | 'next-page-stuck' | 'table-lost' | 'next-page-elsewhere';

export type CrawlActivity = 'reading' | 'scrolling' | 'next-page' | 'loading-more';

export interface CrawlProgress {
  rows: number;
  page: number;
  activity: CrawlActivity;
  statedTotal?: number;
}

export interface CrawlResult {
  end: CrawlEnd;
  headers: string[];
  rows: number;
  pages: number;
  statedTotal?: number;
}

export interface CrawlTarget {
  source: TableSource;
  /** Finds the table again after the page replaced its element (a re-render on Next). */
  relocate(lost: TableSource): TableSource | undefined;
}

export interface CrawlOptions {
  limits?: Partial<CrawlLimits>;
  timing?: Partial<CrawlTiming>;
  signal?: AbortSignal;
  /** New rows, in page order, each once; columns follow the final headers (shorter rows are padded later). */
  onRows(rows: string[][]): void;
  onProgress?(progress: CrawlProgress): void;
  now?(): number;
}

class EndCrawl extends Error {
  constructor(readonly end: CrawlEnd) {
    super(end);
  }
}

interface Pending {
  cells: string[];
  filled: number;
  order: number;
}

function filledCount(cells: readonly string[]): number {
  return cells.reduce((n, c) => n + (c === '' ? 0 : 1), 0);
}

/**
 * Every row once. Rows the page numbers (aria-rowindex) are held while still on screen, because a
 * virtualised grid may fill their cells a moment later; the fuller reading wins.
 */
class RowCollector {
  private readonly seen = new Set<string>();
  private readonly seenContent = new Set<string>();
  private readonly pending = new Map<string, Pending>();
  /** The key each row element was last taken under, to follow a row the page fills in place. */
  private readonly keyOfElement = new WeakMap<Element, string>();
  private discovered = 0;
  /** The most cells any row has had filled: before any row is finished, a row with fewer may still be drawing. */
  private fullest = 0;
  /** Per column: whether a finished row had it blank; a blank where none ever was may still be drawing. */
  private readonly blankSeen: boolean[] = [];
  private finished = 0;
  limitReached = false;

  constructor(
    private readonly maxRows: number,
    private readonly emit: (rows: string[][]) => void,
  ) {}

  get count(): number {
    return this.seen.size;
  }

  private isSparse(cells: readonly string[], filled: number): boolean {
    if (this.finished === 0) return filled < this.fullest;
    return cells.some((c, col) => c === '' && !this.blankSeen[col]);
  }

  /** Forgets a pending row the page has since filled in further, so its fuller reading takes its place. */
  private replaceFilledInPlace(element: Element | undefined, key: string, filled: number): number | undefined {
    const earlier = element ? this.keyOfElement.get(element) : undefined;
    const known = earlier === undefined || earlier === key ? undefined : this.pending.get(earlier);
    if (!known || filled < known.filled) return undefined;
    this.pending.delete(earlier!);
    this.seen.delete(earlier!);
    this.seenContent.delete(known.cells.join('\u001f'));
    return known.order;
  }

  /** Takes a reading; rows still on screen that may change (numbered, or still drawing) are held back. */
  take(snapshot: TableSnapshot, page: number): { added: number; held: Set<string>; sparse: boolean } {
    let added = 0;
    let sparse = false;
    const held = new Set<string>();
    const filledCounts = snapshot.rows.map(filledCount);
    this.fullest = Math.max(this.fullest, ...filledCounts);
    snapshot.rows.forEach((cells, i) => {
      const filled = filledCounts[i]!;
      const index = snapshot.rowKeys[i];
      const element = snapshot.rowElements[i];
      const content = cells.join('\u001f');
      const key = index !== undefined ? `p${page}#${index}` : `c${content}`;
      const rowSparse = this.isSparse(cells, filled);
      sparse ||= rowSparse;
      if (index !== undefined || rowSparse) held.add(key);
      const known = this.pending.get(key);
      if (known) {
        if (filled >= known.filled) Object.assign(known, { cells, filled });
        this.seenContent.add(content);
        return;
      }
      const keptOrder = index === undefined ? this.replaceFilledInPlace(element, key, filled) : undefined;
      // The same person twice, or the last page still showing under the next page's number.
      if (this.seen.has(key) || this.seenContent.has(content)) return;
      if (keptOrder === undefined && this.seen.size >= this.maxRows) {
        this.limitReached = true;
        return;
      }
      this.seen.add(key);
      this.seenContent.add(content);
      if (element) this.keyOfElement.set(element, key);
      const order = keptOrder ?? (index !== undefined ? page * 1e9 + Number(index) : page * 1e9 + 5e8 + this.discovered++);
      this.pending.set(key, { cells, filled, order });
      if (keptOrder === undefined) added += 1;
    });
    return { added, held, sparse };
  }

  /** Sends every row no longer held (all of them at the end), in page order. */
  flush(keep: ReadonlySet<string> = new Set()): void {
    const out: Pending[] = [];
    for (const [key, row] of this.pending) {
      if (keep.has(key)) continue;
      out.push(row);
      this.pending.delete(key);
    }
    if (out.length === 0) return;
    for (const row of out) row.cells.forEach((c, col) => (this.blankSeen[col] ||= c === ''));
    this.finished += out.length;
    out.sort((a, b) => a.order - b.order);
    this.emit(out.map((r) => r.cells));
  }
}

function isDocumentScroller(el: Element): boolean {
  return el === el.ownerDocument.scrollingElement;
}

function canScroll(el: Element): boolean {
  if (el.scrollHeight <= el.clientHeight + 4) return false;
  if (isDocumentScroller(el)) return true;
  const overflow = el.ownerDocument.defaultView?.getComputedStyle(el).overflowY ?? '';
  return overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay';
}

/** The element that scrolls the rows: the grid's own viewport, or else the page. */
export function scrollContainerOf(from: Element): Element | undefined {
  for (let el: Element | null = from.parentElement; el; el = el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null)) {
    if (el === el.ownerDocument.documentElement || el === el.ownerDocument.body) break;
    if (canScroll(el)) return el;
  }
  const page = from.ownerDocument.scrollingElement;
  return page && canScroll(page) ? page : undefined;
}

function viewportTop(scroller: Element): number {
  return isDocumentScroller(scroller) ? 0 : scroller.getBoundingClientRect().top;
}

function atBottom(scroller: Element): boolean {
  return scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
}

/**
 * How far to scroll so that no row is skipped: to the top of the last row rendered in one unbroken
 * run from the top of the view (a virtualised grid renders rows just past its viewport). Zero when
 * nothing is rendered there yet: then wait rather than scroll on.
 */
function scrollStep(scroller: Element, rows: readonly Element[]): number {
  const top = viewportTop(scroller);
  const rects = rows.map((r) => r.getBoundingClientRect()).filter((r) => r.height > 0).sort((a, b) => a.top - b.top);
  let i = rects.findIndex((r) => r.bottom > top + 1);
  if (i < 0) return 0;
  while (i + 1 < rects.length && rects[i + 1]!.top - rects[i]!.bottom < 2) i++;
  return Math.max(0, Math.floor(rects[i]!.top - top));
}

/**
 * Scrolls and tells the page at once: a grid that renders from its scroll listener draws the new
 * rows now, not at the next frame (which a tab in the background may not get for a second).
 */
function scrollTo(scroller: Element, top: number): void {
  scroller.scrollTop = top;
  const target: EventTarget = isDocumentScroller(scroller) ? scroller.ownerDocument : scroller;
  target.dispatchEvent(new Event('scroll', { bubbles: target !== scroller }));
}

/** Reads every row of the table the target names, following its scrolling, Load more and Next. */
export async function crawlTable(target: CrawlTarget, options: CrawlOptions): Promise<CrawlResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const now = options.now ?? (() => Date.now());
  const { signal } = options;
  const started = now();
  const cache: RowCache = new WeakMap();
  const rows = new RowCollector(limits.maxRows, options.onRows);
  let source = target.source;
  let page = 1;
  let snapshot: TableSnapshot | undefined;
  let headers: string[] = [];
  let statedTotal: number | undefined;
  let activity: CrawlActivity = 'reading';
  const restore: [Element, number][] = [];

  const stated = () => statedTotal ?? snapshot?.statedTotal;
  const report = () => options.onProgress?.({ rows: rows.count, page, activity, statedTotal: stated() });
  const check = () => {
    if (signal?.aborted) throw new EndCrawl('stopped');
    if (now() - started > limits.maxMs) throw new EndCrawl('time-limit');
  };

  let sparse = false;
  /** Reads what is on screen now; returns how many rows were new. */
  const read = (): number => {
    check();
    if (!source.element.isConnected) {
      const found = target.relocate(source);
      if (!found) throw new EndCrawl('table-lost');
      source = found;
    }
    snapshot = source.read({ cache }) ?? snapshot;
    if (!snapshot) return 0;
    if (snapshot.headers.length >= headers.length) headers = snapshot.headers;
    const { added, held, sparse: someSparse } = rows.take(snapshot, page);
    sparse = someSparse;
    rows.flush(held);
    report();
    if (rows.limitReached) throw new EndCrawl('row-limit');
    return added;
  };

  const watched = (): Node[] => [source.element.parentNode ?? source.element];
  /** After a click the answer may show anywhere on the page (a spinner, an error banner). */
  const watchedWidely = (): Node[] => [source.element.getRootNode()];
  const settleAfterScroll = (trigger?: () => void) =>
    waitForSettle(watched(), { firstChangeMs: timing.scrollFirstChangeMs, quietMs: timing.scrollQuietMs, maxMs: timing.scrollMaxMs, signal, trigger });
  const rowElements = () => snapshot?.rowElements.filter((el) => el.isConnected) ?? [];
  const insideRows = (el: Element) => rowElements().some((row) => row.contains(el));

  /**
   * After a click or at the end of a list: waits for new rows, first up to `firstChangeMs` for the
   * page to react, then for as long as something visibly loads (or briefly, when nothing shows it).
   */
  const waitForNewRows = async (firstChangeMs: number, trigger?: () => void): Promise<boolean> => {
    const deadline = now() + timing.loadWaitMs;
    let waitForChange = firstChangeMs;
    let pending = trigger;
    const alertsBefore = pageAlerts(source.element);
    while (now() < deadline) {
      const changed = await waitForSettle(watchedWidely(), {
        firstChangeMs: waitForChange,
        quietMs: timing.loadQuietMs,
        maxMs: Math.max(1, deadline - now()),
        signal,
        trigger: pending,
      });
      pending = undefined;
      if (read() > 0) return true;
      const loading = isLoadingNear(source.element);
      if (!changed && !loading) return false;
      // The page reported an error instead of loading: waiting longer will not bring the rows.
      if (!loading && pageAlerts(source.element) !== alertsBefore) return false;
      waitForChange = Math.max(1, Math.min(deadline - now(), loading ? timing.loadWaitMs : timing.endWaitWithEvidenceMs / 4));
    }
    return false;
  };

  /** Rows drawn only near the view: the grid says it has more rows, or its scroll area is far taller than its rows. */
  const looksVirtual = (scroller: Element) => {
    const shown = snapshot?.rows.length ?? 0;
    if (snapshot?.statedTotal !== undefined && snapshot.statedTotal > shown) return true;
    if (isDocumentScroller(scroller)) return false;
    const rects = rowElements().map((r) => r.getBoundingClientRect());
    const span = rects.length ? Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)) : 0;
    return span > 0 && span < scroller.scrollHeight * 0.6;
  };

  const hasEvidenceOfMore = () => {
    const total = stated();
    return (total !== undefined && rows.count < total) || isLoadingNear(source.element);
  };

  /** Scrolls the rows' container step by step to its end, reading as rows render or load. */
  const drainScroll = async () => {
    let scroller = scrollContainerOf(rowElements()[0] ?? source.element);
    if (!scroller) return;
    if (!restore.some(([el]) => el === scroller)) restore.push([scroller, scroller.scrollTop]);
    if (!isDocumentScroller(scroller) && scroller.scrollTop > 0) {
      await settleAfterScroll(() => scrollTo(scroller!, 0));
      read();
    }
    let staticContent = false;
    for (;;) {
      check();
      if (atBottom(scroller)) {
        activity = 'scrolling';
        const total = stated();
        if (total !== undefined && rows.count >= total && !isLoadingNear(source.element)) return;
        // A Load more or Next button brings the rest: no need to wait for an infinite list.
        if (findLoadMoreControl(source.element, insideRows) || findNextControl(source.element, insideRows)) return;
        const evidence = hasEvidenceOfMore();
        if (!(await waitForNewRows(evidence ? timing.endWaitWithEvidenceMs : timing.endWaitMs))) return;
        scroller = scrollContainerOf(rowElements()[0] ?? source.element) ?? scroller;
        continue;
      }
      activity = 'scrolling';
      const step = staticContent ? scroller.scrollHeight : scrollStep(scroller, rowElements());
      const from = scroller;
      const changed = await settleAfterScroll(step > 0 ? () => scrollTo(from, from.scrollTop + step) : undefined);
      const added = read();
      await settleIfSparse();
      if (added === 0 && !changed && !staticContent) {
        if (looksVirtual(scroller)) {
          // A busy page may take a moment to render; never scroll on past rows it has not drawn yet.
          await waitForSettle(watched(), { firstChangeMs: timing.scrollMaxMs, quietMs: timing.scrollQuietMs, maxMs: timing.scrollMaxMs * 2, signal });
          read();
        } else {
          // Nothing renders on scroll: skip to the end rather than step through a long static page.
          staticContent = true;
        }
      }
    }
  };

  const click = (control: PagerControl, next: CrawlActivity) => () => {
    activity = next;
    report();
    control.element.click();
  };

  const loadMore = async (): Promise<boolean> => {
    const control = findLoadMoreControl(source.element, insideRows);
    if (!control || control.navigatesTo) return false;
    return waitForNewRows(timing.loadWaitMs, click(control, 'loading-more'));
  };

  const nextPage = async (): Promise<boolean> => {
    const control = findNextControl(source.element, insideRows);
    if (!control) return false;
    if (control.navigatesTo) throw new EndCrawl('next-page-elsewhere');
    if (page >= limits.maxPages) throw new EndCrawl('page-limit');
    page += 1;
    if (await waitForNewRows(timing.loadWaitMs, click(control, 'next-page'))) return true;
    // Nothing new came: the last page, or a Next that shows rows already read.
    page -= 1;
    const total = stated();
    if (total !== undefined && rows.count < total) throw new EndCrawl('next-page-stuck');
    return false;
  };

  let end: CrawlEnd = 'complete';
  const settleIfSparse = async () => {
    if (!sparse) return;
    // Some rows have fewer cells than rows before them: the page may still be drawing them.
    await waitForSettle(watched(), { firstChangeMs: timing.scrollSparseMs, quietMs: timing.scrollSparseMs, maxMs: timing.scrollMaxMs, signal });
    read();
  };

  try {
    // The page may still be drawing the table the admin just picked.
    await waitForSettle(watched(), { firstChangeMs: timing.scrollFirstChangeMs, quietMs: timing.scrollQuietMs, maxMs: timing.scrollMaxMs, signal });
    read();
    statedTotal = snapshot?.statedTotal ?? findStatedTotal(source.element);
    for (;;) {
      await settleIfSparse();
      await drainScroll();
      if (await loadMore()) continue;
      if (await nextPage()) continue;
      break;
    }
    await settleIfSparse();
  } catch (error) {
    if (!(error instanceof EndCrawl)) throw error;
    end = error.end;
  } finally {
    rows.flush();
    for (const [el, top] of restore) el.scrollTop = top;
  }
  return { end, headers, rows: rows.count, pages: page, statedTotal: stated() };
}
