import { parentAcrossShadow } from './read-cell';
import { rectInTopWindow } from './roots';

/** The parent of a node, stepping out of shadow roots and same-origin frames. */
function outward(node: Element): Element | null {
  const up = parentAcrossShadow(node);
  if (up) return up;
  return node.ownerDocument.defaultView?.frameElement ?? null;
}

export function containsAcrossRoots(outer: Element, inner: Element): boolean {
  for (let node: Element | null = inner; node; node = outward(node)) if (node === outer) return true;
  return false;
}

/** The innermost element under the mouse (what was right-clicked), into open shadow roots and same-origin frames. */
export function hoveredElement(doc: Document): Element | undefined {
  let scope: Document | ShadowRoot = doc;
  let deepest: Element | undefined;
  for (let depth = 0; depth < 20; depth++) {
    const hovered: Element[] = Array.from(scope.querySelectorAll(':hover'));
    const last: Element | undefined = hovered[hovered.length - 1];
    if (!last) break;
    deepest = last;
    let inner: Document | ShadowRoot | null = last.shadowRoot;
    if (!inner && last.tagName === 'IFRAME') {
      try {
        inner = (last as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
    }
    if (!inner) break;
    scope = inner;
  }
  return deepest;
}

/** Where a selection (if any) starts: a right-click on selected text points at it. */
export function selectedElement(doc: Document): Element | undefined {
  const node = doc.getSelection?.()?.anchorNode;
  if (!node) return undefined;
  return node.nodeType === 1 ? (node as Element) : node.parentElement ?? undefined;
}

function distance(a: DOMRect, b: DOMRect): number {
  const dx = Math.max(a.left - b.right, b.left - a.right, 0);
  const dy = Math.max(a.top - b.bottom, b.top - a.bottom, 0);
  return Math.hypot(dx, dy);
}

/** The table holding `target` (the innermost, if nested), else the one closest to it on screen, else the first. */
export function nearestTable<T extends { element: Element }>(tables: readonly T[], target: Element | undefined): T | undefined {
  if (!target) return tables[0];
  const holding = tables.filter((t) => containsAcrossRoots(t.element, target));
  if (holding.length > 0) {
    return holding.reduce((inner, t) => (containsAcrossRoots(inner.element, t.element) ? t : inner));
  }
  const at = rectInTopWindow(target);
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const table of tables) {
    const d = distance(rectInTopWindow(table.element), at);
    if (d < bestDistance) [best, bestDistance] = [table, d];
  }
  return best ?? tables[0];
}
