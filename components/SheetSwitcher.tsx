import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { SheetSummary } from '@/lib/sources/file/workbook';

export interface SheetSwitcherProps {
  fileName: string;
  sheet: string;
  sheets: readonly SheetSummary[];
  accept: string;
  busy?: boolean;
  onFile(file: File, sheet: string): void;
}

/** Reads another sheet of the same workbook; the file is not kept, so the admin chooses it again. */
export function SheetSwitcher({ fileName, sheet, sheets, accept, busy, onFile }: SheetSwitcherProps) {
  const others = sheets.filter((s) => s.name !== sheet);
  const [wanted, setWanted] = useState(others.find((s) => s.rows > 0)?.name ?? others[0]?.name ?? '');
  if (others.length === 0) return null;
  return (
    <div class="row" data-testid="sheet-switcher">
      <span>{i18n.t('files.sheetFrom', { sheet })}</span>
      <select aria-label={i18n.t('files.sheetToRead')} value={wanted} disabled={busy} onChange={(e) => setWanted(e.currentTarget.value)}>
        {others.map((s) => (
          <option key={s.name} value={s.name}>
            {s.name} ({s.rows === 0 ? i18n.t('files.sheetNoTable') : i18n.t('common.rows', s.rows)}){s.hidden ? i18n.t('files.sheetHidden') : ''}
          </option>
        ))}
      </select>
      <label class="row">
        <span>{i18n.t('files.chooseAgain', { file: fileName })}</span>
        <input
          type="file"
          accept={accept}
          disabled={busy || wanted === ''}
          data-testid="sheet-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onFile(file, wanted);
          }}
        />
      </label>
    </div>
  );
}
