import { Notice } from './Notice';

export interface ExportOutcomeNoticeProps {
  outcome?: { tone: 'ok' | 'warning' | 'error'; text: string };
}

/** How the export that made this draft ended, above the draft: rows that may be missing are said here too. */
export function ExportOutcomeNotice({ outcome }: ExportOutcomeNoticeProps) {
  if (!outcome) return null;
  return (
    <div data-testid="export-outcome" data-tone={outcome.tone}>
      <Notice kind={outcome.tone}>{outcome.text}</Notice>
    </div>
  );
}
