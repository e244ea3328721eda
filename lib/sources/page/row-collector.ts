import type { TableSnapshot } from './types';

interface Pending {
  cells: string[];
  filled: number;
  order: number;
  /** Readings in a row that found it no fuller: a numbered row this steady is finished. */
  steady: number;
}

/** A numbered row read unchanged this many more times is sent on, so an interrupted export keeps it. */
const STEADY_READS = 2;

function filledCount(cells: readonly string[]): number {
  return cells.reduce((n, c) => n + (c === '' ? 0 : 1), 0);
}

/**
 * Every row once. Rows the page numbers (aria-rowindex) are held while still on screen, because a
 * virtualised grid may fill their cells a moment later; the fuller reading wins. Once read unchanged
 * a few times they are sent on, so rows read before a closed tab or a stopped worker are kept.
 */
export class RowCollector {
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
      const known = this.pending.get(key);
      if (known) {
        if (filled >= known.filled) Object.assign(known, { cells, filled, steady: filled === known.filled ? known.steady + 1 : 0 });
        this.seenContent.add(content);
      }
      if ((index !== undefined && (known?.steady ?? 0) < STEADY_READS) || rowSparse) held.add(key);
      if (known) return;
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
      this.pending.set(key, { cells, filled, order, steady: 0 });
      if (keptOrder === undefined) added += 1;
    });
    return { added, held, sparse };
  }

  /** Sends every row no longer held (all of them at the end), in page order. */
  flush(keep: ReadonlySet<string> = new Set()): void {
    const out: Pending[] = [];
    // Nothing after a row still held goes first: a crawl that steps back to rows it skipped keeps page order.
    let firstHeld = Infinity;
    for (const [key, row] of this.pending) if (keep.has(key)) firstHeld = Math.min(firstHeld, row.order);
    for (const [key, row] of this.pending) {
      if (keep.has(key) || row.order > firstHeld) continue;
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
