import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface FoldProps {
  /** The one line shown while folded: what is inside, in a few words. */
  line: ComponentChildren;
  /** The word on the line that opens it ("Edit", "Review"). */
  action: string;
  /** Opens by itself when what is inside needs a look; the admin can fold it again. */
  needsLook?: boolean;
  testId: string;
  children: ComponentChildren;
}

/** A card folded to one line, so what the admin rarely needs never pushes the people down. */
export function Fold({ line, action, needsLook = false, testId, children }: FoldProps) {
  // A link to the fold itself (`editor.html?draft=…#left-out`, from the mOS panel's "Review") opens it.
  const [open, setOpen] = useState(needsLook || location.hash === `#${testId}`);
  useEffect(() => {
    if (needsLook) setOpen(true);
  }, [needsLook]);
  return (
    <details class="fold card" id={testId} data-testid={testId} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary class="fold-line" data-testid={`${testId}-toggle`}>
        <span class="fold-text">{line}</span>
        <span class="fold-action">
          {action}
        </span>
      </summary>
      <div class="fold-body stack">{children}</div>
    </details>
  );
}
