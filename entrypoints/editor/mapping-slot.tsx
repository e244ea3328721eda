import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { MappingEditor } from '@/components/MappingEditor';
import { Notice } from '@/components/Notice';
import { ReadSummaryNote } from '@/components/ReadSummaryNote';
import { SheetSwitcher } from '@/components/SheetSwitcher';
import { errorText } from '@/components/format';
import { deleteDraft, type RosterDatabase } from '@/lib/drafts';
import { nothingWorkedOn } from '@/lib/drafts/library';
import { loadReadSummary } from '@/lib/sources/file/import-file';
import { MAPPABLE_FIELDS, mappingDoubts, suggestMapping, withFieldSource, type ColumnMapping, type FieldSource, type MappedField } from '@/lib/mapping';
import { mappingFoldLine } from '@/components/mapping-line';
import { Fold } from '@/components/editor/Fold';
import { forgetMapping, recallMapping, rememberMapping } from '@/lib/settings/remembered-mappings';
import type { MappingSlotProps as DraftMappingProps } from './draft-page';
import { ACCEPTED_FILES, useFileImport } from './file-import';

export interface MappingSlotProps extends DraftMappingProps {
  db: Promise<RosterDatabase>;
}

/** The draft's column mapping and sheet choice, saved as the admin changes them. */
export function MappingSlot({ db, meta, rows, readOptions, onMappingChange }: MappingSlotProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [remembered, setRemembered] = useState<ColumnMapping>();
  const cells = useMemo(() => rows.map((r) => r.cells), [rows]);
  // Each save brings a new meta: the headers' text, not the array, says whether they changed.
  const headersKey = meta.headers.join('\u0000');
  const suggestion = useMemo(() => suggestMapping(meta.headers, cells), [headersKey, cells]);
  const summary = useMemo(() => loadReadSummary(sessionStorage, meta.id), [meta.id]);
  const sheetImport = useFileImport(db, async () => {
    // The new draft reads another sheet of the same file; this one goes unless the admin worked on it.
    if (nothingWorkedOn(rows)) await deleteDraft(await db, meta.id);
  });
  useEffect(() => void recallMapping(meta.origin, meta.headers.length).then(setRemembered, () => undefined), [meta.id]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(i18n.t('mapping.saveFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const onChange = (field: MappedField, source: FieldSource | undefined) =>
    run(async () => {
      const mapping = withFieldSource(meta.mapping, field, source);
      onMappingChange(mapping);
      // Next time this kind of table arrives, it maps the admin's way with no clicks.
      await rememberMapping(meta.origin, mapping);
    });

  const onReset = () =>
    run(async () => {
      onMappingChange(suggestion.mapping);
      // Back to the engine's judgement, for this kind of source from now on too.
      await forgetMapping(meta.origin);
      setRemembered(undefined);
    });

  // The same element while what it shows is unchanged: the page's renders (one per edit of a big draft) skip the table.
  const mappingEditor = useMemo(() => (
    <MappingEditor headers={meta.headers} rows={cells} mapping={meta.mapping} suggestion={suggestion} remembered={remembered} readOptions={readOptions} busy={busy}
      onChange={(field, source) => void onChange(field, source)} onReset={() => void onReset()} />
  ), [headersKey, cells, JSON.stringify(meta.mapping), suggestion, remembered, JSON.stringify(readOptions), busy]);
  const doubts = mappingDoubts(MAPPABLE_FIELDS, meta.mapping, suggestion, remembered);
  const line = mappingFoldLine(doubts, summary);

  return (
    <Fold line={line} action={i18n.t('mapping.lineEdit')} needsLook={doubts.missing.length + doubts.unsure.length > 0 || error !== undefined || sheetImport.status !== undefined} testId="mapping-slot">
      {summary && <ReadSummaryNote summary={summary} />}
      {summary?.sheet && summary.sheets && (
        <SheetSwitcher
          fileName={summary.fileName}
          sheet={summary.sheet}
          sheets={summary.sheets}
          accept={ACCEPTED_FILES}
          busy={sheetImport.status?.kind === 'reading' || sheetImport.status?.kind === 'saving'}
          onFile={(file, sheet) => void sheetImport.importFile(file, { sheet })}
        />
      )}
      {sheetImport.status && <Notice kind={sheetImport.status.kind === 'error' ? 'error' : 'info'}>{sheetImport.status.text}</Notice>}
      {error && <Notice kind="error">{error}</Notice>}
      {mappingEditor}
    </Fold>
  );
}
