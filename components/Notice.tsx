export interface NoticeProps {
  kind: 'info' | 'error' | 'ok' | 'warning';
  children: preact.ComponentChildren;
}

/** A status line that screen readers announce. */
export function Notice({ kind, children }: NoticeProps) {
  return (
    <p role={kind === 'error' ? 'alert' : 'status'} class={kind === 'info' ? 'muted' : kind}>
      {children}
    </p>
  );
}
