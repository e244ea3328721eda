import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { errorText, say } from '@/components/format';
import { FileImport, type FileImportStatus } from '@/components/FileImport';
import { ImportCancelled } from '@/lib/files/errors';
import { readFileInWorker } from '@/lib/files/read-in-worker';
import { recallSheets } from '@/lib/settings/remembered-mappings';
import type { PanelRequest, PanelResponse } from '@/lib/messages';

const ACCEPTED_FILES = '.csv,.tsv,.txt,.tab,.xlsx,.xlsm,.xls,.ods,.htm,.html,.xml,text/csv,text/plain';

type Ask = (request: Extract<PanelRequest, { type: 'panel/import-table' }>) => Promise<PanelResponse<'panel/import-table'>>;

/**
 * An HR export dropped on the panel is read here, in the extension's own frame (never by the mOS
 * page), and the background saves it as a draft: a framed page may not open the drafts database.
 */
export function PanelFileImport({ ask, onImported }: { ask: Ask; onImported(draftId: string): void }) {
  const [status, setStatus] = useState<FileImportStatus>();
  const running = useRef<AbortController | undefined>(undefined);
  const onFile = async (file: File) => {
    const controller = new AbortController();
    running.current = controller;
    setStatus({ kind: 'reading', text: i18n.t('files.reading', { file: file.name }), percent: 0 });
    try {
      const { table } = await readFileInWorker(
        file,
        { rememberedSheets: await recallSheets() },
        ({ phase }) => setStatus({ kind: 'reading', text: i18n.t('files.reading', { file: file.name }), percent: phase === 'loading' ? 10 : 30 }),
        controller.signal,
      );
      // From here the background saves the draft in one go; there is nothing left to cancel.
      running.current = undefined;
      setStatus({ kind: 'saving', text: i18n.t('files.saving', table.rows.length), percent: 70 });
      const sheet = table.origin.kind === 'file' ? table.origin.sheet : undefined;
      const origin = { kind: 'file' as const, fileName: file.name, signature: table.origin.signature, ...(sheet ? { sheet } : {}) };
      const saved = await ask({ type: 'panel/import-table', table: { headers: table.headers, rows: table.rows, origin } }).catch(() => ({
        ok: false as const,
        error: i18n.t('panel.tooLarge', { file: file.name }),
        said: undefined,
      }));
      if (!saved.ok) return setStatus({ kind: 'error', text: say(saved.error, saved.said) });
      setStatus(undefined);
      onImported(saved.draftId);
    } catch (e) {
      setStatus(e instanceof ImportCancelled ? undefined : { kind: 'error', text: errorText(e) });
    } finally {
      if (running.current === controller) running.current = undefined;
    }
  };
  const cancel = status?.kind === 'reading' ? () => running.current?.abort() : undefined;
  return <FileImport compact accept={ACCEPTED_FILES} status={status} onFile={(file) => void onFile(file)} onCancel={cancel} />;
}
