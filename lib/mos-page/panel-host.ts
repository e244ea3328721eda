import { PANEL_LOOK_MESSAGE, PANEL_MOVED_MESSAGE, PANEL_TOKEN_MESSAGE, panelFrameMessageSchema, type PanelLook } from '../page-messages';
import { openDialogs } from '../dom/semantic';
import { isMyOrganizationScreen } from './detect';

/** The open sheet's width and the launcher's size, in CSS pixels. */
export const SHEET_WIDTH = 360;
export const LAUNCHER = { width: 40, height: 164 };

export const PANEL_TEST_ID = 'mos-import-panel';

/** Where the frame sits: the open sheet along the right edge, or the slim launcher at the edge. */
export interface FramePlace {
  open: boolean;
  /** The launcher's top, and which edge it keeps to (it moves off a page dialog's box). */
  top?: number;
  edge?: 'right' | 'left';
  dark?: boolean;
}

/**
 * How the frame looks, every value important so no page style sheet overrides it. Fixed to the window's
 * edge so the page's own layout never moves under it (the page keeps a margin free for it); and never faded,
 * hidden, distorted or let through, which a page could use to have the admin click it unseen.
 */
function frameStyle(place: FramePlace): Record<string, string> {
  const edge = place.edge ?? 'right';
  const geometry: Record<string, string> = place.open
    ? { top: '0', right: '0', width: `${SHEET_WIDTH}px`, height: '100vh', border: 'none', 'border-left': '1px solid rgba(0,0,0,.2)', 'border-radius': '0' }
    : {
        top: `${place.top ?? 0}px`,
        [edge]: '0',
        width: `${LAUNCHER.width}px`,
        height: `${LAUNCHER.height}px`,
        border: '1px solid rgba(0,0,0,.2)',
        'border-radius': edge === 'right' ? '10px 0 0 10px' : '0 10px 10px 0',
      };
  return {
    position: 'fixed',
    ...geometry,
    'max-height': '100vh',
    margin: '0',
    padding: '0',
    'box-shadow': '0 4px 16px rgba(0,0,0,.16)',
    // The panel's own background, so the frame shows no white flash while it loads in a dark page.
    background: place.dark ? '#161a20' : '#fff',
    'z-index': '2147483646',
    'color-scheme': 'normal',
    display: 'block',
    visibility: 'visible',
    opacity: '1',
    transform: 'none',
    filter: 'none',
    'clip-path': 'none',
    mask: 'none',
    'mix-blend-mode': 'normal',
    'pointer-events': 'auto',
    zoom: '1',
  };
}

function applyStyle(frame: HTMLIFrameElement, place: FramePlace): void {
  frame.removeAttribute('style');
  for (const [name, value] of Object.entries(frameStyle(place))) frame.style.setProperty(name, value, 'important');
}

/** The iframe that carries our extension-origin panel; the page can place it but not read it. */
function createPanelFrame(doc: Document, src: string, place: FramePlace): HTMLIFrameElement {
  const frame = doc.createElement('iframe');
  frame.src = src;
  frame.title = 'Roster Sync for mOS';
  frame.dataset.testid = PANEL_TEST_ID;
  frame.setAttribute('allow', '');
  applyStyle(frame, place);
  return frame;
}

/** The frame's own attributes and values; anything else on it was put there by the page. */
function ownAttributes(frame: HTMLIFrameElement, src: string, place: FramePlace): Map<string, string> {
  const probe = createPanelFrame(frame.ownerDocument, src, place);
  return new Map(Array.from(probe.attributes, (a) => [a.name, a.value]));
}

const overlaps = (a: DOMRect, b: { left: number; top: number; right: number; bottom: number }) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Where the launcher goes: the middle of the right edge, or the first place off every open dialog's box. */
export function launcherPlace(view: { innerWidth: number; innerHeight: number }, dialogs: readonly DOMRect[]): Pick<FramePlace, 'top' | 'edge'> {
  const h = LAUNCHER.height;
  const middle = Math.max(0, Math.round((view.innerHeight - h) / 2));
  const bottom = Math.max(0, view.innerHeight - h - 16);
  const candidates: Pick<FramePlace, 'top' | 'edge'>[] = [
    { edge: 'right', top: middle },
    { edge: 'right', top: bottom },
    { edge: 'right', top: 16 },
    { edge: 'left', top: bottom },
    { edge: 'left', top: middle },
  ];
  const boxOf = (c: Pick<FramePlace, 'top' | 'edge'>) => {
    const left = c.edge === 'right' ? view.innerWidth - LAUNCHER.width : 0;
    return { left, right: left + LAUNCHER.width, top: c.top!, bottom: c.top! + h };
  };
  return candidates.find((c) => dialogs.every((d) => !overlaps(d, boxOf(c)))) ?? candidates[0]!;
}

/** Whether the page around the panel looks dark: the first opaque background under the sheet's edge. */
export function pageLooksDark(doc: Document): boolean {
  const view = doc.defaultView!;
  let el: Element | null = doc.elementFromPoint(Math.max(0, view.innerWidth - SHEET_WIDTH - 24), Math.round(view.innerHeight / 2));
  if (el?.tagName === 'IFRAME' && (el as HTMLElement).dataset.testid === PANEL_TEST_ID) el = doc.body;
  for (; el; el = el.parentElement) {
    const m = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+%?))?/.exec(view.getComputedStyle(el).backgroundColor);
    if (!m) continue;
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    if (alpha < 0.5) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

export interface PanelHost {
  /** Re-checks the screen: shows the panel on My Organization, removes it elsewhere. */
  refresh(): void;
  /** Folds the sheet to its launcher if it would hide `target`, which the page is bringing into view for the admin. */
  stepAsideFrom(target: Element): void;
  stop(): void;
}

/** How the panel frame is bound to this tab (see lib/extension/panel-binding.ts). */
export interface PanelBinding {
  /** The origin of the panel's document; with a dynamic address it differs from the address's. */
  origin: string;
  /** A fresh token for a new frame, registered with the background before it is handed over. */
  issueToken(): Promise<string | undefined>;
}

/**
 * Keeps the page's right edge free for the panel: a margin on the root element as wide as the sheet or the
 * launcher, so the page lays itself out beside them and its own controls are never under them.
 */
function edgeKeeper(root: HTMLElement) {
  const before = { value: root.style.getPropertyValue('margin-right'), priority: root.style.getPropertyPriority('margin-right') };
  let kept = 0;
  return {
    keep(px: number) {
      if (px === kept && root.style.getPropertyValue('margin-right') === `${px}px`) return;
      kept = px;
      root.style.setProperty('margin-right', `${px}px`, 'important');
    },
    release() {
      if (!kept) return;
      kept = 0;
      if (before.value) root.style.setProperty('margin-right', before.value, before.priority);
      else root.style.removeProperty('margin-right');
    },
  };
}

/** Keeps the panel present exactly while the page shows My Organization, SPA navigation included. */
export function hostPanel(doc: Document, panelUrl: string, binding?: PanelBinding): PanelHost {
  const view = doc.defaultView!;
  const panelOrigin = binding?.origin ?? new URL(panelUrl).origin;
  const edge = edgeKeeper(doc.documentElement);
  let frame: HTMLIFrameElement | undefined;
  let scheduled = false;
  let stopped = false;
  let foldedByAdmin = false;
  /** Folded because a member the admin asked to see lies under the sheet; the launcher opens it again. */
  let steppedAside = false;
  let place: FramePlace = { open: true };
  let told = '';
  let placedAt = '';
  // The panel counts its half second of being in view again whenever its frame changed or moved.
  const tellMoved = () => frame?.contentWindow?.postMessage({ type: PANEL_MOVED_MESSAGE }, panelOrigin);
  const noticeMove = () => {
    if (!frame) return;
    const box = frame.getBoundingClientRect();
    const at = `${box.left},${box.top},${box.width},${box.height}`;
    if (at !== placedAt && placedAt) tellMoved();
    placedAt = at;
  };
  // Puts the frame's attributes and style back as we set them; true if the page had changed any.
  const reassert = (): boolean => {
    if (!frame) return false;
    const own = ownAttributes(frame, panelUrl, place);
    let changed = false;
    for (const { name } of Array.from(frame.attributes)) {
      if (!own.has(name)) {
        frame.removeAttribute(name);
        changed = true;
      }
    }
    for (const [name, value] of own) {
      if (frame.getAttribute(name) === value) continue;
      if (name === 'style') applyStyle(frame, place);
      else frame.setAttribute(name, value);
      changed = true;
    }
    return changed;
  };
  const frameObserver = new view.MutationObserver(() => {
    if (reassert()) tellMoved();
    // Our own corrections are not the page's changes.
    frameObserver.takeRecords();
  });
  // Tells the panel how the page looks and what keeps it shut, when that changed.
  const tellLook = (heldShut: PanelLook['heldShut']) => {
    const look: PanelLook = { type: PANEL_LOOK_MESSAGE, dark: place.dark ?? false, heldShut };
    const key = JSON.stringify(look);
    if (!frame?.contentWindow || key === told) return;
    told = key;
    frame.contentWindow.postMessage(look, panelOrigin);
  };
  // Folded to its launcher while the page shows a dialog, so the page's own buttons stay reachable.
  const fit = () => {
    if (!frame) return edge.release();
    const dialogs = openDialogs(doc);
    const heldShut = dialogs.length > 0 ? 'dialog' : steppedAside ? 'aside' : 'no';
    const open = !foldedByAdmin && heldShut === 'no';
    const next: FramePlace = open
      ? { open, dark: place.dark }
      : { open, dark: place.dark, ...launcherPlace(view, dialogs.map((d) => d.getBoundingClientRect())) };
    if (JSON.stringify(next) !== JSON.stringify(place)) {
      place = next;
      applyStyle(frame, place);
      frameObserver.takeRecords();
    }
    edge.keep(open ? SHEET_WIDTH : LAUNCHER.width);
    tellLook(heldShut);
  };
  const lookAgain = () => {
    const dark = pageLooksDark(doc);
    if (dark === place.dark) return;
    place = { ...place, dark };
    if (frame) applyStyle(frame, place);
    frameObserver.takeRecords();
  };
  const refresh = () => {
    scheduled = false;
    if (stopped) return;
    const wanted = isMyOrganizationScreen(doc);
    if (wanted && (!frame || !frame.isConnected)) {
      frame = createPanelFrame(doc, panelUrl, place);
      handOverToken(frame);
      doc.body.append(frame);
      frameObserver.disconnect();
      frameObserver.observe(frame, { attributes: true });
      placedAt = '';
      told = '';
    } else if (!wanted && frame) {
      frameObserver.disconnect();
      frame.remove();
      frame = undefined;
    }
    lookAgain();
    fit();
    noticeMove();
  };
  // The token goes to our frame's document only (posted to the panel's origin), never into the page's DOM.
  const handOverToken = (panel: HTMLIFrameElement) => {
    const token = binding?.issueToken();
    panel.addEventListener('load', () => {
      told = '';
      fit();
      void token?.then((value) => value && panel.contentWindow?.postMessage({ type: PANEL_TOKEN_MESSAGE, token: value }, panelOrigin));
    });
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(refresh, 150);
  };
  // Our own frame's insertion is not a page change. Anything else is: a text node rewritten in place
  // (no added or removed nodes), or the page removing our frame (we forget the frame before we remove it).
  const isOwnInsertion = (r: MutationRecord) =>
    r.type === 'childList' &&
    r.removedNodes.length === 0 &&
    r.addedNodes.length > 0 &&
    Array.from(r.addedNodes).every((n) => n === frame);
  const observer = new doc.defaultView!.MutationObserver((records) => {
    if (records.every(isOwnInsertion)) return;
    // A dialog opening folds the sheet before the page paints it, never a moment later over its buttons.
    fit();
    schedule();
  });
  // A restyled page (a class or style on any element, a style sheet added) may move the frame without touching it.
  let checking = false;
  const checkPlace = () => {
    if (checking) return;
    checking = true;
    view.requestAnimationFrame(() => {
      checking = false;
      // A dialog shown by a class or style change folds the sheet too; a page turned dark takes the panel with it.
      lookAgain();
      fit();
      noticeMove();
    });
  };
  const layoutObserver = new view.MutationObserver(checkPlace);
  // Only our own frame may fold itself; the page can post messages too, so check who sent it.
  const onFrameMessage = (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== panelOrigin) return;
    const message = panelFrameMessageSchema.safeParse(event.data);
    if (!message.success) return;
    foldedByAdmin = message.data.collapsed;
    // The admin opening it again is the end of stepping aside.
    if (!foldedByAdmin) steppedAside = false;
    fit();
  };
  const onResize = () => {
    fit();
    checkPlace();
  };
  observer.observe(doc.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['open', 'hidden', 'aria-modal'] });
  layoutObserver.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
  view.addEventListener('popstate', schedule);
  view.addEventListener('message', onFrameMessage);
  view.addEventListener('scroll', checkPlace, true);
  view.addEventListener('resize', onResize);
  refresh();
  return {
    refresh,
    stepAsideFrom(target) {
      if (!frame || !place.open) return;
      // Side by side only: the sheet is as tall as the window, and the page may still be scrolling the target in.
      const sheet = frame.getBoundingClientRect();
      const shown = target.getBoundingClientRect();
      if (shown.right <= sheet.left || shown.left >= sheet.right) return;
      steppedAside = true;
      fit();
    },
    stop() {
      stopped = true;
      observer.disconnect();
      frameObserver.disconnect();
      layoutObserver.disconnect();
      view.removeEventListener('popstate', schedule);
      view.removeEventListener('message', onFrameMessage);
      view.removeEventListener('scroll', checkPlace, true);
      view.removeEventListener('resize', onResize);
      frame?.remove();
      frame = undefined;
      edge.release();
    },
  };
}
