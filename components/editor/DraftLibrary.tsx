import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatDate, formatDateTime, formatNumber, say } from '../format';
import type { DraftMeta } from '@/lib/drafts/types';
import { expiresAt } from '@/lib/drafts/retention';
import { describeOrigin, describeOriginSaid } from '@/lib/sources/source-table';
import { originName } from '../source-label';
import { JsonFileButton } from '../JsonFileButton';
import { ConfirmDialog } from './Modal';

export interface DraftLibraryProps {
  drafts: readonly DraftMeta[] | undefined;
  retentionDays: number;
  busy: boolean;
  onRename(id: string, name: string): void;
  onDuplicate(id: string): void;
  onDelete(id: string): void;
  onDeleteAll(): void;
  onExport(id: string): void;
  onImport(file: File): void;
}

const dateTime = formatDateTime;
const date = formatDate;

type Pending = { kind: 'delete'; draft: DraftMeta } | { kind: 'delete-all' };

function NameCell({ draft, renaming, onRename, onDone }: { draft: DraftMeta; renaming: boolean; onRename(name: string): void; onDone(): void }) {
  const [name, setName] = useState(draft.name);
  if (!renaming) {
    return (
      <a href={`?draft=${encodeURIComponent(draft.id)}`} data-testid="draft-link">
        {draft.name}
      </a>
    );
  }
  const save = () => {
    if (name.trim() !== '' && name.trim() !== draft.name) onRename(name);
    onDone();
  };
  return (
    <input
      type="text"
      aria-label={i18n.t('library.newName', { name: draft.name })}
      data-testid="rename-input"
      value={name}
      ref={(el) => el?.focus()}
      onInput={(e) => setName(e.currentTarget.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
        if (e.key === 'Escape') onDone();
      }}
    />
  );
}

/** Every draft in this browser, with what an admin needs to find, tidy and move them. */
export function DraftLibrary(props: DraftLibraryProps) {
  const { drafts, retentionDays, busy } = props;
  const [renaming, setRenaming] = useState<string>();
  const [pending, setPending] = useState<Pending>();

  return (
    <section class="stack" aria-labelledby="drafts-title">
      <div class="row">
        <h2 id="drafts-title">{i18n.t('library.drafts')}</h2>
        <span class="spacer-flex" />
        <JsonFileButton label={i18n.t('library.importJson')} testId="import-draft-json" extraClass="file-button" onFile={props.onImport} />
      </div>
      {drafts === undefined && <p class="muted">{i18n.t('common.loadingDrafts')}</p>}
      {drafts?.length === 0 && (
        <div class="card stack" data-testid="library-empty">
          <p>
            <strong>{i18n.t('library.emptyTitle')}</strong> {i18n.t('library.emptyWays')}
          </p>
          <ol class="ways-in">
            <li>
              <strong>{i18n.t('library.wayPageTitle')}</strong> {i18n.t('library.wayPage')}
            </li>
            <li>
              <strong>{i18n.t('library.wayFileTitle')}</strong> {i18n.t('library.wayFile')}
            </li>
            <li>
              <strong>{i18n.t('library.wayPopupTitle')}</strong> {i18n.t('library.wayPopup')}
            </li>
          </ol>
        </div>
      )}
      {drafts && drafts.length > 0 && (
        <table class="grid draft-list" data-testid="draft-list">
          <caption class="sr-only">{i18n.t('library.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('library.colName')}</th>
              <th scope="col">{i18n.t('library.colSource')}</th>
              <th scope="col">{i18n.t('library.colRows')}</th>
              <th scope="col">{i18n.t('library.colErrors')}</th>
              <th scope="col">{i18n.t('library.colChanged')}</th>
              <th scope="col">{i18n.t('library.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d) => (
              <tr key={d.id} data-testid="draft-item" data-draft-id={d.id}>
                <td>
                  <NameCell draft={d} renaming={renaming === d.id} onRename={(name) => props.onRename(d.id, name)} onDone={() => setRenaming(undefined)} />
                </td>
                <td title={say(describeOrigin(d.origin), describeOriginSaid(d.origin))} data-testid="draft-source">
                  {originName(d.origin, d.name)}
                </td>
                <td data-testid="draft-rows-count">{formatNumber(d.rowCount)}</td>
                <td data-testid="draft-error-count" class={d.errorCount > 0 && !d.countsPending ? 'error' : undefined}>
                  {d.countsPending ? <span class="muted">{i18n.t('library.counting')}</span> : formatNumber(d.errorCount)}
                </td>
                <td>
                  {dateTime(d.updatedAt)}
                  <br />
                  <span class="muted small">{i18n.t('library.deletedOn', { date: date(expiresAt(d.updatedAt, retentionDays)) })}</span>
                </td>
                <td class="actions">
                  <button type="button" class="link-button" data-testid="rename-draft" aria-label={i18n.t('library.renameLabel', { name: d.name })} onClick={() => setRenaming(d.id)}>
                    {i18n.t('library.rename')}
                  </button>
                  <button type="button" class="link-button" data-testid="duplicate-draft" aria-label={i18n.t('library.duplicateLabel', { name: d.name })} disabled={busy} onClick={() => props.onDuplicate(d.id)}>
                    {i18n.t('library.duplicate')}
                  </button>
                  <button type="button" class="link-button" data-testid="export-draft-json" aria-label={i18n.t('library.exportLabel', { name: d.name })} disabled={busy} onClick={() => props.onExport(d.id)}>
                    {i18n.t('library.export')}
                  </button>
                  <button
                    type="button"
                    class="link-button danger-text"
                    data-testid="delete-draft"
                    aria-label={i18n.t('library.deleteLabel', { name: d.name })}
                    disabled={busy}
                    onClick={() => setPending({ kind: 'delete', draft: d })}
                  >
                    {i18n.t('library.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* Kept apart from the everyday actions: it cannot be undone, and it asks first. */}
      <div class="row library-footer">
        <p class="muted small">{i18n.t('library.retention', retentionDays)}</p>
        <span class="spacer-flex" />
        {drafts && drafts.length > 0 && (
          <button type="button" class="secondary danger-text" data-testid="delete-all-drafts" disabled={busy} onClick={() => setPending({ kind: 'delete-all' })}>
            {i18n.t('library.deleteAll')}
          </button>
        )}
      </div>
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title={i18n.t('library.confirmDeleteTitle', { name: pending.draft.name })}
          message={i18n.t('library.confirmDeleteText', pending.draft.rowCount, [formatNumber(pending.draft.rowCount)])}
          confirmLabel={i18n.t('library.confirmDelete')}
          danger
          onCancel={() => setPending(undefined)}
          onConfirm={() => {
            props.onDelete(pending.draft.id);
            setPending(undefined);
          }}
        />
      )}
      {pending?.kind === 'delete-all' && (
        <ConfirmDialog
          title={i18n.t('library.confirmDeleteAllTitle', drafts?.length ?? 0)}
          message={i18n.t('library.confirmDeleteAllText')}
          confirmLabel={i18n.t('library.deleteAll')}
          danger
          onCancel={() => setPending(undefined)}
          onConfirm={() => {
            props.onDeleteAll();
            setPending(undefined);
          }}
        />
      )}
    </section>
  );
}
