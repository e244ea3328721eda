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

/** Searches the text around a table (pager, heading, status line), nearest first, for a stated total. */
export function findStatedTotal(table: Element): number | undefined {
  let previous: Element = table;
  for (let level = 0, up = parentAcrossShadow(table); up && level < MAX_LEVELS; level++, previous = up, up = parentAcrossShadow(up)) {
    let examined = 0;
    const doc = up.ownerDocument;
    const walker = doc.createTreeWalker(up, 1, {
      acceptNode: (node) => (node === previous || node === table ? 2 : 1),
    });
    for (let node = walker.nextNode(); node && examined < MAX_ELEMENTS_PER_LEVEL; node = walker.nextNode(), examined++) {
      const el = node as Element;
      if (el.childElementCount > 4) continue;
      const text = el.textContent ?? '';
      if (text.length > 120 || !/\d/.test(text)) continue;
      const total = parseStatedTotal(text);
      if (total !== undefined) return total;
    }
  }
  return undefined;
}
