const MAILTO = /^mailto:/i;
const ELLIPSIS = /(\.\.\.|…)$/;
/** Marks a line break from layout (a block or <br>), kept apart from whitespace in the source. */
const BREAK = '\u0000';
/** Marks the edges of parts laid out side by side (a flex row's items), so decoration among them can be told apart. */
const PIECE = '\u0001';
/** Wraps a chip's text: a short label on its own background or outline (a badge such as "Admin"). */
const CHIP = '\u0002';
const MARKS = /[\u0000-\u0002]/g;
/** A chip is a word or three; longer text on a background is content (a highlighted note). */
const CHIP_MAX = 30;
/** Elements whose own text is never a cell's (code, media, form controls): list fields skip them too. */
export const NEVER_TEXT: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'IMG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT']);
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

/** Hidden by its attributes alone (`hidden`, aria-hidden), which need no style computed. */
export function isMarkedHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** Hidden by its own style or attributes (ancestors not considered). */
export function isSelfHidden(el: Element, style?: CSSStyleDeclaration): boolean {
  if (isMarkedHidden(el)) return true;
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

/** Where a page keeps a value it shows cut short: the tooltip, or the label a screen reader hears. */
const FULL_FORM_ATTRIBUTES = ['title', 'aria-label', 'aria-description'];

/** The whole value behind shown text cut short, from the first of its tooltip attributes that holds it. */
function fullFormOf(el: Element, shown: string): string | undefined {
  for (const name of FULL_FORM_ATTRIBUTES) {
    const full = collapseWhitespace(el.getAttribute(name) ?? '');
    if (full && looksTruncated(shown, full, el)) return full;
  }
  return undefined;
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

/** What an element's computed style means for reading it. */
interface Look {
  hidden: boolean;
  block: boolean;
  flow: Flow;
  /** Drawn as a pill or tag: padded inside its own background, border or ring. */
  boxed: boolean;
}

/**
 * Looks already worked out for elements built alike: by their place in the cell (the path of
 * parents), tag, class and inline style. The cells of one column are built alike, so style is asked
 * once per column rather than once per cell.
 */
export interface LookMemo {
  look?: Look;
  children?: Map<string, LookMemo>;
}

export function createLookMemo(): LookMemo {
  return {};
}

/**
 * What a crawl keeps from one reading of a table to the next about how it is drawn. Asking an element's
 * style makes the browser work out the page's style and layout at once, before the grid's frame is done
 * drawing; asked once per kind of element for the whole crawl, a scroll step reads the new rows' text only.
 */
export interface LookBook {
  /** The looks of each column's cells, by the reader's key for the column. */
  columns: Map<string, LookMemo>;
  /** Hidden or not, per kind of element (its place, tag, class and inline style), as a reader keys it. */
  kinds: Map<string, boolean>;
  /** Hidden or not, per element that stays drawn (a header cell). */
  elements: WeakMap<Element, boolean>;
}

export function createLookBook(): LookBook {
  return { columns: new Map(), kinds: new Map(), elements: new WeakMap() };
}

/** A column's memo from the crawl's book when there is one, else a fresh one for this reading only. */
export function columnMemo(book: LookBook | undefined, key: string): LookMemo {
  if (!book) return createLookMemo();
  let memo = book.columns.get(key);
  if (!memo) book.columns.set(key, (memo = createLookMemo()));
  return memo;
}

/** Hidden by its own style or attributes, asked once per kind of element (tag, class, inline style) given a crawl's book. */
export function isKindHidden(book: LookBook | undefined, el: Element): boolean {
  if (!book) return isSelfHidden(el);
  if (isMarkedHidden(el)) return true;
  const key = `${el.tagName} ${el.getAttribute('class') ?? ''}|${el.getAttribute('style') ?? ''}`;
  let hidden = book.kinds.get(key);
  if (hidden === undefined) book.kinds.set(key, (hidden = isSelfHidden(el)));
  return hidden;
}

/** `judge(el)`, remembered in the crawl's book for this element. */
export function rememberedHidden(book: LookBook | undefined, el: Element, judge: (el: Element) => boolean): boolean {
  if (!book) return judge(el);
  let hidden = book.elements.get(el);
  if (hidden === undefined) book.elements.set(el, (hidden = judge(el)));
  return hidden;
}

const NO_COLOUR = /^(transparent|rgba\(\s*0\s*,\s*0\s*,\s*0\s*,\s*0\s*\))?$/;

/** Padded inside its own background, border or ring (box-shadow): a pill, not highlighted words. */
function isBoxed(style: CSSStyleDeclaration): boolean {
  if (!(parseFloat(style.paddingLeft) > 0 || parseFloat(style.paddingRight) > 0)) return false;
  if (!NO_COLOUR.test(style.backgroundColor ?? '')) return true;
  if (style.boxShadow && style.boxShadow !== 'none') return true;
  return ['Top', 'Right', 'Bottom', 'Left'].every((side) => {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    return width > 0 && kind !== '' && kind !== 'none' && kind !== 'hidden';
  });
}

function computeLook(el: Element): Look {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (!style) return { hidden: false, block: BLOCK_TAGS.has(el.tagName), flow: 'normal', boxed: false };
  return { hidden: isSelfHidden(el, style) || visuallyHidden(style), block: isBlock(el, style), flow: flowOf(style), boxed: isBoxed(style) };
}

/** The memo node for an element under its parent's node. */
function memoFor(el: Element, parent: LookMemo): LookMemo {
  const className = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
  const style = el.getAttribute('style');
  const key = style === null ? `${el.tagName} ${className}` : `${el.tagName} ${className}|${style}`;
  parent.children ??= new Map();
  let node = parent.children.get(key);
  if (!node) parent.children.set(key, (node = {}));
  return node;
}

function lookOf(el: Element, memo: LookMemo | undefined): Look {
  if (!memo) return computeLook(el);
  return (memo.look ??= computeLook(el));
}

/** The visible text of an element's children, with layout line breaks marked. */
/** A web component draws its shadow tree, and a slot there the light children placed in it (or its own fallback). */
function drawnChildren(el: Element): ArrayLike<Node> | undefined {
  if (el.shadowRoot) return el.shadowRoot.childNodes;
  if (el.tagName !== 'SLOT') return undefined;
  const placed = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
  return placed.length > 0 ? placed : undefined;
}

function childrenText(el: Element, flow: Flow, memo: LookMemo | undefined): string {
  let out = '';
  const drawn = drawnChildren(el);
  if (drawn) {
    for (const node of Array.from(drawn)) out += nodeText(node, flow, memo);
    return out;
  }
  for (let node = el.firstChild; node; node = node.nextSibling) out += nodeText(node, flow, memo);
  return out;
}

function nodeText(node: Node, flow: Flow, memo: LookMemo | undefined): string {
  if (node.nodeType === 3) return (node as Text).data;
  return node.nodeType === 1 ? elementText(node as Element, flow, memo) : '';
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

function elementText(el: Element, parentFlow: Flow, parentMemo: LookMemo | undefined): string {
  if (NEVER_TEXT.has(el.tagName)) return controlText(el);
  if (isMarkedHidden(el)) return '';
  const memo = parentMemo && memoFor(el, parentMemo);
  const look = lookOf(el, memo);
  if (look.hidden) return '';
  if (el.tagName === 'BR') return BREAK;
  let text = el.childElementCount === 0 && !el.shadowRoot && el.tagName !== 'SLOT' ? (el.textContent ?? '') : childrenText(el, look.flow, memo);
  const title = el.getAttribute('title') ?? el.getAttribute('aria-label') ?? el.getAttribute('aria-description');
  if (title || (el.tagName === 'A' && !text.trim())) {
    const shown = collapseWhitespace(text.replace(MARKS, ' '));
    const full = fullFormOf(el, shown);
    if (full) text = full;
    else if (!shown && el.tagName === 'A') text = addressOfLink(el) ?? '';
  }
  const inline = !look.block || parentFlow === 'across';
  if (look.boxed && inline && isChipText(text)) text = CHIP + collapseWhitespace(text.replace(MARKS, ' ')) + CHIP;
  // Items of a flex row or a grid sit side by side (a flex item's own display says block even so).
  if (parentFlow === 'across') return PIECE + text + PIECE;
  return parentFlow === 'lines' || look.block ? BREAK + text + BREAK : text;
}

function isChipText(text: string): boolean {
  if (/[\u0000\u0002]/.test(text)) return false;
  const words = collapseWhitespace(text.replace(MARKS, ' '));
  // "(Terminated)" after a name is said in words, even when drawn in a pill.
  if (/^\(.*\)$/.test(words)) return false;
  return words !== '' && words.length <= CHIP_MAX && words.split(' ').length <= 3;
}

interface Part {
  text: string;
  chip: boolean;
}

/** A line's parts: the runs between side-by-side edges and chips. */
function partsOf(line: string): Part[] {
  const parts: Part[] = [];
  for (const [i, run] of line.split(CHIP).entries()) {
    // Odd runs sat between a chip's two marks.
    if (i % 2 === 1) {
      const text = collapseWhitespace(run);
      if (text) parts.push({ text, chip: true });
      continue;
    }
    for (const piece of run.split(PIECE)) {
      const text = collapseWhitespace(piece);
      if (text) parts.push({ text, chip: false });
    }
  }
  return parts;
}

const INITIALS = /^\p{Lu}{1,3}$/u;

/** "JD" beside "Jane Doe": an avatar's letters, not something the person is called. */
export function isInitialsOf(part: string, others: readonly string[]): boolean {
  if (!INITIALS.test(part)) return false;
  return others.some((other) => {
    const words = other.split(' ').filter((w) => /^\p{L}/u.test(w));
    if (words.length < 2) return false;
    const letters = words.map((w) => w[0]!.toLocaleUpperCase());
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!);
    // Apps take the first letters of the first words, or of the first and last ("van der Berg" either way).
    const firstWords = [letters.join(''), capitals.join('')].map((all) => all.slice(0, part.length));
    const firstAndLast = [letters, capitals].map((l) => (l.length > 1 ? l[0]! + l[l.length - 1]! : ''));
    return [...firstWords, ...firstAndLast].includes(part);
  });
}

/**
 * The cell's lines, with decoration left out: an avatar's initials beside the name, and, in a cell
 * of several lines, badges ("Admin", "You") sharing a line with other text. A chip alone on its
 * line, or in a one-line cell (a status pill), is the value and stays.
 */
function toLines(raw: string): string {
  if (!/[\u0000-\u0002]/.test(raw)) return collapseWhitespace(raw);
  const lines = raw.split(BREAK).map(partsOf).filter((parts) => parts.length > 0);
  const texts = lines.flatMap((parts) => parts.map((p) => p.text));
  const stacked = lines.length > 1;
  return lines
    .map((parts) => {
      const plain = parts.some((p) => !p.chip);
      return parts
        .filter((p) => !(stacked && plain && p.chip) && !(texts.length > 1 && isInitialsOf(p.text, texts.filter((t) => t !== p.text))))
        .map((p) => p.text)
        .join(' ');
    })
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
export function readCellText(cell: Element, memo?: LookMemo): string {
  let text: string;
  if (cell.childElementCount === 0) {
    text = collapseWhitespace(cell.textContent ?? '');
  } else {
    const own = memo && memoFor(cell, memo);
    text = toLines(childrenText(cell, lookOf(cell, own).flow, own));
  }
  const full = text.includes('\n') ? undefined : fullFormOf(cell, text);
  if (full) return full;
  // A glyph alone ("✉", "→") is an icon: the link or tooltip behind it says what it stands for.
  if (/[\p{L}\p{N}]/u.test(text)) return text;
  return mailtoAddress(cell) ?? (fallbackText(cell) || text);
}
