import { i18n } from '#i18n';
import type { ExportState } from '@/lib/messages';
import { Notice } from '../Notice';
import { saySentences } from '../format';

export interface ExportResultProps {
  state: ExportState;
  draftUrl?: string;
}

/** How the last export ended: what was read, and anything that may be missing. */
export function ExportResult({ state, draftUrl }: ExportResultProps) {
  const kind = state.tone ?? 'error';
  return (
    <div data-testid="export-result" data-phase={state.phase} data-tone={state.tone} data-end={state.end} data-rows={state.rows}>
      <Notice kind={kind}>{saySentences(state.message ?? '', state.said)}</Notice>
      {draftUrl && (
        <p>
          <a href={draftUrl} target="_blank" rel="noreferrer">
            {i18n.t('popup.import.open')}
          </a>
        </p>
      )}
    </div>
  );
}
