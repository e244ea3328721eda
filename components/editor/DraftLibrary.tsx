import { useState } from 'preact/hooks';
import type { DraftMeta } from '@/lib/drafts/types';
import { expiresAt } from '@/lib/drafts/retention';
import { describeOrigin } from '@/lib/source-table';
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

const dateTime = (ms: number) =>
  new Date(ms).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const date = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

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
      aria-label={`New name for ${draft.name}`}
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
        <h2 id="drafts-title">Drafts</h2>
        <span class="spacer-flex" />
        <label class="button secondary file-button">
          Import a draft file (JSON)
          <input
            type="file"
            accept=".json,application/json"
            class="sr-only"
            data-testid="import-draft-json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) props.onImport(file);
            }}
          />
        </label>
        <button
          type="button"
          class="secondary danger-text"
          data-testid="delete-all-drafts"
          disabled={busy || !drafts || drafts.length === 0}
          onClick={() => setPending({ kind: 'delete-all' })}
        >
          Delete all drafts
        </button>
      </div>
      <p class="muted small">
        Drafts stay in this browser only. A draft not changed for {retentionDays} {retentionDays === 1 ? 'day' : 'days'} is deleted
        automatically.
      </p>
      {drafts === undefined && <p class="muted">Loading drafts…</p>}
      {drafts?.length === 0 && <p class="muted">No drafts yet. Export a table from an HR page, or import a file.</p>}
      {drafts && drafts.length > 0 && (
        <table class="grid draft-list" data-testid="draft-list">
          <caption class="sr-only">Your drafts, most recently changed first</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Source</th>
              <th scope="col">Rows</th>
              <th scope="col">Errors</th>
              <th scope="col">Last change</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d) => (
              <tr key={d.id} data-testid="draft-item" data-draft-id={d.id}>
                <td>
                  <NameCell draft={d} renaming={renaming === d.id} onRename={(name) => props.onRename(d.id, name)} onDone={() => setRenaming(undefined)} />
                </td>
                <td>{describeOrigin(d.origin)}</td>
                <td data-testid="draft-rows-count">{d.rowCount.toLocaleString('en-GB')}</td>
                <td data-testid="draft-error-count" class={d.errorCount > 0 && !d.countsPending ? 'error' : undefined}>
                  {d.countsPending ? <span class="muted">counting…</span> : d.errorCount.toLocaleString('en-GB')}
                </td>
                <td>
                  {dateTime(d.updatedAt)}
                  <br />
                  <span class="muted small">deleted on {date(expiresAt(d.updatedAt, retentionDays))} unless changed</span>
                </td>
                <td class="actions">
                  <button type="button" class="link-button" data-testid="rename-draft" aria-label={`Rename ${d.name}`} onClick={() => setRenaming(d.id)}>
                    Rename
                  </button>
                  <button type="button" class="link-button" data-testid="duplicate-draft" aria-label={`Duplicate ${d.name}`} disabled={busy} onClick={() => props.onDuplicate(d.id)}>
                    Duplicate
                  </button>
                  <button type="button" class="link-button" data-testid="export-draft-json" aria-label={`Export ${d.name} as JSON`} disabled={busy} onClick={() => props.onExport(d.id)}>
                    Export
                  </button>
                  <button
                    type="button"
                    class="link-button danger-text"
                    data-testid="delete-draft"
                    aria-label={`Delete ${d.name}`}
                    disabled={busy}
                    onClick={() => setPending({ kind: 'delete', draft: d })}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete “${pending.draft.name}”?`}
          message={`Its ${pending.draft.rowCount.toLocaleString('en-GB')} rows and your changes to them will be gone. User IDs already given out stay reserved.`}
          confirmLabel="Delete the draft"
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
          title={`Delete all ${drafts?.length ?? 0} drafts?`}
          message="Every draft in this browser and your changes to them will be gone. User IDs already given out stay reserved."
          confirmLabel="Delete all drafts"
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
