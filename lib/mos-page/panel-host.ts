import { isMyOrganizationScreen } from './detect';

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
    width: '360px',
    height: '460px',
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

/** Keeps the panel present exactly while the page shows My Organization, SPA navigation included. */
export function hostPanel(doc: Document, panelUrl: string): PanelHost {
  let frame: HTMLIFrameElement | undefined;
  let scheduled = false;
  let stopped = false;
  const refresh = () => {
    scheduled = false;
    if (stopped) return;
    const wanted = isMyOrganizationScreen(doc);
    if (wanted && (!frame || !frame.isConnected)) {
      frame = createPanelFrame(doc, panelUrl);
      doc.body.append(frame);
    } else if (!wanted && frame) {
      frame.remove();
      frame = undefined;
    }
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
  observer.observe(doc.body, { subtree: true, childList: true, characterData: true });
  doc.defaultView!.addEventListener('popstate', schedule);
  refresh();
  return {
    refresh,
    stop() {
      stopped = true;
      observer.disconnect();
      doc.defaultView!.removeEventListener('popstate', schedule);
      frame?.remove();
    },
  };
}
