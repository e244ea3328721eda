import type { Ref } from 'preact';

export interface FileInputProps {
  /** Said to screen readers only: the drop zone around the input says it on screen. */
  label: string;
  accept: string;
  disabled: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** useFileDrop's `picked`: takes the file and clears the input. */
  onPick(input: HTMLInputElement): void;
}

/** The file picker of a drop zone: the editor's, the panel's and the popup's. */
export function FileInput({ label, accept, disabled, inputRef, onPick }: FileInputProps) {
  return (
    <label class="row">
      <span class="visually-hidden">{label}</span>
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        data-testid="import-file"
        disabled={disabled}
        onChange={(e) => onPick(e.currentTarget)}
      />
    </label>
  );
}
