import { PANEL_TOKEN_MESSAGE, panelFrameMessageSchema } from '../page-messages';
import { openDialogs } from '../dom/semantic';
import { isMyOrganizationScreen } from './detect';

const OPEN_HEIGHT = '620px';
const COLLAPSED_HEIGHT = '44px';

export const PANEL_TEST_ID = 'mos-import-panel';

/** The iframe that carries our extension-origin panel; the page can place it but not read it. */
function createPanelFrame(doc: Document, src: string): HTMLIFrameElement {
  const frame = doc.createElement('iframe');
  frame.src = src;
  frame.title = 'Roster Sync for mOS';
  frame.dataset.testid = PANEL_TEST_ID;
  frame.setAttribute('allow', '');
  // Fixed in a corner so the page's own layout never moves.
  Object.assign(frame.style, {
    position: 'fixed',
    right: '16px',
    bottom: '16px',
    width: '380px',
    height: OPEN_HEIGHT,
    maxHeight: 'calc(100vh - 32px)',
    border: '1px solid rgba(0,0,0,.2)',
    borderRadius: '10px',
    boxShadow: '0 8px 24px rgba(0,0,0,.18)',
    background: '#fff',
    zIndex: '2147483646',
    colorScheme: 'normal',
  } satisfies Partial<CSSStyleDeclaration>);
  return frame;
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
  // Folded to its header while the page shows a dialog, so the page's own buttons stay reachable.
  const fit = () => {
    if (!frame) return;
    const folded = foldedByAdmin || openDialogs(doc).length > 0;
    frame.style.height = folded ? COLLAPSED_HEIGHT : OPEN_HEIGHT;
  };
  const refresh = () => {
    scheduled = false;
    if (stopped) return;
    const wanted = isMyOrganizationScreen(doc);
    if (wanted && (!frame || !frame.isConnected)) {
      frame = createPanelFrame(doc, panelUrl);
      handOverToken(frame);
      doc.body.append(frame);
    } else if (!wanted && frame) {
      frame.remove();
      frame = undefined;
    }
    fit();
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
  // Only our own frame may resize itself; the page can post messages too, so check who sent it.
  const onFrameMessage = (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== panelOrigin) return;
    const message = panelFrameMessageSchema.safeParse(event.data);
    if (!message.success) return;
    foldedByAdmin = message.data.collapsed;
    fit();
  };
  observer.observe(doc.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['open', 'hidden', 'aria-modal'] });
  view.addEventListener('popstate', schedule);
  view.addEventListener('message', onFrameMessage);
  refresh();
  return {
    refresh,
    stop() {
      stopped = true;
      observer.disconnect();
      view.removeEventListener('popstate', schedule);
      view.removeEventListener('message', onFrameMessage);
      frame?.remove();
    },
  };
}
