import type { DraftMeta } from '@/lib/drafts';
import { describeOrigin } from '@/lib/source-table';

export function DraftList({ drafts }: { drafts: readonly DraftMeta[] }) {
  if (drafts.length === 0) return <p class="muted">No drafts yet. Export a table from an HR page, or import a file.</p>;
  return (
    <ul data-testid="draft-list">
      {drafts.map((d) => (
        <li key={d.id}>
          <a href={`?draft=${encodeURIComponent(d.id)}`}>{d.name}</a>{' '}
          <span class="muted">
            {d.rowCount} rows · {describeOrigin(d.origin)} · changed {new Date(d.updatedAt).toLocaleString()}
          </span>
        </li>
      ))}
    </ul>
  );
}
