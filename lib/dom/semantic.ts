import { collapseWhitespace, isHidden } from '../sources/page/read-cell';

/** The name a screen reader would announce: aria-labelledby, aria-label, then visible text. */
export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return collapseWhitespace(text);
  }
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return collapseWhitespace(label);
  if (['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) {
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return collapseWhitespace(Array.from(labels, (l) => l.textContent).join(' '));
  }
  return collapseWhitespace(el.textContent ?? '');
}

const CLICKABLE = 'button, [role="button"], a[href], input[type="button"], input[type="submit"]';
const NOT_TEXT = new Set(['SELECT', 'OPTION', 'INPUT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'TEMPLATE', 'svg']);

/**
 * The text a person reads in an element: no aria-hidden decoration (an avatar's initials, a
 * required "*"), nothing hidden, and no values of the form controls inside it.
 */
export function visibleText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (NOT_TEXT.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    el.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  return collapseWhitespace(text);
}

/** Not drawn at all. Unlike isHidden, content that a modal merely marked aria-hidden still counts as shown. */
export function isNotRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

export interface FindOptions {
  /** Also find what an open modal dialog set aria-hidden (MUI does so to the whole page behind it). */
  behindModal?: boolean;
}

function shown(el: Element, options: FindOptions): boolean {
  return options.behindModal ? !isNotRendered(el) : !isHidden(el);
}

/** Visible buttons (real or ARIA) whose accessible name matches. */
export function findButtons(root: ParentNode, name: RegExp, options: FindOptions = {}): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(CLICKABLE)).filter((el) => {
    const text = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : accessibleName(el);
    return name.test(text) && shown(el, options);
  });
}

export function findButton(root: ParentNode, name: RegExp, options: FindOptions = {}): HTMLElement | undefined {
  return findButtons(root, name, options)[0];
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

export function findHeadings(root: ParentNode, name: RegExp, options: FindOptions = {}): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(HEADING)).filter(
    (el) => name.test(collapseWhitespace(el.textContent ?? '')) && shown(el, options),
  );
}

/** Open modal dialogs, newest (last in the document) first. */
export function openDialogs(root: ParentNode): HTMLElement[] {
  const dialogs = Array.from(
    root.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]'),
  ).filter((el) => !isHidden(el) && (el.tagName !== 'DIALOG' || el.hasAttribute('open')));
  return dialogs.reverse();
}

/** Resolves with the first truthy value of `probe`, re-checked on every DOM change, or undefined on timeout. */
export function waitForDom<T>(
  doc: Document,
  probe: () => T | undefined | null | false,
  timeoutMs: number,
): Promise<T | undefined> {
  const first = probe();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const finish = (value: T | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new doc.defaultView!.MutationObserver(() => {
      const value = probe();
      if (value) finish(value);
    });
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(probe() || undefined), timeoutMs);
  });
}
