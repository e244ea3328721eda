import type { MessageSenderLike } from '../page-messages';
import { urlMatchesAny } from '../mos-page/origins';

/** Per tab: the token the page adapter gave its panel frame, the page's origin, and the frame that first used it. */
export interface PanelBinding {
  token: string;
  origin: string;
  frameId?: number;
}
export type PanelBindings = Record<string, PanelBinding>;

export interface PanelBindingStore {
  getValue(): Promise<PanelBindings>;
  setValue(value: PanelBindings): Promise<void>;
}

export interface PanelBindingContext {
  extensionId: string;
  /** Our pages' origin, as the browser reports a sender's origin. */
  extensionOrigin: string;
  patterns(): Promise<string[]>;
}

type Sender = MessageSenderLike;
type Bound = { ok: true; origin: string } | { ok: false };

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The background's record of which panel frame each mOS tab's adapter made. A panel request counts only with
 * the token of its tab, from the frame that first showed it, while the tab still shows the granted origin:
 * another frame in the tab (a widget of another site framing the panel) never has it.
 */
export function createPanelBindings(store: PanelBindingStore, context: PanelBindingContext) {
  // Reads and writes of the record one after another, so two requests at once never undo each other.
  let queue: Promise<unknown> = Promise.resolve();
  const update = <T>(change: (bindings: PanelBindings) => Promise<[PanelBindings | undefined, T]>): Promise<T> => {
    const next = queue.then(async () => {
      const [changed, result] = await change({ ...(await store.getValue()) });
      if (changed) await store.setValue(changed);
      return result;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    /** A new panel frame's token, from our adapter in the top frame of a tab on a granted origin. */
    register(sender: Sender, token: string): Promise<boolean> {
      return update(async (bindings) => {
        const tabId = sender.tab?.id;
        const origin = originOf(sender.url);
        const fromAdapter =
          sender.id === context.extensionId &&
          tabId !== undefined &&
          sender.frameId === 0 &&
          origin !== undefined &&
          /^https?:$/.test(new URL(sender.url!).protocol) &&
          (sender.origin === undefined || sender.origin === origin) &&
          originOf(sender.tab?.url) === origin &&
          urlMatchesAny(sender.url, await context.patterns());
        if (!fromAdapter) return [undefined, false];
        bindings[tabId] = { token, origin };
        return [bindings, true];
      });
    },
    /** Whether this panel request comes from the frame the tab's adapter made; the page's origin if so. */
    check(sender: Sender, token: string | undefined): Promise<Bound> {
      return update<Bound>(async (bindings) => {
        const refused: [undefined, Bound] = [undefined, { ok: false }];
        const tabId = sender.tab?.id;
        const binding = tabId === undefined ? undefined : bindings[tabId];
        if (!binding || !token || binding.token !== token || sender.frameId === undefined) return refused;
        if (sender.id !== context.extensionId || (sender.origin !== undefined && sender.origin !== context.extensionOrigin)) return refused;
        if (originOf(sender.tab?.url) !== binding.origin) return refused;
        if (binding.frameId !== undefined) return binding.frameId === sender.frameId ? [undefined, { ok: true, origin: binding.origin }] : refused;
        bindings[tabId!] = { ...binding, frameId: sender.frameId };
        return [bindings, { ok: true, origin: binding.origin }];
      });
    },
    forgetTab(tabId: number): Promise<void> {
      return update(async (bindings) => {
        if (!(tabId in bindings)) return [undefined, undefined];
        delete bindings[tabId];
        return [bindings, undefined];
      });
    },
  };
}
