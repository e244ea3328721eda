import type { Said } from '@/lib/said';
import { Notice } from './Notice';
import { saySentences } from './format';

export interface ExportOutcomeNoticeProps {
  outcome?: { tone: 'ok' | 'warning' | 'error'; text: string; said?: Said[] };
}

/** How the export that made this draft ended, above the draft: rows that may be missing are said here too. */
export function ExportOutcomeNotice({ outcome }: ExportOutcomeNoticeProps) {
  if (!outcome) return null;
  return (
    <div data-testid="export-outcome" data-tone={outcome.tone}>
      <Notice kind={outcome.tone}>{saySentences(outcome.text, outcome.said)}</Notice>
    </div>
  );
}
