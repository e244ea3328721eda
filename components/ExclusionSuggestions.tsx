import { useEffect, useState } from 'preact/hooks';
import { EXCLUSION_LABELS, type RowExclusion } from '@/lib/mapping';
import './mapping.css';

export type SuggestedExclusion = RowExclusion;

export interface ExclusionSuggestionsProps {
  suggestions: readonly SuggestedExclusion[];
  busy?: boolean;
  onExclude(rows: number[]): void;
}

/** Enough to check them by eye; the rest are counted, and the button covers them all. */
const LISTED = 100;

/** People the file suggests not inviting (leavers, contractors, guests), left out in one click. */
export function ExclusionSuggestions({ suggestions, busy, onExclude }: ExclusionSuggestionsProps) {
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());
  useEffect(() => setUnticked(new Set()), [suggestions]);
  if (suggestions.length === 0) return null;
  const picked = suggestions.filter((s) => !unticked.has(s.row)).map((s) => s.row);
  const toggle = (row: number) =>
    setUnticked((before) => {
      const next = new Set(before);
      if (!next.delete(row)) next.add(row);
      return next;
    });
  const count = suggestions.length;
  return (
    <section class="card stack exclusions" data-testid="exclusion-suggestions" aria-labelledby="exclusions-title">
      <h2 id="exclusions-title">
        {count === 1 ? '1 person' : `${count} people`} you may not want to invite
      </h2>
      <p class="muted">The file marks them as having left, as contractors or guests, or with a disabled account.</p>
      <ul>
        {suggestions.slice(0, LISTED).map((s) => (
          <li key={s.row} data-testid="exclusion-suggestion" data-row={s.row}>
            <label>
              <input type="checkbox" checked={!unticked.has(s.row)} onChange={() => toggle(s.row)} />
              <span>{s.who}</span>
              <span class="reason">
                {EXCLUSION_LABELS[s.kind]} ({s.reason})
              </span>
            </label>
          </li>
        ))}
      </ul>
      {count > LISTED && <p class="muted">…and {(count - LISTED).toLocaleString('en-US')} more for the same kinds of reasons.</p>}
      <div class="row">
        <button type="button" data-testid="apply-exclusions" disabled={busy || picked.length === 0} onClick={() => onExclude(picked)}>
          Leave {picked.length === 1 ? 'this person' : `these ${picked.length} people`} out
        </button>
      </div>
    </section>
  );
}
