import { useState } from 'preact/hooks';
import type { SyncEntrySummary, SyncReportSummary } from '@/lib/messages';
import { i18n } from '#i18n';
import { formatDateTime, formatNumber, say } from './format';
import { Notice } from './Notice';

type Filter = 'all' | SyncEntrySummary['status'];

const FILTERS: { value: Filter; label: () => string }[] = [
  { value: 'all', label: () => i18n.t('sync.filterAll') },
  { value: 'new', label: () => i18n.t('sync.filterNew') },
  { value: 'changed', label: () => i18n.t('sync.filterChanged') },
  { value: 'leaver', label: () => i18n.t('sync.filterLeaver') },
  { value: 'member', label: () => i18n.t('sync.filterMember') },
];

const STATUS_WORDS: Record<SyncEntrySummary['status'], () => string> = {
  new: () => i18n.t('sync.statusNew'),
  member: () => i18n.t('sync.statusMember'),
  changed: () => i18n.t('sync.statusChanged'),
  leaver: () => i18n.t('sync.statusLeaver'),
};

export interface SyncReportProps {
  report: SyncReportSummary;
  busy: boolean;
  onHighlight(email: string): void;
  onAddNewPeople(): void;
  onDownload(): void;
  /** False while the panel may not yet download people (see ImportPanel). */
  ready?: boolean;
}

/** The reason in the UI's language, its list of changes translated one by one. */
function reasonOf(e: SyncEntrySummary): string {
  if (!e.reasonSaid) return e.reason;
  const changes = e.changesSaid?.map((c) => say('', c)).join('; ');
  return say(e.reason, changes ? { ...e.reasonSaid, subs: { ...e.reasonSaid.subs, changes } } : e.reasonSaid);
}

// The admin signed in is never offered for deactivation: that would lock them out mid-task.
const isDeactivationCandidate = (e: SyncEntrySummary) => e.status === 'leaver' && e.memberStatus !== 'inactive' && !e.memberIsYou;

/** The roster compared with mOS: new hires to invite, leavers to deactivate by hand, seats to recover. */
export function SyncReport({ report, busy, onHighlight, onAddNewPeople, onDownload, ready = true }: SyncReportProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [guardConfirmed, setGuardConfirmed] = useState(false);
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const shown = report.entries.filter((e) => filter === 'all' || e.status === filter);
  const leavers = report.entries.filter(isDeactivationCandidate);
  const checklistOpen = !report.guard.triggered || guardConfirmed;
  const count = (f: Filter) => (f === 'all' ? report.entries.length : report.counts[f]);
  const toggleDone = (email: string) =>
    setDone((prev) => {
      const next = new Set(prev);
      if (next.has(email)) next.delete(email);
      else next.add(email);
      return next;
    });

  return (
    <section class="stack" aria-labelledby="sync-title">
      <h2 id="sync-title">{i18n.t('sync.title')}</h2>
      <p class="muted" data-testid="sync-kept">
        {i18n.t('sync.kept', { when: formatDateTime(report.at) })}
        {report.previousAt !== undefined && i18n.t('sync.keptBefore', { when: formatDateTime(report.previousAt) })}.
      </p>
      {leavers.length > 0 && (
        <div class="card stack" data-testid="leaver-checklist" aria-labelledby="leavers-title">
          <h3 id="leavers-title">{i18n.t('sync.toDeactivate', { count: formatNumber(leavers.length) })}</h3>
          {/* The 20% guard comes first: nobody is listed for deactivation before the admin has checked the roster. */}
          {report.guard.triggered && (
            <div class="stack" role="alert" data-testid="sync-guard">
              <p class="error">{say(report.guard.message ?? '', report.guard.said)}</p>
              <label class="check">
                <input type="checkbox" data-testid="sync-guard-confirm" checked={guardConfirmed} onChange={(e) => setGuardConfirmed(e.currentTarget.checked)} />
                <span>{i18n.t('sync.guardConfirm')}</span>
              </label>
            </div>
          )}
          {checklistOpen && (
            <ul class="checklist">
              {leavers.map((e) => (
                <li key={e.email} data-leaver-email={e.email}>
                  <label class="check">
                    <input type="checkbox" checked={done.has(e.email)} onChange={() => toggleDone(e.email)} aria-describedby={`leaver-${e.email}`} />
                    <span class={done.has(e.email) ? 'done' : undefined}>{e.name || e.email}</span>
                  </label>
                  <button type="button" class="link" onClick={() => onHighlight(e.email)} aria-label={i18n.t('sync.showInPageFor', { who: e.name || e.email })}>
                    {i18n.t('sync.showInPage')}
                  </button>
                  <div id={`leaver-${e.email}`} class="muted small">{e.email}</div>
                  {e.memberIsAdministrator && (
                    <p class="error small" data-testid="sync-admin-leaver">
                      {i18n.t('sync.adminLeaver')}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          {checklistOpen && <p class="muted small">{i18n.t('sync.deactivateHow')}</p>}
        </div>
      )}
      <div class="row" role="group" aria-label={i18n.t('sync.show')}>
        {FILTERS.map((f) => (
          <button
            type="button"
            key={f.value}
            class={filter === f.value ? undefined : 'secondary'}
            aria-pressed={filter === f.value}
            data-testid={`sync-filter-${f.value}`}
            onClick={() => setFilter(f.value)}
          >
            {f.label()} {count(f.value)}
          </button>
        ))}
      </div>
      {report.duplicates.length > 0 && (
        <Notice kind="info">{i18n.t('sync.repeated', { emails: report.duplicates.join(', ') })}</Notice>
      )}
      {report.entries.length === 0 ? (
        <p class="muted" data-testid="sync-empty">{i18n.t('sync.nothingToReport')}</p>
      ) : (
        shown.length === 0 && (
          <p class="muted" data-testid="sync-empty">
            {i18n.t('sync.noneInFilter')}{' '}
            <button type="button" class="secondary" onClick={() => setFilter('all')}>
              {i18n.t('sync.filterAll')}
            </button>
          </p>
        )
      )}
      {/* Focusable so keyboard users can scroll the list; labelled by the section heading. */}
      <ul class="sync-list" data-testid="sync-report" tabIndex={0} aria-labelledby="sync-title" hidden={shown.length === 0}>
        {shown.map((e) => (
          <li key={e.email} data-email={e.email} data-sync-status={e.status} data-you={e.memberIsYou || undefined} class={`sync-${e.status}`}>
            <div class="row">
              <strong>{e.name || e.email}</strong>
              {e.memberIsYou && (
                <span class="badge" data-testid="sync-you">
                  {i18n.t('sync.you')}
                </span>
              )}
              <span class="badge">{STATUS_WORDS[e.status]()}</span>
            </div>
            <div class="muted">{e.email}</div>
            <div class="muted">{reasonOf(e)}</div>
            {e.status === 'leaver' && e.memberIsYou && (
              <p class="muted small" data-testid="sync-you-note">
                {i18n.t('sync.youNote')}
              </p>
            )}
          </li>
        ))}
      </ul>
      {report.seatRecovery.length > 0 && (
        <div class="stack" data-testid="seat-recovery">
          <h3>{i18n.t('sync.seatsTitle')}</h3>
          <p class="muted">
            {i18n.t('sync.seatsHelp')}
          </p>
          <ul>
            {report.seatRecovery.map((s) => (
              <li key={s.email} data-email={s.email}>
                {i18n.t('sync.seatProgress', { who: s.name || s.email, progress: s.progress })}
                {s.losesReporting && (
                  <span class="error">{i18n.t('sync.losesReporting')}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="row">
        <button type="button" data-testid="sync-add-new" disabled={busy || report.counts.new === 0} onClick={onAddNewPeople}>
          {i18n.t('sync.addNew', report.counts.new, [formatNumber(report.counts.new)])}
        </button>
        <button type="button" class="secondary" data-testid="sync-download" disabled={!ready} aria-describedby={ready ? undefined : 'panel-guard'} onClick={onDownload}>
          {i18n.t('sync.download')}
        </button>
      </div>
    </section>
  );
}
