import { HIGHLIGHT_PORT, isFromExtensionCore, isFromExtensionPage } from '@/lib/page-messages';
import { PageAgent, type PortLike } from '@/lib/sources/page/page-agent';

const AGENT = Symbol.for('roster-sync.page-agent');
type Marked = { [AGENT]?: PageAgent };

/** Chrome lets an extension read closed shadow roots too (custom elements' ones); elsewhere only open ones are searched. */
function shadowRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot || !el.localName.includes('-')) return el.shadowRoot;
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } } }).chrome?.dom;
  try {
    return dom?.openOrClosedShadowRoot?.(el) ?? null;
  } catch {
    return null;
  }
}

function startAgent(): PageAgent {
  const agent = new PageAgent(document, {
    connect: (name) => browser.runtime.connect({ name }) as unknown as PortLike,
    roots: { shadowRootOf },
  });
  const popupHost = new URL(browser.runtime.getURL('/')).host;
  // Answered through sendResponse: this script runs on the browser's own API (no polyfill), where Chrome ignores a returned promise.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only the background may start an export.
    if (!isFromExtensionCore(sender, browser.runtime.id)) return undefined;
    sendResponse(agent.handleCommand(message));
    return undefined;
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== HIGHLIGHT_PORT || !port.sender || !isFromExtensionPage(port.sender, browser.runtime.id, '/popup.html', popupHost)) return;
    agent.acceptHighlightPort(port as unknown as PortLike);
  });
  return agent;
}

/**
 * Injected into the current tab on the admin's click (activeTab); lists the tables it finds. An unlisted script
 * rather than a content script: it never uses WXT's content-script context, which would be 1.3 KB gzip on every HR page.
 */
export default defineUnlistedScript(() => {
  // Injected again on each click: one agent per page keeps the tables listed and any export running.
  const marked = window as unknown as Marked;
  marked[AGENT] ??= startAgent();
  return marked[AGENT].list();
});
