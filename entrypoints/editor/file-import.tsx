import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { errorText, formatNumber } from '@/components/format';
import { FileImport, type FileImportStatus } from '@/components/FileImport';
import type { RosterDatabase } from '@/lib/drafts';
import { importFileAsDraft, saveReadSummary } from '@/lib/files/import-file';
import type { FileReadOptions } from '@/lib/files/read-file';
import { ACCEPTED_FILES } from '@/lib/files/accepted';

export { ACCEPTED_FILES, PICK_PARAM } from '@/lib/files/accepted';

function megabytes(file: File): string {
  return file.size < 1024 * 1024
    ? i18n.t('files.sizeKb', { n: formatNumber(Math.max(1, Math.round(file.size / 1024))) })
    : i18n.t('files.sizeMb', { n: (file.size / 1024 / 1024).toLocaleString(i18n.t('common.numberLocale'), { maximumFractionDigits: 1, minimumFractionDigits: 1 }) });
}

/** Reads a file into a new draft and opens it; `replaces` is a draft the new one stands in for. */
export function useFileImport(db: Promise<RosterDatabase>, afterSave?: (draftId: string) => Promise<void>) {
  const [status, setStatus] = useState<FileImportStatus>();
  const importFile = async (file: File, options: FileReadOptions = {}) => {
    setStatus({ kind: 'reading', text: i18n.t('files.opening', { file: file.name, size: megabytes(file) }) });
    try {
      const { draft, summary } = await importFileAsDraft(await db, file, options, (progress) => {
        if (progress.phase === 'reading') setStatus({ kind: 'reading', text: i18n.t('files.reading', { file: file.name }) });
        if (progress.phase === 'saving') {
          setStatus({ kind: 'saving', text: i18n.t('files.saving', progress.rows, [formatNumber(progress.rows)]) });
        }
      });
      setStatus({ kind: 'saving', text: i18n.t('files.openingDraft') });
      saveReadSummary(sessionStorage, draft.id, summary);
      await afterSave?.(draft.id);
      location.assign(`?draft=${encodeURIComponent(draft.id)}`);
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    }
  };
  return { status, importFile };
}

/** The start page's file door: drop zone and picker, read off the page, then on to the new draft. */
export function FileImportSlot({ db, openPicker }: { db: Promise<RosterDatabase>; openPicker?: boolean }) {
  const { status, importFile } = useFileImport(db);
  return <FileImport accept={ACCEPTED_FILES} status={status} openPicker={openPicker} onFile={(file) => void importFile(file)} />;
}
