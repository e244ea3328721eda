import { findButton, openDialogs, waitForDom } from '../dom/semantic';
import { IMPORT_CSV_BUTTON } from './detect';
import { MOS_PAGE_ERRORS } from './page-errors';

export type AttachOutcome =
  | { ok: true; confirmed: boolean; method: 'input' | 'drop' }
  | { ok: false; error: string };

const DROP_HINT = /drag|drop|browse|choose a file|select a file/i;

function importDialog(doc: Document): HTMLElement | undefined {
  return openDialogs(doc).find(
    (d) => d.querySelector('input[type="file"]') !== null || DROP_HINT.test(d.textContent ?? ''),
  );
}

function dropBox(dialog: HTMLElement): HTMLElement {
  const candidates = Array.from(dialog.querySelectorAll<HTMLElement>('label, div, section'));
  // The innermost element that speaks of dropping is the box itself.
  const boxes = candidates.filter((el) => DROP_HINT.test(el.textContent ?? ''));
  return boxes[boxes.length - 1] ?? dialog;
}

/** The page's own constructors, so the events belong to the document they are dispatched in. */
function pageClasses(el: Element): Pick<typeof globalThis, 'DataTransfer' | 'DragEvent' | 'Event'> {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  return {
    DataTransfer: view?.DataTransfer ?? globalThis.DataTransfer,
    DragEvent: view?.DragEvent ?? globalThis.DragEvent,
    Event: view?.Event ?? globalThis.Event,
  };
}

function setInputFile(input: HTMLInputElement, file: File): void {
  const { DataTransfer, Event } = pageClasses(input);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function dropFile(target: HTMLElement, file: File): void {
  const { DataTransfer, DragEvent } = pageClasses(target);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }
}

/** The page's Import CSV dialog, opened with its own button when it is not open already. */
export async function openImportDialog(
  doc: Document,
  timeoutMs = 5000,
): Promise<{ ok: true; dialog: HTMLElement } | { ok: false; error: string }> {
  let dialog = importDialog(doc);
  if (!dialog) {
    const opener = findButton(doc, IMPORT_CSV_BUTTON);
    if (!opener) return { ok: false, error: MOS_PAGE_ERRORS.noImportButton };
    opener.click();
    dialog = await waitForDom(doc, () => importDialog(doc), timeoutMs);
  }
  return dialog ? { ok: true, dialog } : { ok: false, error: MOS_PAGE_ERRORS.importDidNotOpen };
}

/**
 * Opens the page's Import CSV dialog and hands it the file, the way a person would: through the
 * file input, or by dropping it on the box. The page's own Import button is left for the admin.
 */
export async function attachCsvToImportDialog(
  doc: Document,
  file: File,
  timeoutMs = 5000,
): Promise<AttachOutcome> {
  const opened = await openImportDialog(doc, timeoutMs);
  if (!opened.ok) return opened;
  const { dialog } = opened;
  const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
  let method: 'input' | 'drop';
  if (input) {
    setInputFile(input, file);
    method = 'input';
  } else {
    dropFile(dropBox(dialog), file);
    method = 'drop';
  }
  const shown = await waitForDom(doc, () => dialog.textContent?.includes(file.name), Math.min(timeoutMs, 3000));
  return { ok: true, confirmed: Boolean(shown), method };
}
