import { i18n } from '#i18n';
import type { ReadSummary } from '@/lib/sources/file/import-file';
import type { MappedField, mappingDoubts } from '@/lib/mapping';
import { fieldLabel } from './format';

/** The editor's folded mapping in one line: what is matched or missing, a workbook's sheet, the file's notes. */
export function mappingFoldLine(doubts: ReturnType<typeof mappingDoubts>, summary: ReadSummary | undefined): string {
  const names = (fields: readonly MappedField[]) => fields.map(fieldLabel).join(', ');
  const columns =
    doubts.missing.length > 0
      ? i18n.t('mapping.lineMissing', { fields: names(doubts.missing) })
      : doubts.unsure.length > 0
        ? i18n.t('mapping.lineUnsure', { fields: names(doubts.unsure) })
        : i18n.t('mapping.lineMatched');
  const notes = summary?.notes.length ?? 0;
  // A workbook's other sheets are a choice the admin should know of, folded or not.
  const sheets =
    summary?.sheet && summary.sheets && summary.sheets.length > 1 ? i18n.t('files.lineSheet', { sheet: summary.sheet, count: String(summary.sheets.length) }) : undefined;
  return [columns, sheets, notes > 0 ? i18n.t('files.lineNotes', notes, [String(notes)]) : undefined].filter(Boolean).join(' · ');
}
