import { accessibleName } from '../dom/semantic';
import { isHidden, parentAcrossShadow } from './read-cell';

const CLICKABLE = 'button, [role="button"], a[href], input[type="button"], input[type="submit"]';
const NEXT_NAME = /^(next|next page|go to next page|next results|show next( page)?|[›»>→]|next\s*[›»>→])$/i;
const NEXT_HINT = /\bnext\s+(page|results)\b|^next$/i;
const LOAD_MORE_NAME = /^((load|show|view|see)\s+(\d+\s+)?more\b|more\s+(results|people|employees|contacts|records|rows)\b|load\s+(all|next)\b)/i;
const MAX_LEVELS = 6;

export interface PagerControl {
  element: HTMLElement;
  /** A link that would load another document rather than change this one. */
  navigatesTo?: string;
}

function nameOf(el: Element): string {
  return el.tagName === 'INPUT' ? (el as HTMLInputElement).value : accessibleName(el);
}

function isEnabled(el: Element): boolean {
  if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') return false;
  return !isHidden(el);
}

function navigationTarget(el: Element): string | undefined {
  if (el.tagName !== 'A' || el.getAttribute('role') === 'button') return undefined;
  const href = el.getAttribute('href') ?? '';
  if (href === '' || href.startsWith('#') || /^javascript:/i.test(href)) return undefined;
  const here = new URL(el.ownerDocument.URL);
  let target: URL;
  try {
    target = new URL(href, el.ownerDocument.baseURI);
  } catch {
    return undefined;
  }
  here.hash = '';
  target.hash = '';
  return target.href === here.href ? undefined : target.href;
}

/**
 * The nearest control around a table whose name matches: the table's own footer first, then ever
 * wider, so a carousel's "Next" elsewhere on the page is never taken for the table's.
 */
function nearestControl(table: Element, matches: (el: Element) => boolean, insideRows: (el: Element) => boolean): PagerControl | undefined {
  let scope: Element | null = table;
  for (let level = 0; scope && level <= MAX_LEVELS; level++, scope = parentAcrossShadow(scope)) {
    for (const el of Array.from(scope.querySelectorAll<HTMLElement>(CLICKABLE))) {
      if (insideRows(el) || !matches(el) || !isEnabled(el)) continue;
      const navigatesTo = navigationTarget(el);
      return navigatesTo ? { element: el, navigatesTo } : { element: el };
    }
  }
  return undefined;
}

export function isNextControl(el: Element): boolean {
  if (el.getAttribute('rel')?.split(/\s+/).includes('next')) return true;
  const name = nameOf(el).trim();
  if (NEXT_NAME.test(name)) return true;
  const hint = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`.trim();
  return hint !== '' && NEXT_HINT.test(hint) && !/\blast\b/i.test(hint);
}

export function isLoadMoreControl(el: Element): boolean {
  return LOAD_MORE_NAME.test(nameOf(el).trim());
}

export function findNextControl(table: Element, insideRows: (el: Element) => boolean = () => false): PagerControl | undefined {
  return nearestControl(table, isNextControl, insideRows);
}

export function findLoadMoreControl(table: Element, insideRows: (el: Element) => boolean = () => false): PagerControl | undefined {
  return nearestControl(table, isLoadMoreControl, insideRows);
}

const BUSY = '[aria-busy="true"], [role="progressbar"]';

/** A spinner or busy region around the table: more rows are on their way. */
export function isLoadingNear(table: Element): boolean {
  if (table.closest('[aria-busy="true"]') || table.querySelector(BUSY)) return true;
  const around = parentAcrossShadow(table)?.parentElement ?? parentAcrossShadow(table);
  return Array.from(around?.querySelectorAll(BUSY) ?? []).some((el) => !isHidden(el));
}

/** The text of the visible alerts on the table's page ("Something went wrong"), to notice a new one. */
export function pageAlerts(table: Element): string {
  const scope = table.ownerDocument;
  return Array.from(scope.querySelectorAll('[role="alert"], [aria-live="assertive"]'))
    .filter((el) => !isHidden(el))
    .map((el) => el.textContent?.trim() ?? '')
    .filter(Boolean)
    .join('\n');
}
