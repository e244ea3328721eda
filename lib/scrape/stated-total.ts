import { collapseWhitespace, parentAcrossShadow } from './read-cell';

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

/** Where each element sits in a walk of an ancestor, and which elements state a total. */
interface AncestorIndex {
  /** Preorder position of each element under the ancestor, and the position just past its subtree. */
  span: Map<Element, { start: number; end: number }>;
  hits: Array<{ at: number; total: number }>;
}

/**
 * Shared by the lookups of one page scan. An ancestor asked about twice (a page of thousands of tables
 * under one parent) is indexed once, instead of being walked again for every table.
 */
export interface StatedTotalCache {
  asked: WeakSet<Element>;
  indexes: WeakMap<Element, AncestorIndex>;
}

export function statedTotalCache(): StatedTotalCache {
  return { asked: new WeakSet(), indexes: new WeakMap() };
}

function totalStatedBy(el: Element): number | undefined {
  if (el.childElementCount > 4) return undefined;
  const text = el.textContent ?? '';
  return text.length > 120 || !/\d/.test(text) ? undefined : parseStatedTotal(text);
}

function indexAncestor(up: Element): AncestorIndex {
  const span = new Map<Element, { start: number; end: number }>();
  const hits: AncestorIndex['hits'] = [];
  const open: Array<{ el: Element; start: number }> = [];
  let at = 0;
  const closeUntil = (next: Element | null) => {
    while (open.length && !(next && open[open.length - 1]!.el.contains(next))) {
      const done = open.pop()!;
      span.set(done.el, { start: done.start, end: at });
    }
  };
  const walker = up.ownerDocument.createTreeWalker(up, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode(), at++) {
    const el = node as Element;
    closeUntil(el);
    open.push({ el, start: at });
    const total = totalStatedBy(el);
    if (total !== undefined) hits.push({ at, total });
  }
  closeUntil(null);
  return { span, hits };
}

/** The same answer as walking `up` with `skip` left out, read from the ancestor's index. */
function fromIndex(index: AncestorIndex, skip: Element): number | undefined {
  const skipped = index.span.get(skip);
  for (const hit of index.hits) {
    if (skipped && hit.at >= skipped.start && hit.at < skipped.end) continue;
    const examined = skipped && skipped.end <= hit.at ? hit.at - (skipped.end - skipped.start) : hit.at;
    if (examined >= MAX_ELEMENTS_PER_LEVEL) return undefined;
    return hit.total;
  }
  return undefined;
}

function walkLevel(up: Element, previous: Element, table: Element): number | undefined {
  let examined = 0;
  const walker = up.ownerDocument.createTreeWalker(up, 1, {
    acceptNode: (node) => (node === previous || node === table ? 2 : 1),
  });
  for (let node = walker.nextNode(); node && examined < MAX_ELEMENTS_PER_LEVEL; node = walker.nextNode(), examined++) {
    const total = totalStatedBy(node as Element);
    if (total !== undefined) return total;
  }
  return undefined;
}

/** Searches the text around a table (pager, heading, status line), nearest first, for a stated total. */
export function findStatedTotal(table: Element, cache: StatedTotalCache = statedTotalCache()): number | undefined {
  let previous: Element = table;
  for (let level = 0, up = parentAcrossShadow(table); up && level < MAX_LEVELS; level++, previous = up, up = parentAcrossShadow(up)) {
    let total: number | undefined;
    // A first question walks a few thousand elements; a second one pays for indexing the whole ancestor once.
    if (!cache.asked.has(up)) {
      cache.asked.add(up);
      total = walkLevel(up, previous, table);
    } else {
      let index = cache.indexes.get(up);
      if (!index) cache.indexes.set(up, (index = indexAncestor(up)));
      total = fromIndex(index, previous);
    }
    if (total !== undefined) return total;
  }
  return undefined;
}
