import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { errorText, formatNumber } from '@/components/format';
import { FileImport, type FileImportStatus } from '@/components/FileImport';
import type { RosterDatabase } from '@/lib/drafts';
import { ImportCancelled, importFileAsDraft, saveReadSummary } from '@/lib/sources/file/import-file';
import type { FileReadOptions } from '@/lib/sources/file/read-file';
import { ACCEPTED_FILES } from '@/lib/sources/file/accepted';

export { ACCEPTED_FILES, PICK_PARAM } from '@/lib/sources/file/accepted';

function megabytes(file: File): string {
  return file.size < 1024 * 1024
    ? i18n.t('files.sizeKb', { n: formatNumber(Math.max(1, Math.round(file.size / 1024))) })
    : i18n.t('files.sizeMb', { n: (file.size / 1024 / 1024).toLocaleString(i18n.t('common.numberLocale'), { maximumFractionDigits: 1, minimumFractionDigits: 1 }) });
}

/** Reads a file into a new draft and opens it; `replaces` is a draft the new one stands in for. */
export function useFileImport(db: Promise<RosterDatabase>, afterSave?: (draftId: string) => Promise<void>) {
  const [status, setStatus] = useState<FileImportStatus>();
  const running = useRef<AbortController | undefined>(undefined);
  const importFile = async (file: File, options: FileReadOptions = {}) => {
    const controller = new AbortController();
    running.current = controller;
    setStatus({ kind: 'reading', text: i18n.t('files.opening', { file: file.name, size: megabytes(file) }), percent: 0 });
    try {
      const { draft, summary } = await importFileAsDraft(
        await db,
        file,
        options,
        ({ step, percent, rows }) => {
          if (step === 'reading' || step === 'mapping') setStatus({ kind: 'reading', text: i18n.t('files.reading', { file: file.name }), percent });
          if (step === 'saving') {
            setStatus({ kind: 'saving', text: i18n.t('files.saving', rows ?? 0, [formatNumber(rows ?? 0)]), percent });
          }
        },
        controller.signal,
      );
      setStatus({ kind: 'saving', text: i18n.t('files.openingDraft'), percent: 100 });
      saveReadSummary(sessionStorage, draft.id, summary);
      await afterSave?.(draft.id);
      location.assign(`?draft=${encodeURIComponent(draft.id)}`);
    } catch (e) {
      setStatus(e instanceof ImportCancelled ? undefined : { kind: 'error', text: errorText(e) });
    } finally {
      if (running.current === controller) running.current = undefined;
    }
  };
  const cancel = () => running.current?.abort();
  return { status, importFile, cancel };
}

/** The start page's file door: drop zone and picker, read off the page, then on to the new draft. */
export function FileImportSlot({ db, openPicker }: { db: Promise<RosterDatabase>; openPicker?: boolean }) {
  const { status, importFile, cancel } = useFileImport(db);
  return (
    <FileImport accept={ACCEPTED_FILES} status={status} openPicker={openPicker} onFile={(file) => void importFile(file)} onCancel={cancel} />
  );
}
