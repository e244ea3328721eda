const MAILTO = /^mailto:/i;

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** True when the element (or an ancestor) is not rendered; works without layout in tests too. */
export function isHidden(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

/** The email a cell links to, even when the link only shows an icon. */
export function mailtoAddress(cell: Element): string | undefined {
  const link = cell.querySelector('a[href^="mailto:" i]');
  const href = link?.getAttribute('href');
  if (!href || !MAILTO.test(href)) return undefined;
  const address = decodeURIComponent(href.replace(MAILTO, '').split('?')[0] ?? '');
  return address.trim() || undefined;
}

/** A cell's text as a person reads it: visible text, collapsed, with truncated values taken whole. */
export function readCellText(cell: Element): string {
  const text = collapseWhitespace(cell.textContent ?? '');
  const title = cell.getAttribute('title') ?? cell.querySelector('[title]')?.getAttribute('title');
  const full = collapseWhitespace(title ?? '');
  if (full && looksTruncated(text, full)) return full;
  if (!text) return mailtoAddress(cell) ?? collapseWhitespace(cell.getAttribute('aria-label') ?? '');
  return text;
}

function looksTruncated(shown: string, full: string): boolean {
  const stem = shown.replace(/(\.\.\.|…)$/, '');
  return full.length > stem.length && full.startsWith(stem);
}
