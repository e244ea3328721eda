import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { errorText } from '@/components/format';
import { PopupFileImport, type PopupImportStatus } from '@/components/popup/PopupFileImport';
import { openRosterDb } from '@/lib/drafts';
import { importFileAsDraft } from '@/lib/sources/file/import-file';
import { ACCEPTED_FILES, PICK_PARAM } from '@/lib/sources/file/accepted';
import { editorUrl, openedAsPage } from './tab';

/** Reads a dropped or picked file into a new draft, the same way the editor does, and says how it went. */
export function PopupFileImportSlot() {
  const [status, setStatus] = useState<PopupImportStatus>();
  const onFile = async (file: File) => {
    setStatus({ kind: 'reading', fileName: file.name });
    try {
      const { draft, summary } = await importFileAsDraft(await openRosterDb(), file, {}, (progress) => {
        if (progress.step === 'saving') setStatus({ kind: 'saving', fileName: file.name, rows: progress.rows ?? 0 });
      });
      setStatus({
        kind: 'done',
        draftId: draft.id,
        draftName: draft.name,
        rows: draft.rowCount,
        // The counts stored with the draft come from its plan, as every screen's do.
        errors: draft.errorCount,
        leftOut: draft.excludedCount,
        notes: summary.notes,
      });
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof Error ? errorText(e) : i18n.t('popup.import.failed', { file: file.name }) });
    }
  };
  const pickInEditor = async () => {
    await browser.tabs.create({ url: `${editorUrl()}?${PICK_PARAM}=1` });
    window.close();
  };
  return (
    <PopupFileImport
      status={status}
      accept={ACCEPTED_FILES}
      pickInPlace={openedAsPage}
      draftUrl={(id) => editorUrl(id)}
      onFile={(file) => void onFile(file)}
      onPickElsewhere={() => void pickInEditor()}
    />
  );
}
