import { choosePageSize, closeMenu, findLoadMoreControl, findNextControl, findPageControl, findPageSizeChoice, findPageSizeMenu, isLoadingNear, pageAlerts, pageSizeOptions, pressControl, type PagerControl } from './controls';
import { findStatedTotal } from './stated-total';
import { waitForMatch, waitForSettle } from './settle';
import { RowCollector } from './row-collector';
import { createLookBook } from './read-cell';
import { atBottom, isDocumentScroller, reachAbove, scrollContainerOf, scrollStep, scrollTo } from './scrolling';
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
  /** How long a page-size menu may take to show its options once pressed. */
  menuWaitMs: number;
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
  menuWaitMs: 3_000,
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
  /** The rows a page shows after the export chose the largest page size the table offered. */
  pageSize?: number;
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

/** One export's reading of a table: what it has seen, where it is, and how it moves on. */
class TableCrawler {
  private readonly limits: CrawlLimits;
  private readonly timing: CrawlTiming;
  private readonly now: () => number;
  private readonly started: number;
  private readonly cache: RowCache = new WeakMap();
  private readonly looks = createLookBook();
  private readonly rows: RowCollector;
  private readonly restore: [Element, number][] = [];
  private source: TableSource;
  private snapshot: TableSnapshot | undefined;
  private headers: string[] = [];
  private statedTotal: number | undefined;
  private page = 1;
  private pageSize: number | undefined;
  private activity: CrawlActivity = 'reading';
  private sparse = false;

  constructor(
    private readonly target: CrawlTarget,
    private readonly options: CrawlOptions,
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.now = options.now ?? (() => Date.now());
    this.started = this.now();
    this.rows = new RowCollector(this.limits.maxRows, options.onRows);
    this.source = target.source;
  }

  async run(): Promise<CrawlResult> {
    let end: CrawlEnd = 'complete';
    try {
      // The page may still be drawing the table the admin just picked: it has drawn once two frames pass
      // without a change, unless it shows it is still loading.
      const { scrollFirstChangeMs: firstChangeMs, scrollQuietMs: quietMs, scrollMaxMs: maxMs } = this.timing;
      const quietFrames = isLoadingNear(this.source.element) ? undefined : 2;
      await waitForSettle(this.watched(), { firstChangeMs, quietMs, maxMs, signal: this.options.signal, ...(quietFrames && { quietFrames }) });
      this.read();
      this.statedTotal = this.snapshot?.statedTotal ?? findStatedTotal(this.source.element);
      await this.showLargestPages();
      for (;;) {
        await this.settleIfSparse();
        await this.drainScroll();
        if (await this.loadMore()) continue;
        if (await this.nextPage()) continue;
        break;
      }
      await this.settleIfSparse();
    } catch (error) {
      if (!(error instanceof EndCrawl)) throw error;
      end = error.end;
    } finally {
      this.rows.flush();
      for (const [el, top] of this.restore) el.scrollTop = top;
    }
    const result: CrawlResult = { end, headers: this.headers, rows: this.rows.count, pages: this.page, statedTotal: this.stated() };
    if (this.pageSize !== undefined) result.pageSize = this.pageSize;
    return result;
  }

  private stated(): number | undefined {
    return this.statedTotal ?? this.snapshot?.statedTotal;
  }

  private report(): void {
    this.options.onProgress?.({ rows: this.rows.count, page: this.page, activity: this.activity, statedTotal: this.stated() });
  }

  private check(): void {
    if (this.options.signal?.aborted) throw new EndCrawl('stopped');
    if (this.now() - this.started > this.limits.maxMs) throw new EndCrawl('time-limit');
  }

  /** Reads what is on screen now; returns how many rows were new. */
  private read(): number {
    this.check();
    if (!this.source.element.isConnected) {
      const found = this.target.relocate(this.source);
      if (!found) throw new EndCrawl('table-lost');
      this.source = found;
    }
    this.snapshot = this.source.read({ cache: this.cache, looks: this.looks }) ?? this.snapshot;
    if (!this.snapshot) return 0;
    if (this.snapshot.headers.length >= this.headers.length) this.headers = this.snapshot.headers;
    const { added, held, sparse } = this.rows.take(this.snapshot, this.page);
    this.sparse = sparse;
    this.rows.flush(held);
    this.report();
    if (this.rows.limitReached) throw new EndCrawl('row-limit');
    return added;
  }

  private watched(): Node[] {
    return [this.source.element.parentNode ?? this.source.element];
  }

  /** After a click the answer may show anywhere on the page (a spinner, an error banner). */
  private watchedWidely(): Node[] {
    return [this.source.element.getRootNode()];
  }

  private settle(nodes: Node[], firstChangeMs: number, quietMs: number, maxMs: number, trigger?: () => void, endWithFrame = false): Promise<boolean> {
    return waitForSettle(nodes, { firstChangeMs, quietMs, maxMs, signal: this.options.signal, trigger, endWithFrame });
  }

  /** After a scroll step: rows a grid draws in an animation frame are read as that frame ends. */
  private settleScroll(trigger?: () => void): Promise<boolean> {
    const { scrollFirstChangeMs, scrollQuietMs, scrollMaxMs } = this.timing;
    return this.settle(this.watched(), scrollFirstChangeMs, scrollQuietMs, scrollMaxMs, trigger, true);
  }

  private rowElements(): Element[] {
    return this.snapshot?.rowElements.filter((el) => el.isConnected) ?? [];
  }

  private readonly insideRows = (el: Element) => this.rowElements().some((row) => row.contains(el));

  /** Some rows have fewer cells than finished rows had: the page may still be drawing them. */
  private async settleIfSparse(): Promise<void> {
    if (!this.sparse) return;
    await this.settle(this.watched(), this.timing.scrollSparseMs, this.timing.scrollSparseMs, this.timing.scrollMaxMs);
    this.read();
  }

  /**
   * After a click or at the end of a list: waits for new rows, first up to `firstChangeMs` for the
   * page to react, then for as long as something visibly loads (or briefly, when nothing shows it).
   * `answered`: the page shows it did what the trigger asked (a menu showing the size picked), so once
   * quiet it brings nothing more by itself.
   */
  private async waitForNewRows(firstChangeMs: number, trigger?: () => void, answered?: () => boolean): Promise<boolean> {
    const deadline = this.now() + this.timing.loadWaitMs;
    let waitForChange = firstChangeMs;
    let pending = trigger;
    const alertsBefore = pageAlerts(this.source.element);
    while (this.now() < deadline) {
      const changed = await this.settle(this.watchedWidely(), waitForChange, this.timing.loadQuietMs, Math.max(1, deadline - this.now()), pending);
      pending = undefined;
      if (this.read() > 0) return true;
      const loading = isLoadingNear(this.source.element);
      if (!changed && !loading) return false;
      // The page changed, is quiet and shows it did what was asked: rows it draws only when scrolled to are not waited for.
      if (changed && !loading && answered?.()) return false;
      // The page reported an error instead of loading: waiting longer will not bring the rows.
      if (!loading && pageAlerts(this.source.element) !== alertsBefore) return false;
      waitForChange = Math.max(1, Math.min(deadline - this.now(), loading ? this.timing.loadWaitMs : this.timing.endWaitWithEvidenceMs / 4));
    }
    return false;
  }

  /** Rows drawn only near the view: the grid says it has more rows, or its scroll area is far taller than its rows. */
  private looksVirtual(scroller: Element): boolean {
    const shown = this.snapshot?.rows.length ?? 0;
    if (this.snapshot?.statedTotal !== undefined && this.snapshot.statedTotal > shown) return true;
    if (isDocumentScroller(scroller)) return false;
    const rects = this.rowElements().map((r) => r.getBoundingClientRect());
    const span = rects.length ? Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)) : 0;
    return span > 0 && span < scroller.scrollHeight * 0.6;
  }

  /** The highest row number the page gives the rows on screen, when it numbers them. */
  private lastNumber(): number | undefined {
    let last: number | undefined;
    for (const key of this.snapshot?.rowKeys ?? []) {
      const n = key === undefined ? NaN : Number(key);
      if (!Number.isInteger(n)) return undefined;
      last = Math.max(last ?? n, n);
    }
    return last;
  }

  /**
   * Not every row numbered past `last` up to those drawn is on screen, or none short of the end: a step
   * went too far, or the grid has not drawn them yet.
   */
  private skippedAfter(last: number, scroller: Element): boolean {
    const after = new Set((this.snapshot?.rowKeys ?? []).map(Number).filter((n) => n > last));
    if (after.size === 0) return !atBottom(scroller);
    return after.size < Math.max(...after) - last;
  }

  /** At the end of the scroll area: more may come by itself (an infinite list), or by a button (not ours to wait for here). */
  private async waitAtEnd(): Promise<boolean> {
    const total = this.stated();
    const loading = isLoadingNear(this.source.element);
    if (total !== undefined && this.rows.count >= total && !loading) return false;
    // A Load more or Next button brings the rest: no need to wait for an infinite list.
    if (findLoadMoreControl(this.source.element, this.insideRows) || this.nextControl()) return false;
    const evidence = (total !== undefined && this.rows.count < total) || loading;
    return this.waitForNewRows(evidence ? this.timing.endWaitWithEvidenceMs : this.timing.endWaitMs);
  }

  /** Scrolls the rows' container step by step to its end, reading as rows render or load. */
  private async drainScroll(): Promise<void> {
    let scroller = scrollContainerOf(this.rowElements()[0] ?? this.source.element);
    if (!scroller) return;
    if (!this.restore.some(([el]) => el === scroller)) this.restore.push([scroller, scroller.scrollTop]);
    const { scrollQuietMs, scrollMaxMs } = this.timing;
    if (!isDocumentScroller(scroller) && scroller.scrollTop > 0) {
      const top = scroller;
      await this.settleScroll(() => scrollTo(top, 0));
      this.read();
    }
    let staticContent = false;
    // Rows the page numbers show whether a longer step skipped any; until one does, steps reach past the view by the rows drawn above it too.
    let overscan = true;
    for (;;) {
      this.check();
      this.activity = 'scrolling';
      if (atBottom(scroller)) {
        if (!(await this.waitAtEnd())) return;
        scroller = scrollContainerOf(this.rowElements()[0] ?? this.source.element) ?? scroller;
        continue;
      }
      const plain = staticContent ? scroller.scrollHeight : scrollStep(scroller, this.rowElements());
      // Only past a view the grid has drawn whole and beyond: rows above a view it has not caught up with may be old ones.
      const last = overscan && plain >= scroller.clientHeight ? this.lastNumber() : undefined;
      const extra = last !== undefined ? reachAbove(scroller, this.rowElements()) : 0;
      const step = plain + extra;
      const from = scroller;
      let changed = await this.settleScroll(step > 0 ? () => scrollTo(from, from.scrollTop + step) : undefined);
      let added = this.read();
      await this.settleIfSparse();
      if (extra > 0 && this.skippedAfter(last!, from)) {
        // A busy grid may not have drawn them yet, or drawn some blank (left out of the reading): a moment for it first.
        changed = (await this.settleScroll()) || changed;
        added += this.read();
      }
      if (extra > 0 && this.skippedAfter(last!, from)) {
        // The page draws no rows above its view (or not yet): back to where the usual step lands.
        overscan = false;
        changed = (await this.settleScroll(() => scrollTo(from, from.scrollTop - extra))) || changed;
        added += this.read();
        await this.settleIfSparse();
      }
      if (added > 0 || changed || staticContent) continue;
      if (this.looksVirtual(scroller)) {
        // A busy page may take a moment to render; never scroll on past rows it has not drawn yet.
        await this.settle(this.watched(), scrollMaxMs, scrollQuietMs, scrollMaxMs * 2);
        this.read();
      } else {
        // Nothing renders on scroll: skip to the end rather than step through a long static page.
        staticContent = true;
      }
    }
  }

  private click(control: PagerControl, activity: CrawlActivity): () => void {
    return () => {
      this.activity = activity;
      this.report();
      control.element.click();
    };
  }

  private async loadMore(): Promise<boolean> {
    const control = findLoadMoreControl(this.source.element, this.insideRows);
    if (!control || control.navigatesTo) return false;
    return this.waitForNewRows(this.timing.loadWaitMs, this.click(control, 'loading-more'));
  }

  /** The control to the next page: a Next button, or else the button numbered as the next page. */
  private nextControl(): PagerControl | undefined {
    return findNextControl(this.source.element, this.insideRows) ?? findPageControl(this.source.element, this.page + 1, this.insideRows);
  }

  /** A paged table offering a larger page size: the largest is chosen first, so fewer pages are read. */
  private async showLargestPages(): Promise<void> {
    const total = this.stated();
    if (total !== undefined && this.rows.count >= total) return;
    const next = this.nextControl();
    if (!next) return;
    const pick = (choose: () => void) => () => {
      this.activity = 'next-page';
      this.report();
      choose();
    };
    const choice = findPageSizeChoice(this.source.element, this.insideRows);
    if (choice) {
      if (await this.waitForNewRows(this.timing.loadWaitMs, pick(() => choosePageSize(choice)))) this.pageSize = choice.size;
      return;
    }
    // A select drawn as a menu beside the pager: open it, and take its largest option if larger than now.
    const menu = findPageSizeMenu(next.element, this.insideRows);
    if (!menu) return;
    const watched = [...new Set<Node>([this.source.element.getRootNode(), this.source.element.ownerDocument])];
    const options = await waitForMatch(watched, () => pageSizeOptions(menu.trigger), { maxMs: this.timing.menuWaitMs, signal: this.options.signal, trigger: () => pressControl(menu.trigger) });
    this.check();
    const largest = options?.reduce((a, b) => (b.size > a.size ? b : a));
    if (!largest || largest.size <= menu.current) {
      closeMenu(menu.trigger);
      return;
    }
    // A grid that virtualises its page shows no new rows until scrolled: the menu then says the size taken.
    const taken = () => {
      const near = menu.trigger.isConnected ? menu.trigger : this.nextControl()?.element;
      return (near && findPageSizeMenu(near, this.insideRows))?.current === largest.size;
    };
    const more = await this.waitForNewRows(this.timing.loadWaitMs, pick(() => pressControl(largest.element)), taken);
    if (more || taken()) this.pageSize = largest.size;
  }

  private async nextPage(): Promise<boolean> {
    const control = this.nextControl();
    if (!control) return false;
    if (control.navigatesTo) throw new EndCrawl('next-page-elsewhere');
    if (this.page >= this.limits.maxPages) throw new EndCrawl('page-limit');
    this.page += 1;
    if (await this.waitForNewRows(this.timing.loadWaitMs, this.click(control, 'next-page'))) return true;
    // Nothing new came: the last page, or a Next that shows rows already read.
    this.page -= 1;
    const total = this.stated();
    if (total !== undefined && this.rows.count < total) throw new EndCrawl('next-page-stuck');
    return false;
  }
}

/** Reads every row of the table the target names, following its scrolling, Load more and Next. */
export function crawlTable(target: CrawlTarget, options: CrawlOptions): Promise<CrawlResult> {
  return new TableCrawler(target, options).run();
}
