import { useEffect, useState } from 'preact/hooks';
import { confirmStep, createActionGuard } from '@/lib/mos-panel/action-guard';
import { PANEL_MOVED_MESSAGE } from '@/lib/messages';

/** Chrome reports whether a target is truly seen (IntersectionObserver v2); Firefox does not. */
const tracksVisibility = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

/**
 * The panel's actions that send or download people, kept from clicks the admin did not mean: in Chrome they
 * work once the panel has been wholly in view, unmoved, for half a second; in Firefox on a second, confirming click.
 */
export function useActionGuard() {
  const [ready, setReady] = useState(!tracksVisibility);
  const [confirming, setConfirming] = useState<string>();

  useEffect(() => {
    if (!tracksVisibility) return;
    const guard = createActionGuard(setReady);
    // Covers the frame's whole view, above everything in it: what the browser reports for it holds for the panel.
    const sentinel = document.createElement('div');
    sentinel.className = 'visibility-sentinel';
    sentinel.setAttribute('aria-hidden', 'true');
    document.body.append(sentinel);
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1)! as IntersectionObserverEntry & { isVisible?: boolean };
        guard.seen(entry.isIntersecting && entry.intersectionRatio >= 0.99 && entry.isVisible === true);
      },
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(sentinel);
    const onResize = () => guard.disturbed();
    // The page may send this too; it can only make the panel wait.
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === PANEL_MOVED_MESSAGE) guard.disturbed();
    };
    window.addEventListener('resize', onResize);
    window.addEventListener('message', onMessage);
    return () => {
      guard.stop();
      observer.disconnect();
      sentinel.remove();
      window.removeEventListener('resize', onResize);
      window.removeEventListener('message', onMessage);
    };
  }, []);

  /** `action` as a click handler that acts only when the guard allows it. */
  const guarded = (key: string, action: () => void) => () => {
    if (!ready) return;
    if (tracksVisibility) return action();
    const step = confirmStep(confirming, key);
    setConfirming(step.confirming);
    if (step.act) action();
  };
  return { ready, confirming, guarded };
}
