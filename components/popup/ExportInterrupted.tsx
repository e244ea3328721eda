import { i18n } from '#i18n';
import type { ExportState } from '@/lib/messages';
import { saySentences } from '../format';
import { Notice } from '../Notice';

export interface ExportInterruptedProps {
  state: ExportState;
  onResume(): void;
  onKeep(): void;
}

/** An export cut short by a stopped worker or browser: where it stopped, Resume, and Keep what was read. */
export function ExportInterrupted({ state, onResume, onKeep }: ExportInterruptedProps) {
  return (
    <section class="card stack" data-testid="export-interrupted" data-rows={state.rows} data-page={state.page}>
      <Notice kind="warning">{saySentences(state.message ?? '', state.said)}</Notice>
      <p class="muted">{i18n.t('crawl.interruptedHelp')}</p>
      <div class="row">
        <button type="button" data-testid="export-resume" onClick={onResume}>
          {i18n.t('crawl.resume')}
        </button>
        <button type="button" class="secondary" data-testid="export-keep" onClick={onKeep}>
          {i18n.t('crawl.keep')}
        </button>
      </div>
    </section>
  );
}
