import { i18n } from '#i18n';
import { say } from './format';
import type { ReadSummary } from '@/lib/sources/file/import-file';

/** How the file was read, and what was left out on the way, so nothing happens behind the admin's back. */
export function ReadSummaryNote({ summary }: { summary: ReadSummary }) {
  return (
    <div class="stack" data-testid="read-summary">
      <p class="muted">
        {i18n.t('files.readHow', { file: summary.fileName, how: say(summary.how, summary.howSaid) })}
      </p>
      {summary.notes.length > 0 && (
        <ul class="muted">
          {summary.notes.map((note, i) => (
            <li key={note}>{say(note, summary.notesSaid?.[i])}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
