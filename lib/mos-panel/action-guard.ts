/** How long the panel must have been wholly in view, unmoved, before an action that sends or downloads people works. */
export const SETTLE_MS = 500;

export interface ActionGuard {
  readonly ready: boolean;
  /** The browser's report (IntersectionObserver v2): the panel wholly in view, not covered, faded or distorted. */
  seen(visible: boolean): void;
  /** The frame moved, was resized or restyled: count again from now. */
  disturbed(): void;
  stop(): void;
}

/**
 * Against clickjacking: a page that fades, covers or moves our frame under the admin's pointer gets no action
 * from the click. Ready only after SETTLE_MS of the panel wholly in view with nothing changed.
 */
export function createActionGuard(onChange: (ready: boolean) => void): ActionGuard {
  let visible = false;
  let ready = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const set = (next: boolean) => {
    if (next === ready) return;
    ready = next;
    onChange(next);
  };
  const restart = () => {
    clearTimeout(timer);
    set(false);
    if (visible) timer = setTimeout(() => set(true), SETTLE_MS);
  };
  return {
    get ready() {
      return ready;
    },
    seen(now) {
      if (now === visible) return;
      visible = now;
      restart();
    },
    disturbed: restart,
    stop() {
      clearTimeout(timer);
      visible = false;
    },
  };
}

/** Where the browser cannot tell whether the panel is seen (Firefox): the first click on an action asks, a second one acts. */
export function confirmStep(confirming: string | undefined, key: string): { act: boolean; confirming: string | undefined } {
  return confirming === key ? { act: true, confirming: undefined } : { act: false, confirming: key };
}
