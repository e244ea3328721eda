export interface JsonFileButtonProps {
  label: string;
  testId: string;
  /** More classes for the button, beside "button secondary". */
  extraClass?: string;
  onFile(file: File): void;
}

/** A button that opens the file dialog for a JSON file; the input is cleared, so the same file can be picked again. */
export function JsonFileButton({ label, testId, extraClass, onFile }: JsonFileButtonProps) {
  return (
    <label class={extraClass ? `button secondary ${extraClass}` : 'button secondary'}>
      {label}
      <input
        type="file"
        accept=".json,application/json"
        class="sr-only"
        data-testid={testId}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
