import { useEffect, useMemo, useState } from 'preact/hooks';
import { ExclusionSuggestions } from '@/components/ExclusionSuggestions';
import { MappingEditor } from '@/components/MappingEditor';
import { Notice } from '@/components/Notice';
import { ReadSummaryNote } from '@/components/ReadSummaryNote';
import { SheetSwitcher } from '@/components/SheetSwitcher';
import { deleteDraft, setRowsExcluded, updateDraftMapping, type Draft, type RosterDatabase } from '@/lib/drafts';
import { loadReadSummary } from '@/lib/files/import-file';
import { suggestMapping, suggestRowExclusions, type ColumnMapping, type FieldSource, type MappedField, type RowExclusion } from '@/lib/mapping';
import { forgetMapping, recallMapping, rememberMapping } from '@/lib/settings/remembered-mappings';
import { ACCEPTED_FILES, useFileImport } from './file-import';

export interface MappingSlotProps {
  db: Promise<RosterDatabase>;
  draft: Draft;
  onDraft(draft: Draft): void;
}

/** The draft's column mapping, exclusion suggestions and sheet choice, saved as the admin changes them. */
export function MappingSlot({ db, draft, onDraft }: MappingSlotProps) {
  const { meta } = draft;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [remembered, setRemembered] = useState<ColumnMapping>();
  const cells = useMemo(() => draft.rows.map((r) => r.cells), [draft.rows]);
  const suggestion = useMemo(() => suggestMapping(meta.headers, cells), [meta.headers, cells]);
  const summary = useMemo(() => loadReadSummary(sessionStorage, meta.id), [meta.id]);
  const sheetImport = useFileImport(db, async () => {
    // The new draft reads another sheet of the same file; this one goes unless the admin worked on it.
    if (draft.rows.every((r) => !r.excluded && Object.keys(r.edits).length === 0)) await deleteDraft(await db, meta.id);
  });
  useEffect(() => void recallMapping(meta.origin, meta.headers.length).then(setRemembered, () => undefined), [meta.id]);

  const [exclusions, setExclusions] = useState<RowExclusion[]>([]);
  useEffect(() => {
    let stale = false;
    void suggestRowExclusions(draft.rows, meta.mapping, meta.headers, { cancelled: () => stale }).then((found) => stale || setExclusions(found));
    return () => void (stale = true);
  }, [draft.rows, meta.mapping, meta.headers]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(`That change could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const onChange = (field: MappedField, source: FieldSource | undefined) =>
    run(async () => {
      const mapping: ColumnMapping = { ...meta.mapping };
      if (source === undefined) delete mapping[field];
      else mapping[field] = source;
      const updated = await updateDraftMapping(await db, meta.id, mapping);
      onDraft({ ...draft, meta: updated });
      // Next time this kind of table arrives, it maps the admin's way with no clicks.
      await rememberMapping(meta.origin, mapping);
    });

  const onReset = () =>
    run(async () => {
      const updated = await updateDraftMapping(await db, meta.id, suggestion.mapping);
      onDraft({ ...draft, meta: updated });
      // Back to the engine's judgement, for this kind of source from now on too.
      await forgetMapping(meta.origin);
      setRemembered(undefined);
    });

  const onExclude = (rows: number[]) =>
    run(async () => {
      await setRowsExcluded(await db, meta.id, rows, true);
      const left = new Set(rows);
      onDraft({ ...draft, rows: draft.rows.map((r) => (left.has(r.index) ? { ...r, excluded: true } : r)) });
    });

  return (
    <div class="stack" data-testid="mapping-slot">
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
      <ExclusionSuggestions suggestions={exclusions} busy={busy} onExclude={(rows) => void onExclude(rows)} />
      <MappingEditor
        headers={meta.headers}
        rows={cells}
        mapping={meta.mapping}
        suggestion={suggestion}
        remembered={remembered}
        busy={busy}
        onChange={(field, source) => void onChange(field, source)}
        onReset={() => void onReset()}
      />
    </div>
  );
}
