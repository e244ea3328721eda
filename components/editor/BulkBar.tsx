import type { SeatField } from '@/lib/drafts/editor/intents';

export interface BulkBarProps {
  count: number;
  opportunityLicenses: boolean;
  hasRules: boolean;
  busy: boolean;
  onPrograms(): void;
  onSeat(field: SeatField, on: boolean): void;
  onInclude(include: boolean): void;
  onApplyRules(): void;
  onClear(): void;
}

/** Changes for every selected row at once; each press is one step to undo. */
export function BulkBar({ count, opportunityLicenses, hasRules, busy, onPrograms, onSeat, onInclude, onApplyRules, onClear }: BulkBarProps) {
  if (count === 0) return null;
  const rows = count === 1 ? '1 row' : `${count.toLocaleString('en-GB')} rows`;
  return (
    <section class="bulk-bar" aria-label="Change the selected rows" data-testid="bulk-bar">
      <strong data-testid="selected-count">{rows} selected</strong>
      <button type="button" data-testid="bulk-programs" disabled={busy} onClick={onPrograms}>
        Programs…
      </button>
      <span class="button-pair" role="group" aria-label="Enable seat">
        <button type="button" class="secondary" data-testid="bulk-enable-on" disabled={busy} onClick={() => onSeat('mos_enable', true)}>
          Give Enable seat
        </button>
        <button type="button" class="secondary" data-testid="bulk-enable-off" disabled={busy} onClick={() => onSeat('mos_enable', false)}>
          No Enable seat
        </button>
      </span>
      <span class="button-pair" role="group" aria-label="Opportunity seat">
        <button
          type="button"
          class="secondary"
          data-testid="bulk-opportunity-on"
          disabled={busy || !opportunityLicenses}
          title={opportunityLicenses ? undefined : 'Your organisation has no Opportunity licenses (see Settings).'}
          onClick={() => onSeat('mos_opportunity', true)}
        >
          Give Opportunity seat
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="bulk-opportunity-off"
          disabled={busy || !opportunityLicenses}
          onClick={() => onSeat('mos_opportunity', false)}
        >
          No Opportunity seat
        </button>
      </span>
      <span class="button-pair" role="group" aria-label="Include in the file">
        <button type="button" class="secondary" data-testid="bulk-include" disabled={busy} onClick={() => onInclude(true)}>
          Include
        </button>
        <button type="button" class="secondary" data-testid="bulk-exclude" disabled={busy} onClick={() => onInclude(false)}>
          Exclude
        </button>
      </span>
      {hasRules && (
        <button type="button" class="secondary" data-testid="bulk-rules" disabled={busy} onClick={onApplyRules}>
          Apply job-title rules
        </button>
      )}
      <button type="button" class="link-button" data-testid="clear-selection" onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
