export interface RowWindow {
  /** First and one-past-last position drawn. */
  start: number;
  end: number;
  /** Heights of the empty space above and below the drawn rows. */
  before: number;
  after: number;
}

export interface WindowInput {
  total: number;
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  headerHeight: number;
  overscan: number;
  maxRows: number;
}

/**
 * Which rows to draw for a scroll position: only the visible ones and a few either side. Rows have one
 * fixed height, so this is arithmetic, and 50,000 rows cost the same as 50.
 */
export function rowWindow({ total, scrollTop, viewportHeight, rowHeight, headerHeight, overscan, maxRows }: WindowInput): RowWindow {
  const top = Math.max(0, scrollTop - headerHeight);
  const firstVisible = Math.min(total, Math.floor(top / rowHeight));
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(total, start + Math.min(maxRows, visible + overscan * 2));
  return { start, end, before: start * rowHeight, after: (total - end) * rowHeight };
}

/** The scroll position that brings a row fully into view, or undefined if it already is. */
export function scrollToShow(
  pos: number,
  { scrollTop, viewportHeight, rowHeight, headerHeight }: Pick<WindowInput, 'scrollTop' | 'viewportHeight' | 'rowHeight' | 'headerHeight'>,
): number | undefined {
  const rowTop = headerHeight + pos * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop - headerHeight < scrollTop) return rowTop - headerHeight;
  if (rowBottom > scrollTop + viewportHeight) return rowBottom - viewportHeight;
  return undefined;
}
