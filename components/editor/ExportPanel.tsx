import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { formatNumber } from '../format';
import type { ExportSummary } from '@/lib/out/summary';
import type { UserIdPreview } from '@/lib/drafts/user-ids';

export interface ExportPanelProps {
  summary?: ExportSummary;
  ids?: UserIdPreview;
  updating: boolean;
  opportunityLicenses: boolean;
}

export interface NextStepBarProps {
  summary?: ExportSummary;
  busy: boolean;
  /** The admin's mOS address from the settings, where the file goes next. */
  mosAddress?: string;
  onDownload(): void;
  onErrorReport(): void;
  /** The bar and Cancel of a download under way. */
  progress?: ComponentChildren;
}

const n = formatNumber;
const people = (value: number) => i18n.t('common.people', value, [n(value)]);

function IdsLine({ ids }: { ids: UserIdPreview }) {
  if (ids.fresh === 0) return <p>{i18n.t('editor.idsKept')}</p>;
  const range = ids.firstNew === ids.lastNew ? (ids.firstNew ?? '') : i18n.t('editor.idsRange', { first: ids.firstNew ?? '', last: ids.lastNew ?? '' });
  return (
    <p data-testid="ids-preview">
      {i18n.t('editor.idsNew', ids.fresh, [n(ids.fresh)], { range })}
      {ids.keeping > 0 && i18n.t('editor.idsKeeping', ids.keeping, [n(ids.keeping)])}
      {i18n.t('editor.idsNever')}
    </p>
  );
}

/** What the file will hold, checked before anything is given out; the bar's download is the confirmation. */
export function ExportPanel({ summary, ids, updating, opportunityLicenses }: ExportPanelProps) {
  const leftOut = summary ? summary.cannotGo : 0;
  return (
    <section class="card export-panel stack" aria-labelledby="export-title" aria-busy={updating} data-testid="export-summary">
      <h2 id="export-title">{i18n.t('editor.beforeDownload')}</h2>
      {!summary ? (
        <p class="muted">{i18n.t('editor.workingOut')}</p>
      ) : (
        <>
          <dl class="summary-grid">
            <dt>{i18n.t('editor.sumRows')}</dt>
            <dd data-testid="summary-rows">{n(summary.rows)}</dd>
            <dt>{i18n.t('editor.sumExcluded')}</dt>
            <dd data-testid="summary-excluded">{n(summary.excluded)}</dd>
            <dt>{i18n.t('editor.sumLeftOut')}</dt>
            <dd data-testid="summary-left-out" class={leftOut > 0 ? 'error' : undefined}>
              {n(leftOut)}
            </dd>
            <dt>{i18n.t('editor.sumToInvite')}</dt>
            <dd data-testid="summary-to-import">
              <strong>{n(summary.toImport)}</strong>
            </dd>
            <dt>{i18n.t('editor.sumEnable')}</dt>
            <dd data-testid="summary-enable">{n(summary.enableSeats)}</dd>
            <dt>{i18n.t('editor.sumOpportunity')}</dt>
            <dd data-testid="summary-opportunity">
              {n(summary.opportunitySeats)}
              {!opportunityLicenses && <span class="muted small">{i18n.t('editor.sumNoOpportunity')}</span>}
            </dd>
          </dl>
          <table class="per-program" data-testid="summary-programs">
            <caption>{i18n.t('editor.perProgram')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('editor.colProgram')}</th>
                <th scope="col">{i18n.t('editor.colPeople')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.perProgram.map((p) => (
                <tr key={p.slug} data-slug={p.slug}>
                  <td>{p.name}</td>
                  <td>{n(p.people)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {ids && <IdsLine ids={ids} />}
        </>
      )}
      {updating && summary && <p class="muted small">{i18n.t('editor.updating')}</p>}
    </section>
  );
}

/** The next step, always in sight at the foot of the window: download the file, then import it on mOS. */
export function NextStepBar({ summary, busy, mosAddress, onDownload, onErrorReport, progress }: NextStepBarProps) {
  const cannotGo = summary ? summary.cannotGo : 0;
  return (
    <div class="next-step-bar" role="region" aria-label={i18n.t('editor.nextStep')} data-testid="next-step-bar">
      {progress}
      <div class="next-step-row">
        <p class="next-step-text">
          <a href="#export-title">{i18n.t('editor.nextStepText')}</a>
        </p>
        {cannotGo > 0 && (
          <button type="button" class="secondary" data-testid="download-error-report" disabled={busy} onClick={onErrorReport}>
            {i18n.t('editor.downloadProblems', { count: n(cannotGo) })}
          </button>
        )}
        {mosAddress && (
          <a class="button secondary" href={mosAddress} target="_blank" rel="noopener noreferrer" data-testid="open-mos">
            {i18n.t('editor.openMos')}
          </a>
        )}
        <button type="button" data-testid="download-csv" disabled={busy} onClick={onDownload}>
          {summary ? i18n.t('editor.downloadCsvCount', { people: people(summary.toImport) }) : i18n.t('editor.downloadCsv')}
        </button>
      </div>
    </div>
  );
}
