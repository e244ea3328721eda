import { accessibleName } from '../../dom/semantic';
import { isHidden } from './read-cell';
import { scopesAround } from './scopes';

const CLICKABLE = 'button, [role="button"], a[href], input[type="button"], input[type="submit"]';
/** Also a pager's focusable items named only by a tooltip or label (a list item titled "Next Page" around an icon). */
const PAGER_CLICKABLE = `${CLICKABLE}, [tabindex="0"][title], [tabindex="0"][aria-label]`;
/** A numbered page's name: "3", "Page 3", "Go to page 3". */
const PAGE_NUMBER_NAME = /^(?:(?:go\s+to\s+)?page\s+)?(\d{1,4})$/i;
/** A page-size option's text: "50", "50 / page", "Show 50", "50 rows per page", "50 entries". */
const PAGE_SIZE_OPTION = /^(?:show\s+)?(\d{1,4})(?:\s*(?:\/\s*page|per\s+page|rows?|entries|items|results|records)(?:\s+per\s+page)?)?$/i;
const NEXT_NAME = /^(next|next page|go to next page|next results|show next( page)?|[›»>→]|next\s*[›»>→])$/i;
const NEXT_HINT = /\bnext\s+(page|results)\b|^next$/i;
const LOAD_MORE_NAME = /^((load|show|view|see)\s+(\d+\s+)?more\b|more\s+(results|people|employees|contacts|records|rows)\b|load\s+(all|next)\b)/i;

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
  for (const scope of scopesAround(table)) {
    for (const el of Array.from(scope.querySelectorAll<HTMLElement>(PAGER_CLICKABLE))) {
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
  if (!el.matches(CLICKABLE)) return false;
  return LOAD_MORE_NAME.test(nameOf(el).trim());
}

/** The page number a numbered pager button stands for, by its name, its label or its tooltip. */
export function pageNumberOf(el: Element): number | undefined {
  for (const text of [nameOf(el), el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '']) {
    const match = PAGE_NUMBER_NAME.exec(text.trim());
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** A numbered pager's button for page `page`, for pagers that offer numbers but no Next. */
export function findPageControl(table: Element, page: number, insideRows: (el: Element) => boolean = () => false): PagerControl | undefined {
  return nearestControl(table, (el) => pageNumberOf(el) === page, insideRows);
}

export interface PageSizeChoice {
  select: HTMLSelectElement;
  /** The largest number of rows a page offered. */
  size: number;
  value: string;
}

function pageSizeOf(option: HTMLOptionElement): number | undefined {
  const match = PAGE_SIZE_OPTION.exec(option.text.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * A rows-per-page list beside the table (a <select> whose options are all row counts, "All" aside) that
 * offers more than the table shows now: the largest size, to read fewer pages.
 */
export function findPageSizeChoice(table: Element, insideRows: (el: Element) => boolean = () => false): PageSizeChoice | undefined {
  for (const scope of scopesAround(table, 3)) {
    for (const select of Array.from(scope.querySelectorAll<HTMLSelectElement>('select'))) {
      if (insideRows(select) || select.multiple || !isEnabled(select)) continue;
      const sized = Array.from(select.options).map((option) => ({ option, size: pageSizeOf(option) }));
      const counts = sized.filter((o): o is { option: HTMLOptionElement; size: number } => o.size !== undefined && o.size > 0);
      // Every option a number, bar one such as "All": a sort or a filter list is never taken for it.
      if (counts.length < 2 || counts.length < sized.length - 1) continue;
      const largest = counts.reduce((a, b) => (b.size > a.size ? b : a));
      const current = pageSizeOf(select.options[Math.max(0, select.selectedIndex)]!) ?? 0;
      if (largest.size <= current) continue;
      return { select, size: largest.size, value: largest.option.value };
    }
  }
  return undefined;
}

/** Chooses the option as a person would: through the element's own value setter, so frameworks that watch it notice, then input and change. */
export function choosePageSize(choice: PageSizeChoice): void {
  const { select, value } = choice;
  const view = select.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const setter = view && Object.getOwnPropertyDescriptor(view.HTMLSelectElement.prototype, 'value')?.set;
  if (setter) setter.call(select, value);
  else select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** A select drawn as a menu: a combobox or a button that opens a listbox. */
const MENU_TRIGGER = '[role="combobox"], [aria-haspopup="listbox"]';

export interface PageSizeMenu {
  trigger: HTMLElement;
  /** The page size it shows now. */
  current: number;
}

export interface PageSizeOption {
  element: HTMLElement;
  size: number;
}

/** The value a drawn select shows: its own text, or (a search input inside the select) its box's. */
function shownValue(trigger: Element): string {
  let node: Element | null = trigger;
  for (let level = 0; node && level < 2; level++, node = node.parentElement) {
    const text = collapse(node.tagName === 'INPUT' ? (node as HTMLInputElement).value : node.textContent ?? '');
    if (text) return text;
  }
  return '';
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A rows-per-page select drawn as a menu beside the pager (near `pager`, its Next or page button): a
 * combobox whose shown value is a row count. Its options are known only once it is open.
 */
export function findPageSizeMenu(pager: Element, insideRows: (el: Element) => boolean = () => false): PageSizeMenu | undefined {
  for (const scope of scopesAround(pager, 3)) {
    for (const trigger of Array.from(scope.querySelectorAll<HTMLElement>(MENU_TRIGGER))) {
      if (insideRows(trigger) || (trigger as HTMLInputElement).disabled || trigger.getAttribute('aria-disabled') === 'true') continue;
      if (trigger.getAttribute('aria-expanded') === 'true') continue;
      const match = PAGE_SIZE_OPTION.exec(shownValue(trigger));
      if (match && Number(match[1]) > 0) return { trigger, current: Number(match[1]) };
    }
  }
  return undefined;
}

/** The listboxes an open menu may be drawn in: the one it names first, then any shown on its page (a portal). */
function openListboxes(trigger: Element): Element[] {
  const root = trigger.getRootNode() as Document | ShadowRoot;
  const named = `${trigger.getAttribute('aria-controls') ?? ''} ${trigger.getAttribute('aria-owns') ?? ''}`
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById?.(id) ?? trigger.ownerDocument.getElementById(id))
    .filter((el): el is HTMLElement => el !== null && el.matches('[role="listbox"]'));
  const shown = [root, ...(root === trigger.ownerDocument ? [] : [trigger.ownerDocument])].flatMap((scope) =>
    Array.from(scope.querySelectorAll('[role="listbox"]')).filter((el) => !isHidden(el)),
  );
  return [...named, ...shown];
}

/**
 * The row counts an opened page-size menu offers, once its listbox shows: every option a number, bar
 * one such as "All", as for a <select>. Undefined while no such listbox is open.
 */
export function pageSizeOptions(trigger: Element): PageSizeOption[] | undefined {
  for (const listbox of openListboxes(trigger)) {
    const options = Array.from(listbox.querySelectorAll<HTMLElement>('[role="option"]')).filter((o) => o.getAttribute('aria-disabled') !== 'true');
    const sized = options.map((element) => ({ element, size: Number(PAGE_SIZE_OPTION.exec(collapse(element.textContent ?? ''))?.[1] ?? NaN) }));
    const counts = sized.filter((o) => o.size > 0);
    if (counts.length >= 2 && counts.length >= sized.length - 1) return counts;
  }
  return undefined;
}

/** Presses an element as a pointer does, for menus that open on mousedown and options that pick on click. */
export function pressControl(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, view };
  const Pointer = view?.PointerEvent ?? view?.MouseEvent ?? MouseEvent;
  const Mouse = view?.MouseEvent ?? MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', { ...init, buttons: 1 }));
  el.dispatchEvent(new Mouse('mousedown', { ...init, buttons: 1 }));
  el.dispatchEvent(new Pointer('pointerup', init));
  el.dispatchEvent(new Mouse('mouseup', init));
  el.dispatchEvent(new Mouse('click', init));
}

/** Closes a menu left open (it offered nothing larger), as Escape does. */
export function closeMenu(trigger: HTMLElement): void {
  const view = trigger.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Keyboard = view?.KeyboardEvent ?? KeyboardEvent;
  trigger.dispatchEvent(new Keyboard('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true, composed: true }));
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
  // The table's parent and grandparent, and a shadow root it sits in (an overlay drawn beside it).
  return scopesAround(table, 2)
    .slice(1)
    .some((scope) => Array.from(scope.querySelectorAll(BUSY)).some((el) => !isHidden(el)));
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
