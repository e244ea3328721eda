import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { i18n } from '#i18n';

export interface ModalProps {
  title: string;
  onClose(): void;
  children: ComponentChildren;
  testId?: string;
  wide?: boolean;
}

/** A modal dialog on the native <dialog>: it traps focus, closes on Escape and restores focus when gone. */
export function Modal({ title, onClose, children, testId, wide }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      opener?.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class={wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/** A dialog's buttons at its foot: Cancel first where the dialog can be cancelled, then its own action. */
export function DialogActions({ onCancel, children }: { onCancel?: () => void; children: ComponentChildren }) {
  return (
    <div class="row dialog-actions">
      {onCancel && (
        <button type="button" class="secondary" onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      )}
      {children}
    </div>
  );
}

/** The one button of a dialog that only shows something: Done. */
export function DoneAction({ onDone }: { onDone: () => void }) {
  return (
    <DialogActions>
      <button type="button" onClick={onDone}>
        {i18n.t('common.done')}
      </button>
    </DialogActions>
  );
}

export interface ConfirmProps {
  title: string;
  message: ComponentChildren;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before something that cannot be undone. */
export function ConfirmDialog({ title, message, confirmLabel, danger, onConfirm, onCancel }: ConfirmProps) {
  return (
    <Modal title={title} onClose={onCancel} testId="confirm-dialog">
      <div class="stack">
        <p>{message}</p>
        <DialogActions onCancel={onCancel}>
          <button type="button" class={danger ? 'danger' : undefined} data-testid="confirm" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </DialogActions>
      </div>
    </Modal>
  );
}
