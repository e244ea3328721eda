import type { Ref } from 'preact';
import { i18n } from '#i18n';

export interface FileInputProps {
  /** Said to screen readers with the button: the drop zone around the input says it on screen. */
  label: string;
  accept: string;
  disabled: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** useFileDrop's `picked`: takes the file and clears the input. */
  onPick(input: HTMLInputElement): void;
  /** Drawn as a secondary button, where another action on the screen is the main one. */
  secondary?: boolean;
}

/**
 * The file picker of a drop zone (the editor's, the panel's and the popup's): a button in the page's own style
 * and language, where the browser's bare control would say "Choose File / No file chosen" in its own.
 */
export function FileInput({ label, accept, disabled, inputRef, onPick, secondary }: FileInputProps) {
  return (
    <label class={`button file-button${secondary ? ' secondary' : ''}${disabled ? ' disabled' : ''}`}>
      <span class="visually-hidden">{label}: </span>
      {i18n.t('files.chooseFile')}
      <input
        ref={inputRef}
        type="file"
        class="visually-hidden"
        accept={accept}
        data-testid="import-file"
        disabled={disabled}
        onChange={(e) => onPick(e.currentTarget)}
      />
    </label>
  );
}
