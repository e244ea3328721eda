import { i18n } from '#i18n';
import type { FillReport as Report } from '@/lib/sources/invite/report';
import { say, saySentences } from '../format';

export interface FillReportProps {
  report: Report;
  canFillAgain: boolean;
  onFillAgain(): void;
  draftLink?: { href: string; name: string };
}

/** What happened on the page: the outcome, then each field that needs the admin, in the page's words. */
export function FillReport({ report, canFillAgain, onFillAgain, draftLink }: FillReportProps) {
  return (
    <section class={`card report ${report.kind}`} data-testid="fill-report" data-kind={report.kind}>
      <p role={report.kind === 'error' ? 'alert' : 'status'}>{report.sentences ? saySentences(report.text, report.sentences) : say(report.text, report.said)}</p>
      {report.problems.length > 0 && (
        <ul class="problems">
          {report.problems.map((problem, i) => (
            <li key={i} data-testid="fill-problem" data-email={problem.email} data-field={problem.field}>
              <strong>{say(problem.who, problem.whoSaid)}</strong> · {say(problem.fieldName, problem.fieldNameSaid)}: {say(problem.message, problem.said)}
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        {canFillAgain && (
          <button type="button" class="secondary small" data-testid="fill-again" onClick={onFillAgain}>
            {i18n.t('popup.report.fillAgain')}
          </button>
        )}
        {draftLink && (
          <a href={draftLink.href} target="_blank" rel="noreferrer" data-testid="open-draft">
            {i18n.t('popup.report.openDraft', { name: draftLink.name })}
          </a>
        )}
      </div>
    </section>
  );
}
