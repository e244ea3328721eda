import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { errorText, say } from '@/components/format';
import { FileImport, type FileImportStatus } from '@/components/FileImport';
import { ImportCancelled } from '@/lib/sources/file/errors';
import { readFileInWorker } from '@/lib/sources/file/read-in-worker';
import { recallSheets } from '@/lib/settings/remembered-mappings';
import type { PanelRequest, PanelResponse } from '@/lib/messages';

const ACCEPTED_FILES = '.csv,.tsv,.txt,.tab,.xlsx,.xlsm,.xls,.ods,.htm,.html,.xml,text/csv,text/plain';

type ImportRequest = Extract<PanelRequest, { type: 'panel/import-table' | 'panel/cancel-import' }>;
type Ask = <R extends ImportRequest>(request: R) => Promise<PanelResponse<R['type']>>;

/**
 * An HR export dropped on the panel is read here, in the extension's own frame (never by the mOS
 * page), and the background saves it as a draft: a framed page may not open the drafts database.
 * Cancel works while it is read and while it is saved; a draft saved as Cancel was pressed is removed.
 */
export function PanelFileImport({ ask, onImported }: { ask: Ask; onImported(draftId: string): void }) {
  const [status, setStatus] = useState<FileImportStatus>();
  const running = useRef<AbortController | undefined>(undefined);
  // Until the background has answered for the last file, even a cancelled one, the zone stays busy.
  const [settling, setSettling] = useState(false);
  const onFile = async (file: File) => {
    const controller = new AbortController();
    running.current = controller;
    setSettling(true);
    setStatus({ kind: 'reading', text: i18n.t('files.reading', { file: file.name }), percent: 0 });
    try {
      const { table } = await readFileInWorker(
        file,
        { rememberedSheets: await recallSheets() },
        ({ phase }) => setStatus({ kind: 'reading', text: i18n.t('files.reading', { file: file.name }), percent: phase === 'loading' ? 10 : 30 }),
        controller.signal,
      );
      if (controller.signal.aborted) return;
      const importId = crypto.randomUUID();
      controller.signal.addEventListener('abort', () => void ask({ type: 'panel/cancel-import', importId }).catch(() => undefined));
      setStatus({ kind: 'saving', text: i18n.t('files.saving', table.rows.length), percent: 70 });
      const sheet = table.origin.kind === 'file' ? table.origin.sheet : undefined;
      const origin = { kind: 'file' as const, fileName: file.name, signature: table.origin.signature, ...(sheet ? { sheet } : {}) };
      const saved = await ask({ type: 'panel/import-table', importId, table: { headers: table.headers, rows: table.rows, origin } }).catch(() => ({
        ok: false as const,
        error: i18n.t('panel.tooLarge', { file: file.name }),
        said: undefined,
      }));
      if (controller.signal.aborted || (saved.ok && saved.cancelled)) return;
      if (!saved.ok) return setStatus({ kind: 'error', text: say(saved.error, saved.said) });
      setStatus(undefined);
      onImported(saved.draftId);
    } catch (e) {
      setStatus(e instanceof ImportCancelled ? undefined : { kind: 'error', text: errorText(e) });
    } finally {
      if (running.current === controller) {
        running.current = undefined;
        setSettling(false);
      }
    }
  };
  const cancel =
    status?.kind === 'reading' || status?.kind === 'saving'
      ? () => {
          running.current?.abort();
          setStatus(undefined);
        }
      : undefined;
  return <FileImport compact accept={ACCEPTED_FILES} status={status} onFile={(file) => void onFile(file)} onCancel={cancel} settling={settling} />;
}
