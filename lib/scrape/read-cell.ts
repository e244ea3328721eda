const MAILTO = /^mailto:/i;
const ELLIPSIS = /(\.\.\.|…)$/;
/** Marks a line break from layout (a block or <br>), kept apart from whitespace in the source. */
const BREAK = '\u0000';
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'IMG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT']);
/** Used where there is no layout to ask (a parsed document): the tags browsers show as blocks. */
const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The element's parent, stepping out of a shadow root to its host. */
export function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode as (Node & { host?: Element }) | null;
  return parent && parent.nodeType === 11 && parent.host ? parent.host : null;
}

/** Hidden by its own style or attributes (ancestors not considered). */
export function isSelfHidden(el: Element, style?: CSSStyleDeclaration): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const s = style ?? el.ownerDocument.defaultView?.getComputedStyle(el);
  return !!s && (s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse');
}

/** True when the element (or an ancestor, across shadow roots) is not rendered; works without layout in tests too. */
export function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    if (isSelfHidden(node)) return true;
  }
  return false;
}

/** The email a cell links to, even when the link only shows an icon. */
export function mailtoAddress(cell: Element): string | undefined {
  const link = cell.matches('a[href]') ? cell : cell.querySelector('a[href^="mailto:" i]');
  return addressOfLink(link);
}

export function addressOfLink(link: Element | null): string | undefined {
  const href = link?.getAttribute('href');
  if (!href || !MAILTO.test(href)) return undefined;
  let address: string;
  try {
    address = decodeURIComponent(href.replace(MAILTO, '').split('?')[0] ?? '');
  } catch {
    address = href.replace(MAILTO, '').split('?')[0] ?? '';
  }
  return address.trim() || undefined;
}

/** The shown text is the start of the full value, cut with an ellipsis or by the element's width. */
function looksTruncated(shown: string, full: string, el: Element): boolean {
  if (!shown) return false;
  const stem = shown.replace(ELLIPSIS, '');
  if (full.length <= stem.length || !full.startsWith(stem)) return false;
  return stem !== shown || el.scrollWidth > el.clientWidth;
}

/** Shown with nothing to see: screen-reader-only text, transparent or clipped to nothing. */
export function visuallyHidden(style: CSSStyleDeclaration): boolean {
  if (style.opacity === '0') return true;
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  return style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)' || (parseFloat(style.width) <= 1 && parseFloat(style.height) <= 1);
}

type Flow = 'lines' | 'across' | 'normal';

/** How a container lays its children out: a column of lines, side by side (a flex row, a grid), or as text flows. */
function flowOf(style: CSSStyleDeclaration | undefined): Flow {
  const display = style?.display ?? '';
  if (display.includes('flex')) return (style!.flexDirection ?? '').startsWith('column') ? 'lines' : 'across';
  if (display.includes('grid')) return 'across';
  return 'normal';
}

function isBlock(el: Element, style: CSSStyleDeclaration | undefined): boolean {
  if (!style || !style.display) return BLOCK_TAGS.has(el.tagName);
  return !style.display.startsWith('inline') && style.display !== 'contents' && style.display !== 'table-cell';
}

/** The visible text of an element's children, with layout line breaks marked. */
function childrenText(el: Element, style?: CSSStyleDeclaration): string {
  const flow = flowOf(style ?? el.ownerDocument.defaultView?.getComputedStyle(el));
  let out = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) out += (node as Text).data;
    else if (node.nodeType === 1) out += elementText(node as Element, flow);
  }
  return out;
}

function controlText(el: Element): string {
  if (el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    return select.selectedOptions?.[0]?.textContent ?? '';
  }
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    return ['text', 'email', 'tel', ''].includes(input.type) && input.readOnly ? input.value : '';
  }
  return '';
}

function elementText(el: Element, parentFlow: Flow): string {
  if (NEVER_TEXT.has(el.tagName)) return controlText(el);
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return '';
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (style && (isSelfHidden(el, style) || visuallyHidden(style))) return '';
  if (el.tagName === 'BR') return BREAK;
  let text = el.childElementCount === 0 ? (el.textContent ?? '') : childrenText(el, style);
  const shown = collapseWhitespace(text.replaceAll(BREAK, ' '));
  const title = collapseWhitespace(el.getAttribute('title') ?? '');
  if (title && looksTruncated(shown, title, el)) text = title;
  else if (!shown && el.tagName === 'A') text = addressOfLink(el) ?? '';
  // Items of a flex row or a grid sit side by side (a flex item's own display says block even so).
  if (parentFlow === 'across') return ` ${text} `;
  return parentFlow === 'lines' || isBlock(el, style) ? BREAK + text + BREAK : text;
}

function toLines(raw: string): string {
  return raw
    .split(BREAK)
    .map(collapseWhitespace)
    .filter((line) => line !== '')
    .join('\n');
}

/** What a cell shows with nothing to read: its label or tooltip, the way a person hovering would learn it. */
function fallbackText(cell: Element): string {
  const own = cell.getAttribute('aria-label') ?? cell.getAttribute('title');
  if (own?.trim()) return collapseWhitespace(own);
  const tooltip = cell.querySelector('[title]:not(button):not(input)')?.getAttribute('title');
  return collapseWhitespace(tooltip ?? '');
}

/**
 * A cell's text as a person reads it: visible text only, whitespace collapsed, truncated values
 * taken whole from their title, icon-only email links as their address. Parts laid out one under
 * the other (name over email) stay on separate lines, joined with "\n", so mapping can split them.
 */
export function readCellText(cell: Element): string {
  let text: string;
  if (cell.childElementCount === 0) {
    text = collapseWhitespace(cell.textContent ?? '');
  } else {
    text = toLines(childrenText(cell));
  }
  const title = collapseWhitespace(cell.getAttribute('title') ?? '');
  if (title && !text.includes('\n') && looksTruncated(text, title, cell)) return title;
  if (text) return text;
  return mailtoAddress(cell) ?? fallbackText(cell);
}
