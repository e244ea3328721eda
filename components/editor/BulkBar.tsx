import { i18n } from '#i18n';
import { formatNumber } from '../format';
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
  const rows = i18n.t('common.rows', count, [formatNumber(count)]);
  return (
    <section class="bulk-bar" aria-label={i18n.t('editor.changeSelected')} data-testid="bulk-bar">
      <strong data-testid="selected-count">{i18n.t('editor.selected', { rows })}</strong>
      <button type="button" data-testid="bulk-programs" disabled={busy} onClick={onPrograms}>
        {i18n.t('editor.programs')}
      </button>
      <span class="button-pair" role="group" aria-label={i18n.t('editor.enableGroup')}>
        <button type="button" class="secondary" data-testid="bulk-enable-on" disabled={busy} onClick={() => onSeat('mos_enable', true)}>
          {i18n.t('editor.giveEnable')}
        </button>
        <button type="button" class="secondary" data-testid="bulk-enable-off" disabled={busy} onClick={() => onSeat('mos_enable', false)}>
          {i18n.t('editor.noEnable')}
        </button>
      </span>
      <span class="button-pair" role="group" aria-label={i18n.t('editor.opportunityGroup')}>
        <button
          type="button"
          class="secondary"
          data-testid="bulk-opportunity-on"
          disabled={busy || !opportunityLicenses}
          title={opportunityLicenses ? undefined : i18n.t('editor.noOpportunityLicenses')}
          onClick={() => onSeat('mos_opportunity', true)}
        >
          {i18n.t('editor.giveOpportunity')}
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="bulk-opportunity-off"
          disabled={busy || !opportunityLicenses}
          onClick={() => onSeat('mos_opportunity', false)}
        >
          {i18n.t('editor.noOpportunity')}
        </button>
      </span>
      <span class="button-pair" role="group" aria-label={i18n.t('editor.includeGroup')}>
        <button type="button" class="secondary" data-testid="bulk-include" disabled={busy} onClick={() => onInclude(true)}>
          {i18n.t('editor.include')}
        </button>
        <button type="button" class="secondary" data-testid="bulk-exclude" disabled={busy} onClick={() => onInclude(false)}>
          {i18n.t('editor.exclude')}
        </button>
      </span>
      {hasRules && (
        <button type="button" class="secondary" data-testid="bulk-rules" disabled={busy} onClick={onApplyRules}>
          {i18n.t('editor.applyRules')}
        </button>
      )}
      <button type="button" class="link-button" data-testid="clear-selection" onClick={onClear}>
        {i18n.t('editor.clearSelection')}
      </button>
    </section>
  );
}
