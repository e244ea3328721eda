import { useState } from 'preact/hooks';
import type { SyncEntrySummary, SyncReportSummary } from '@/lib/messages';
import { Notice } from './Notice';

type Filter = 'all' | SyncEntrySummary['status'];

const FILTERS: { value: Filter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'new', label: 'New' },
  { value: 'changed', label: 'Changed' },
  { value: 'leaver', label: 'Leavers' },
  { value: 'member', label: 'Unchanged' },
];

const STATUS_WORDS: Record<SyncEntrySummary['status'], string> = {
  new: 'New — invite',
  member: 'In mOS',
  changed: 'Changed',
  leaver: 'Leaver',
};

export interface SyncReportProps {
  report: SyncReportSummary;
  busy: boolean;
  onHighlight(email: string): void;
  onAddNewPeople(): void;
  onDownload(): void;
}

const isDeactivationCandidate = (e: SyncEntrySummary) => e.status === 'leaver' && e.memberStatus !== 'inactive';

/** The roster compared with mOS: new hires to invite, leavers to deactivate by hand, seats to recover. */
export function SyncReport({ report, busy, onHighlight, onAddNewPeople, onDownload }: SyncReportProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [guardConfirmed, setGuardConfirmed] = useState(false);
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const shown = report.entries.filter((e) => filter === 'all' || e.status === filter);
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
      <h2 id="sync-title">Roster sync</h2>
      <p class="muted" data-testid="sync-kept">
        Kept with the draft, compared {new Date(report.at).toLocaleString()}
        {report.previousAt !== undefined && ` (the one before: ${new Date(report.previousAt).toLocaleString()})`}.
      </p>
      <div class="row" role="group" aria-label="Show">
        {FILTERS.map((f) => (
          <button
            type="button"
            key={f.value}
            class={filter === f.value ? undefined : 'secondary'}
            aria-pressed={filter === f.value}
            data-testid={`sync-filter-${f.value}`}
            onClick={() => setFilter(f.value)}
          >
            {f.label} {count(f.value)}
          </button>
        ))}
      </div>
      {report.guard.triggered && (
        <div class="card stack" role="alert" data-testid="sync-guard">
          <p class="error">{report.guard.message}</p>
          <label class="row">
            <input
              type="checkbox"
              data-testid="sync-guard-confirm"
              checked={guardConfirmed}
              onChange={(e) => setGuardConfirmed(e.currentTarget.checked)}
            />
            <span>I checked the roster. Show the people to deactivate.</span>
          </label>
        </div>
      )}
      {report.duplicates.length > 0 && (
        <Notice kind="info">Repeated in the roster, counted once: {report.duplicates.join(', ')}</Notice>
      )}
      <ul class="sync-list" data-testid="sync-report">
        {shown.map((e) => (
          <li key={e.email} data-email={e.email} data-sync-status={e.status} class={`sync-${e.status}`}>
            <div class="row">
              <strong>{e.name || e.email}</strong>
              <span class="badge">{STATUS_WORDS[e.status]}</span>
            </div>
            <div class="muted">{e.email}</div>
            <div class="muted">{e.reason}</div>
            {isDeactivationCandidate(e) && checklistOpen && (
              <div class="row">
                <label class="row">
                  <input type="checkbox" checked={done.has(e.email)} onChange={() => toggleDone(e.email)} />
                  <span>Deactivated in Billing Status</span>
                </label>
                <button type="button" class="secondary" onClick={() => onHighlight(e.email)}>
                  Show in page
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {report.seatRecovery.length > 0 && (
        <div class="stack" data-testid="seat-recovery">
          <h3>Seats to recover</h3>
          <p class="muted">
            Under 10% progress, programs can still be unassigned, which frees the license, and mOS recommends
            removing the Enable seat so someone else can have it.
          </p>
          <ul>
            {report.seatRecovery.map((s) => (
              <li key={s.email} data-email={s.email}>
                {s.name || s.email}: {s.progress}% progress
                {s.losesReporting && (
                  <span class="error"> — an administrator: without an Enable seat they lose reporting.</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="row">
        <button type="button" data-testid="sync-add-new" disabled={busy || report.counts.new === 0} onClick={onAddNewPeople}>
          Put the {report.counts.new} new people in a draft
        </button>
        <button type="button" class="secondary" data-testid="sync-download" onClick={onDownload}>
          Download report
        </button>
      </div>
    </section>
  );
}
