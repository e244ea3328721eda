import { collapseWhitespace } from './read-cell';
import { scopesAround } from './scopes';

const NUMBER = String.raw`(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)`;
/** "1–25 of 52", "Showing 1 to 25 of 52 entries", "1 - 25 out of 52". */
const RANGE_OF = new RegExp(String.raw`${NUMBER}\s*(?:[-–—]|to)\s*${NUMBER}\s+(?:of|out of)\s+(?:about\s+)?${NUMBER}(?!\s*\+|\d)`, 'i');
/** "52 results", "52 employees"; "50+ items" states no total. */
const COUNT_OF = new RegExp(String.raw`(?:^|[^\d+])${NUMBER}\s+(?:results?|records?|people|persons|employees|members|contacts|workers|users|items|rows|entries|matches)\b`, 'i');
const MAX_LEVELS = 5;
const MAX_ELEMENTS_PER_LEVEL = 3000;

function toNumber(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}

/** The total a piece of text states, if it states one. */
export function parseStatedTotal(text: string): number | undefined {
  const flat = collapseWhitespace(text);
  const range = RANGE_OF.exec(flat);
  if (range) {
    const [from, to, total] = [toNumber(range[1]!), toNumber(range[2]!), toNumber(range[3]!)];
    if (from <= to && to <= total) return total;
  }
  const count = COUNT_OF.exec(flat);
  return count ? toNumber(count[1]!) : undefined;
}

/**
 * Text that is no sentence on the page: a page-size menu's options read "10 25 50 100" run together, and
 * "Show [25] entries" around a menu drawn as a combobox states the page's size, not its total.
 */
const NOT_PROSE = 'select, option, optgroup, datalist, textarea, script, style, template, [role="combobox"], [role="listbox"], [role="option"], [role="spinbutton"]';

/** An element's text as the page states it, without the text of the controls and scripts inside it. */
function statedText(el: Element): string {
  if (el.matches(NOT_PROSE)) return '';
  if (!el.querySelector(NOT_PROSE)) return el.textContent ?? '';
  let text = '';
  // 1: elements and 4: text; a control's subtree is rejected (2) whole.
  const walker = el.ownerDocument.createTreeWalker(el, 1 | 4, {
    acceptNode: (node) => (node.nodeType === 1 && (node as Element).matches(NOT_PROSE) ? 2 : 1),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === 3) text += (node as Text).data;
  return text;
}

/** The total an element states by its own short text, if it states one. */
function elementTotal(el: Element): number | undefined {
  if (el.childElementCount > 4) return undefined;
  const raw = el.textContent ?? '';
  if (raw.length > 120 || !/\d/.test(raw)) return undefined;
  return parseStatedTotal(statedText(el));
}

/** Where each element sits in an ancestor's walk, and which elements state a total: worked out once per ancestor. */
interface AncestorWalk {
  /** Preorder position of every element under the ancestor, and the position just past its subtree. */
  span: Map<ParentNode, { start: number; end: number }>;
  /** Elements stating a total, in document order. */
  hits: Array<{ at: number; total: number }>;
}

/**
 * Shared by the lookups of one page scan: a page with thousands of tables under one parent would
 * otherwise walk that parent once per table.
 */
export type StatedTotalCache = WeakMap<ParentNode, { lookups: number; size?: number; walk?: AncestorWalk }>;

export function statedTotalCache(): StatedTotalCache {
  return new WeakMap();
}

function walkAncestor(up: ParentNode & Node): AncestorWalk {
  const span = new Map<Element, { start: number; end: number }>();
  const hits: AncestorWalk['hits'] = [];
  const open: Array<{ el: Element; start: number }> = [];
  let at = 0;
  const close = (until: Element | null) => {
    while (open.length && !(until && open[open.length - 1]!.el.contains(until))) {
      const done = open.pop()!;
      span.set(done.el, { start: done.start, end: at });
    }
  };
  const walker = up.ownerDocument!.createTreeWalker(up, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode(), at++) {
    const el = node as Element;
    close(el);
    open.push({ el, start: at });
    const total = elementTotal(el);
    if (total !== undefined) hits.push({ at, total });
  }
  close(null);
  return { span, hits };
}

/**
 * The first total on one level, walking it as a person reads: the part already searched (the table at
 * first) is skipped, and the walk stops after a budget of elements. Cheap for one table, even a huge one.
 */
function searchLevel(up: ParentNode & Node, previous: ParentNode, table: Element): number | undefined {
  let examined = 0;
  const walker = up.ownerDocument!.createTreeWalker(up, 1, {
    acceptNode: (node) => (node === previous || node === table ? 2 : 1),
  });
  for (let node = walker.nextNode(); node && examined < MAX_ELEMENTS_PER_LEVEL; node = walker.nextNode(), examined++) {
    const total = elementTotal(node as Element);
    if (total !== undefined) return total;
  }
  return undefined;
}

/** The same answer as searchLevel, from a walk of the whole ancestor made once and shared by its tables. */
function searchWalk(walk: AncestorWalk, previous: ParentNode): number | undefined {
  // The part already searched (the table at first) is skipped, and does not count towards the level's budget.
  const skipped = walk.span.get(previous);
  for (const hit of walk.hits) {
    if (skipped && hit.at >= skipped.start && hit.at < skipped.end) continue;
    const examined = skipped && skipped.end <= hit.at ? hit.at - (skipped.end - skipped.start) : hit.at;
    if (examined >= MAX_ELEMENTS_PER_LEVEL) break;
    return hit.total;
  }
  return undefined;
}

/** Searches the text around a table (pager, heading, status line), nearest first, for a stated total. */
export function findStatedTotal(table: Element, cache: StatedTotalCache = statedTotalCache()): number | undefined {
  // Nearest first; a shadow root the table sits in is searched too, as its host's own walk never enters it.
  const scopes = scopesAround(table, MAX_LEVELS) as Array<ParentNode & Node>;
  for (let i = 1; i < scopes.length; i++) {
    const up = scopes[i]!;
    const previous = scopes[i - 1]!;
    // Each lookup searches the level directly, within its budget, until the lookups sharing the ancestor
    // would read more than one whole walk of it does (a whole walk reads every element, a big table's
    // every cell): then the ancestor is walked once and the walk shared.
    let entry = cache.get(up);
    if (!entry) cache.set(up, (entry = { lookups: 0 }));
    entry.lookups++;
    if (!entry.walk) {
      entry.size ??= ('getElementsByTagName' in up ? (up as Element).getElementsByTagName('*') : up.querySelectorAll('*')).length;
      if (entry.lookups * MAX_ELEMENTS_PER_LEVEL >= entry.size) entry.walk = walkAncestor(up);
    }
    const total = entry.walk ? searchWalk(entry.walk, previous) : searchLevel(up, previous, table);
    if (total !== undefined) return total;
  }
  return undefined;
}
