import { formatDateTime } from '../format';
import { i18n } from '#i18n';
import type { PopupMode } from '@/lib/extension/popup-mode';
import { Notice } from '../Notice';
import './popup.css';

export interface DraftLine {
  id: string;
  name: string;
  rowCount: number;
  updatedAt: number;
}

export interface ElsewhereModeProps {
  reason: Extract<PopupMode, { kind: 'elsewhere' }>['reason'];
  drafts: readonly DraftLine[] | undefined;
  editorUrl(draftId?: string): string;
}

const WHY: Record<ElsewhereModeProps['reason'], () => string> = {
  'mos-other-screen': () => i18n.t('popup.elsewhere.mosOtherScreen'),
  'no-tables': () => i18n.t('popup.elsewhere.noTables'),
  unreadable: () => i18n.t('popup.elsewhere.unreadable'),
};

/** Away from HR and mOS pages: the drafts, and the way to the editor. */
export function ElsewhereMode({ reason, drafts, editorUrl }: ElsewhereModeProps) {
  return (
    <section class="elsewhere stack" data-testid="drafts-elsewhere">
      <Notice kind="info">{WHY[reason]()}</Notice>
      <h2>{i18n.t('popup.elsewhere.drafts')}</h2>
      {drafts === undefined && <Notice kind="info">{i18n.t('popup.elsewhere.loading')}</Notice>}
      {drafts?.length === 0 && <p class="muted">{i18n.t('popup.elsewhere.none')}</p>}
      {drafts && drafts.length > 0 && (
        <ul class="draft-list">
          {drafts.map((draft) => (
            <li key={draft.id} data-testid="popup-draft" data-draft-id={draft.id}>
              <a href={editorUrl(draft.id)} target="_blank" rel="noreferrer">
                {draft.name}
              </a>
              <span class="muted small">
                {i18n.t('popup.rows', draft.rowCount)} · {i18n.t('popup.elsewhere.changed', { when: formatDateTime(draft.updatedAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <a class="button" href={editorUrl()} target="_blank" rel="noreferrer" data-testid="open-editor">
        {i18n.t('popup.elsewhere.openEditor')}
      </a>
    </section>
  );
}
