import { useState } from 'preact/hooks';

/**
 * A drop zone's behaviour, shared by the editor's, the panel's and the popup's file doors: it lights up while
 * a file is dragged over it and hands on the first file dropped or picked, unless a file is already busy.
 */
export function useFileDrop(onFile: (file: File) => void, busy: boolean) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !busy) onFile(file);
  };
  const zone = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      take(e.dataTransfer?.files);
    },
  };
  /** For a file input's onChange: takes the file and clears the input, so the same file can be picked again. */
  const picked = (input: HTMLInputElement) => {
    take(input.files);
    input.value = '';
  };
  return { over, zone, picked };
}
