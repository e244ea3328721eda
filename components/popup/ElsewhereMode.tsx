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

const WHY: Record<ElsewhereModeProps['reason'], string> = {
  'mos-other-screen': 'To invite people from here, open My Organization in mOS.',
  'no-tables': 'There is no table of people on this page. Open your HR system’s people list to export it, or carry on with a draft.',
  unreadable: 'Roster Sync cannot read this page. Open your HR system’s people list to export it, or carry on with a draft.',
};

/** Away from HR and mOS pages: the drafts, and the way to the editor. */
export function ElsewhereMode({ reason, drafts, editorUrl }: ElsewhereModeProps) {
  return (
    <section class="elsewhere stack" data-testid="drafts-elsewhere">
      <Notice kind="info">{WHY[reason]}</Notice>
      <h2>Your drafts</h2>
      {drafts === undefined && <Notice kind="info">Loading drafts…</Notice>}
      {drafts?.length === 0 && <p class="muted">No drafts yet. Export a table from an HR page, or import a file in the editor.</p>}
      {drafts && drafts.length > 0 && (
        <ul class="draft-list">
          {drafts.map((draft) => (
            <li key={draft.id} data-testid="popup-draft" data-draft-id={draft.id}>
              <a href={editorUrl(draft.id)} target="_blank" rel="noreferrer">
                {draft.name}
              </a>
              <span class="muted small">
                {draft.rowCount} {draft.rowCount === 1 ? 'row' : 'rows'} · changed {new Date(draft.updatedAt).toLocaleString()}
              </span>
            </li>
          ))}
        </ul>
      )}
      <a class="button" href={editorUrl()} target="_blank" rel="noreferrer" data-testid="open-editor">
        Open the editor
      </a>
    </section>
  );
}
