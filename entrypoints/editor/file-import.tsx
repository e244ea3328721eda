import { useRef, useState } from 'preact/hooks';
import { FileImport, type FileImportStatus } from '@/components/FileImport';
import type { RosterDatabase } from '@/lib/drafts';
import { ImportCancelled, importFileAsDraft, saveReadSummary } from '@/lib/files/import-file';
import type { FileReadOptions } from '@/lib/files/read-file';

export const ACCEPTED_FILES = '.csv,.tsv,.txt,.tab,.xlsx,.xlsm,.xls,.ods,.htm,.html,.xml,text/csv,text/plain';

function megabytes(file: File): string {
  return file.size < 1024 * 1024 ? `${Math.max(1, Math.round(file.size / 1024))} KB` : `${(file.size / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads a file into a new draft and opens it; `replaces` is a draft the new one stands in for. */
export function useFileImport(db: Promise<RosterDatabase>, afterSave?: (draftId: string) => Promise<void>) {
  const [status, setStatus] = useState<FileImportStatus>();
  const running = useRef<AbortController | undefined>(undefined);
  const importFile = async (file: File, options: FileReadOptions = {}) => {
    const controller = new AbortController();
    running.current = controller;
    setStatus({ kind: 'reading', text: `Opening ${file.name} (${megabytes(file)})…`, percent: 0 });
    try {
      const { draft, summary } = await importFileAsDraft(
        await db,
        file,
        options,
        ({ step, percent, rows }) => {
          if (step === 'reading' || step === 'mapping') setStatus({ kind: 'reading', text: `Reading ${file.name}…`, percent });
          if (step === 'saving') {
            setStatus({ kind: 'saving', text: `Saving ${(rows ?? 0).toLocaleString('en-US')} rows as a draft…`, percent });
          }
        },
        controller.signal,
      );
      setStatus({ kind: 'saving', text: 'Opening the draft…', percent: 100 });
      saveReadSummary(sessionStorage, draft.id, summary);
      await afterSave?.(draft.id);
      location.assign(`?draft=${encodeURIComponent(draft.id)}`);
    } catch (e) {
      setStatus(e instanceof ImportCancelled ? undefined : { kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      if (running.current === controller) running.current = undefined;
    }
  };
  const cancel = () => running.current?.abort();
  return { status, importFile, cancel };
}

/** The start page's file door: drop zone and picker, read off the page, then on to the new draft. */
export function FileImportSlot({ db }: { db: Promise<RosterDatabase> }) {
  const { status, importFile, cancel } = useFileImport(db);
  return <FileImport accept={ACCEPTED_FILES} status={status} onFile={(file) => void importFile(file)} onCancel={cancel} />;
}
