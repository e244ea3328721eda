import { panelTokenMessageSchema } from '../page-messages';

/**
 * Whether the panel sits right inside the top page, and that page is of `origin` (the granted mOS origin its
 * tab shows). Chrome names every ancestor's origin; where the browser does not (Firefox), the frame must at least
 * be a direct child of the top page, whose origin the background checked.
 */
export function framedOnlyBy(win: Window, origin: string): boolean {
  if (win.parent === win || win.parent !== win.top) return false;
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  return ancestors === undefined || (ancestors.length === 1 && ancestors[0] === origin);
}

/**
 * The tokens the parent page posts to the panel, one after another. The page's own scripts share that window
 * with our adapter, so a token is only a candidate: the background says whether it is the tab's.
 */
export function receivePanelToken(win: Window): { next(): Promise<string>; stop(): void } {
  const tokens: string[] = [];
  let waiting: ((token: string) => void) | undefined;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    const message = panelTokenMessageSchema.safeParse(event.data);
    if (!message.success) return;
    if (waiting) {
      waiting(message.data.token);
      waiting = undefined;
    } else tokens.push(message.data.token);
  };
  win.addEventListener('message', onMessage as EventListener);
  return {
    next: () => {
      const queued = tokens.shift();
      return queued !== undefined ? Promise.resolve(queued) : new Promise((resolve) => (waiting = resolve));
    },
    stop: () => win.removeEventListener('message', onMessage as EventListener),
  };
}
