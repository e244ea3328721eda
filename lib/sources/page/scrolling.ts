/** Scrolling a table's rows into the DOM: which element scrolls them, and how far is safe to go. */

export function isDocumentScroller(el: Element): boolean {
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

export function atBottom(scroller: Element): boolean {
  return scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
}

/**
 * How far to scroll so that no row is skipped: to the top of the last row rendered in one unbroken
 * run from the top of the view (a virtualised grid renders rows just past its viewport). Zero when
 * nothing is rendered there yet: then wait rather than scroll on.
 */
export function scrollStep(scroller: Element, rows: readonly Element[]): number {
  const top = viewportTop(scroller);
  const rects = rows.map((r) => r.getBoundingClientRect()).filter((r) => r.height > 0).sort((a, b) => a.top - b.top);
  let i = rects.findIndex((r) => r.bottom > top + 1);
  if (i < 0) return 0;
  // Cards spaced apart by a margin still run unbroken: a row left undrawn would leave a gap a row high.
  const gap = Math.max(2, Math.min(...rects.map((r) => r.height)) / 2);
  const first = i;
  while (i + 1 < rects.length && rects[i + 1]!.top - rects[i]!.bottom < gap) i++;
  // Only the top row is drawn so far: its own end is as far as is safe, never no step at all.
  if (i === first && rects[i]!.top <= top + 1) return Math.max(0, Math.floor(rects[i]!.bottom - top));
  return Math.max(0, Math.floor(rects[i]!.top - top));
}

/**
 * How far above the view the rows drawn there reach, in one unbroken run up from its top: a grid
 * that keeps rows drawn beyond its view on both sides draws as many above its next position too, so
 * a step may go this much further without skipping a row (the crawl checks the row numbers after).
 */
export function reachAbove(scroller: Element, rows: readonly Element[]): number {
  const top = viewportTop(scroller);
  const rects = rows.map((r) => r.getBoundingClientRect()).filter((r) => r.height > 0).sort((a, b) => a.top - b.top);
  let i = rects.findIndex((r) => r.bottom > top + 1);
  if (i <= 0) return 0;
  const gap = Math.max(2, Math.min(...rects.map((r) => r.height)) / 2);
  while (i > 0 && rects[i]!.top - rects[i - 1]!.bottom < gap) i--;
  return Math.max(0, Math.floor(top - rects[i]!.top));
}

/**
 * Scrolls and tells the page at once: a grid that renders from its scroll listener draws the new
 * rows now, not at the next frame (which a tab in the background may not get for a second).
 */
export function scrollTo(scroller: Element, top: number): void {
  scroller.scrollTop = top;
  const target: EventTarget = isDocumentScroller(scroller) ? scroller.ownerDocument : scroller;
  target.dispatchEvent(new Event('scroll', { bubbles: target !== scroller }));
}
