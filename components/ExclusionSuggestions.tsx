import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { RowExclusion } from '@/lib/mapping';
import { formatNumber } from './format';
import { exclusionReason } from './source-label';
import './mapping.css';

export type SuggestedExclusion = RowExclusion;

export interface ExclusionSuggestionsProps {
  suggestions: readonly SuggestedExclusion[];
  busy?: boolean;
  onExclude(rows: number[]): void;
}

/** Enough to check them by eye; the rest are counted, and the button covers them all. */
const LISTED = 100;

const KIND_LABELS: Record<RowExclusion['kind'], () => string> = {
  left: () => i18n.t('mapping.kindLeft'),
  contractor: () => i18n.t('mapping.kindContractor'),
  guest: () => i18n.t('mapping.kindGuest'),
  disabled: () => i18n.t('mapping.kindDisabled'),
};

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
        {i18n.t('mapping.exclusionsTitle', count)}
      </h2>
      <p class="muted">{i18n.t('mapping.exclusionsHelp')}</p>
      <ul>
        {suggestions.slice(0, LISTED).map((s) => (
          <li key={s.row} data-testid="exclusion-suggestion" data-row={s.row}>
            <label>
              <input type="checkbox" checked={!unticked.has(s.row)} onChange={() => toggle(s.row)} />
              <span>{s.who || i18n.t('labels.unnamedRow')}</span>
              <span class="reason">
                {KIND_LABELS[s.kind]()} ({exclusionReason(s)})
              </span>
            </label>
          </li>
        ))}
      </ul>
      {count > LISTED && <p class="muted">{i18n.t('mapping.exclusionsMore', { count: formatNumber(count - LISTED) })}</p>}
      <div class="row">
        <button type="button" data-testid="apply-exclusions" disabled={busy || picked.length === 0} onClick={() => onExclude(picked)}>
          {picked.length === 0 ? i18n.t('mapping.leaveOutNone') : i18n.t('mapping.leaveOut', picked.length)}
        </button>
      </div>
    </section>
  );
}
