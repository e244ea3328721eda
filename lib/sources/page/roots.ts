import { isHidden, parentAcrossShadow } from './read-cell';

export type SearchRoot = Document | ShadowRoot;

export interface RootOptions {
  /** Opens closed shadow roots too, where the browser lets an extension (Chrome's dom.openOrClosedShadowRoot). */
  shadowRootOf?: (el: Element) => ShadowRoot | null | undefined;
  maxRoots?: number;
}

function frameDocument(frame: Element): Document | undefined {
  try {
    // Cross-origin frames throw or give null: their tables are out of reach by design.
    return (frame as HTMLIFrameElement).contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

/** The document, then every open shadow root and same-origin frame inside it, depth first. */
export function searchRoots(doc: Document, options: RootOptions = {}): SearchRoot[] {
  const shadowOf = options.shadowRootOf ?? ((el: Element) => el.shadowRoot);
  const max = options.maxRoots ?? 500;
  const roots: SearchRoot[] = [];
  const visit = (root: SearchRoot) => {
    if (roots.length >= max || roots.includes(root)) return;
    roots.push(root);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const shadow = shadowOf(el);
      if (shadow) visit(shadow);
      if ((el.tagName === 'IFRAME' || el.tagName === 'FRAME') && !isHidden(el)) {
        const inner = frameDocument(el);
        if (inner?.documentElement) visit(inner);
      }
    }
  };
  visit(doc);
  return roots;
}

/** Where an element sits relative to the top document's viewport, adding the offsets of the frames around it. */
export function rectInTopWindow(el: Element): DOMRect {
  const rect = el.getBoundingClientRect();
  let { left, top } = rect;
  let win: Window | null = el.ownerDocument.defaultView;
  while (win && win.frameElement) {
    const frameRect = win.frameElement.getBoundingClientRect();
    left += frameRect.left + (win.frameElement as HTMLElement).clientLeft;
    top += frameRect.top + (win.frameElement as HTMLElement).clientTop;
    win = win.parent === win ? null : win.parent;
  }
  return new DOMRect(left, top, rect.width, rect.height);
}

const POPUP_ROLES = new Set(['tooltip', 'menu', 'menubar', 'listbox', 'alertdialog']);

/**
 * Inside a layer floating over the page: a tooltip, a menu, or a panel the page put at the end of
 * the body above everything (a portal: a column menu, a column chooser). Never a table to export.
 * A layer nearly as big as the window (a full-screen view) is the page itself, where layout says so.
 */
export function inFloatingLayer(el: Element): boolean {
  const body = el.ownerDocument.body;
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const role = node.getAttribute('role');
    if (role && POPUP_ROLES.has(role)) return true;
    if (node.parentElement !== body) continue;
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (!style || (style.position !== 'fixed' && style.position !== 'absolute') || style.zIndex === 'auto' || style.zIndex === '') return false;
    const view = node.ownerDocument.defaultView!;
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || !view.innerWidth) return true;
    return rect.width * rect.height < view.innerWidth * view.innerHeight * 0.5;
  }
  return false;
}
