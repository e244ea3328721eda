import { PANEL_MOVED_MESSAGE, PANEL_TOKEN_MESSAGE, panelFrameMessageSchema } from '../page-messages';
import { openDialogs } from '../dom/semantic';
import { isMyOrganizationScreen } from './detect';

const OPEN_HEIGHT = '620px';
const COLLAPSED_HEIGHT = '44px';

export const PANEL_TEST_ID = 'mos-import-panel';

/**
 * How the frame looks, every value important so no page style sheet overrides it. Fixed in a corner so the
 * page's own layout never moves; and never faded, hidden, distorted or let through, which a page could use to
 * have the admin click it unseen.
 */
function frameStyle(height: string): Record<string, string> {
  return {
    position: 'fixed',
    inset: 'auto 16px 16px auto',
    width: '380px',
    height,
    'max-height': 'calc(100vh - 32px)',
    margin: '0',
    padding: '0',
    border: '1px solid rgba(0,0,0,.2)',
    'border-radius': '10px',
    'box-shadow': '0 8px 24px rgba(0,0,0,.18)',
    background: '#fff',
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

function applyStyle(frame: HTMLIFrameElement, height: string): void {
  frame.removeAttribute('style');
  for (const [name, value] of Object.entries(frameStyle(height))) frame.style.setProperty(name, value, 'important');
}

/** The iframe that carries our extension-origin panel; the page can place it but not read it. */
function createPanelFrame(doc: Document, src: string): HTMLIFrameElement {
  const frame = doc.createElement('iframe');
  frame.src = src;
  frame.title = 'Roster Sync for mOS';
  frame.dataset.testid = PANEL_TEST_ID;
  frame.setAttribute('allow', '');
  applyStyle(frame, OPEN_HEIGHT);
  return frame;
}

/** The frame's own attributes and values; anything else on it was put there by the page. */
function ownAttributes(frame: HTMLIFrameElement, src: string, height: string): Map<string, string> {
  const probe = createPanelFrame(frame.ownerDocument, src);
  applyStyle(probe, height);
  return new Map(Array.from(probe.attributes, (a) => [a.name, a.value]));
}

export interface PanelHost {
  /** Re-checks the screen: shows the panel on My Organization, removes it elsewhere. */
  refresh(): void;
  stop(): void;
}

/** How the panel frame is bound to this tab (see lib/extension/panel-binding.ts). */
export interface PanelBinding {
  /** The origin of the panel's document; with a dynamic address it differs from the address's. */
  origin: string;
  /** A fresh token for a new frame, registered with the background before it is handed over. */
  issueToken(): Promise<string | undefined>;
}

/** Keeps the panel present exactly while the page shows My Organization, SPA navigation included. */
export function hostPanel(doc: Document, panelUrl: string, binding?: PanelBinding): PanelHost {
  const view = doc.defaultView!;
  const panelOrigin = binding?.origin ?? new URL(panelUrl).origin;
  let frame: HTMLIFrameElement | undefined;
  let scheduled = false;
  let stopped = false;
  let foldedByAdmin = false;
  let height = OPEN_HEIGHT;
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
    const own = ownAttributes(frame, panelUrl, height);
    let changed = false;
    for (const { name } of Array.from(frame.attributes)) {
      if (!own.has(name)) {
        frame.removeAttribute(name);
        changed = true;
      }
    }
    for (const [name, value] of own) {
      if (frame.getAttribute(name) === value) continue;
      if (name === 'style') applyStyle(frame, height);
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
  // Folded to its header while the page shows a dialog, so the page's own buttons stay reachable.
  const fit = () => {
    if (!frame) return;
    const folded = foldedByAdmin || openDialogs(doc).length > 0;
    height = folded ? COLLAPSED_HEIGHT : OPEN_HEIGHT;
    frame.style.setProperty('height', height, 'important');
    frameObserver.takeRecords();
  };
  const refresh = () => {
    scheduled = false;
    if (stopped) return;
    const wanted = isMyOrganizationScreen(doc);
    if (wanted && (!frame || !frame.isConnected)) {
      frame = createPanelFrame(doc, panelUrl);
      handOverToken(frame);
      doc.body.append(frame);
      frameObserver.disconnect();
      frameObserver.observe(frame, { attributes: true });
      placedAt = '';
    } else if (!wanted && frame) {
      frameObserver.disconnect();
      frame.remove();
      frame = undefined;
    }
    fit();
    noticeMove();
  };
  // The token goes to our frame's document only (posted to the panel's origin), never into the page's DOM.
  const handOverToken = (panel: HTMLIFrameElement) => {
    const token = binding?.issueToken();
    if (!token) return;
    panel.addEventListener('load', () => {
      void token.then((value) => value && panel.contentWindow?.postMessage({ type: PANEL_TOKEN_MESSAGE, token: value }, panelOrigin));
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
    schedule();
  });
  // A restyled page (a class or style on any element, a style sheet added) may move the frame without touching it.
  let checking = false;
  const checkPlace = () => {
    if (checking) return;
    checking = true;
    view.requestAnimationFrame(() => {
      checking = false;
      noticeMove();
    });
  };
  const layoutObserver = new view.MutationObserver(checkPlace);
  // Only our own frame may resize itself; the page can post messages too, so check who sent it.
  const onFrameMessage = (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== panelOrigin) return;
    const message = panelFrameMessageSchema.safeParse(event.data);
    if (!message.success) return;
    foldedByAdmin = message.data.collapsed;
    fit();
  };
  observer.observe(doc.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['open', 'hidden', 'aria-modal'] });
  layoutObserver.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
  view.addEventListener('popstate', schedule);
  view.addEventListener('message', onFrameMessage);
  view.addEventListener('scroll', checkPlace, true);
  view.addEventListener('resize', checkPlace);
  refresh();
  return {
    refresh,
    stop() {
      stopped = true;
      observer.disconnect();
      frameObserver.disconnect();
      layoutObserver.disconnect();
      view.removeEventListener('popstate', schedule);
      view.removeEventListener('message', onFrameMessage);
      view.removeEventListener('scroll', checkPlace, true);
      view.removeEventListener('resize', checkPlace);
      frame?.remove();
    },
  };
}
