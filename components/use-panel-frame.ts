import { useEffect, useState } from 'preact/hooks';
import { panelLookMessageSchema, type PanelLook } from '@/lib/page-messages';

/** Narrower than this, the frame is the launcher at the page's edge (lib/mos-page/panel-host.ts sizes it). */
const LAUNCHER_MAX_WIDTH = 120;

const isOpen = () => window.innerWidth > LAUNCHER_MAX_WIDTH;

let heldShut: PanelLook['heldShut'] = 'no';
const heldShutListeners = new Set<(value: PanelLook['heldShut']) => void>();

/**
 * Takes on the page's light or dark look and hears what keeps the sheet shut, from the frame's first moment:
 * the page adapter tells it on load, before the panel is drawn. A message a page forges can change no more
 * than our colours and the launcher's words; the frame's size, not a message, says whether the sheet is open.
 */
export function watchPanelLook(): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const look = panelLookMessageSchema.safeParse(event.data);
    if (!look.success) return;
    document.documentElement.dataset.theme = look.data.dark ? 'dark' : 'light';
    heldShut = look.data.heldShut;
    for (const listener of heldShutListeners) listener(heldShut);
  });
}

/** The panel frame as the page adapter placed it: open as the sheet, or shut to its launcher, and why. */
export function usePanelFrame() {
  const [open, setOpen] = useState(isOpen);
  const [held, setHeld] = useState(heldShut);
  useEffect(() => {
    const onResize = () => setOpen(isOpen());
    window.addEventListener('resize', onResize);
    heldShutListeners.add(setHeld);
    setHeld(heldShut);
    return () => {
      window.removeEventListener('resize', onResize);
      heldShutListeners.delete(setHeld);
    };
  }, []);
  return { open, heldShut: held };
}
