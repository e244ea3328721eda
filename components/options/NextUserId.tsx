import { formatDateTime } from '../format';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { IssuedBatch, RaiseOutcome } from '@/lib/drafts/user-id-counter';
import { formatUserId } from '@/lib/mos/ids';
import { Notice } from '../Notice';

export interface NextUserIdProps {
  next: number;
  history: readonly IssuedBatch[];
  onRaise(wanted: number): Promise<RaiseOutcome>;
}

function outcomeText(outcome: RaiseOutcome): { kind: 'ok' | 'error'; text: string } {
  if (outcome.kind === 'raised') return { kind: 'ok', text: i18n.t('options.userId.raised', [formatUserId(outcome.next)]) };
  if (outcome.kind === 'not-a-number') return { kind: 'error', text: i18n.t('options.userId.notANumber') };
  const highestUsed = outcome.next > 1 ? formatUserId(outcome.next - 1) : '—';
  return { kind: 'error', text: i18n.t('options.userId.tooLow', [highestUsed, formatUserId(outcome.next)]) };
}

/** The next user_id, which only goes up, and which IDs went out when and for which file. */
export function NextUserId({ next, history, onRaise }: NextUserIdProps) {
  const [wanted, setWanted] = useState(String(next));
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string }>();
  useEffect(() => setWanted(String(next)), [next]);

  const submit = (event: Event) => {
    event.preventDefault();
    void onRaise(Number(wanted.trim() === '' ? NaN : wanted)).then((outcome) => setResult(outcomeText(outcome)));
  };

  return (
    <section class="card stack" aria-labelledby="next-user-id-title">
      <h2 id="next-user-id-title">{i18n.t('options.userId.title')}</h2>
      <p class="muted">{i18n.t('options.userId.intro')}</p>
      <p>
        <strong data-testid="next-user-id">{formatUserId(next)}</strong>
      </p>
      {/* Our own check explains why an ID never goes down; the browser's would only say "too small". */}
      <form class="row" onSubmit={submit} noValidate>
        <label class="row">
          <span>{i18n.t('options.userId.label')}</span>
          <input
            type="number"
            min={1}
            step={1}
            class="narrow"
            data-testid="next-user-id-input"
            value={wanted}
            onInput={(e) => setWanted(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="next-user-id-set">
          {i18n.t('options.userId.raise')}
        </button>
      </form>
      {result && <Notice kind={result.kind}>{result.text}</Notice>}
      <h3 class="small">{i18n.t('options.userId.history')}</h3>
      {history.length === 0 ? (
        <p class="muted small">{i18n.t('options.userId.historyEmpty')}</p>
      ) : (
        <table class="grid" data-testid="user-id-history">
          <thead>
            <tr>
              <th scope="col">{i18n.t('options.userId.historyWhen')}</th>
              <th scope="col">{i18n.t('options.userId.historyIds')}</th>
              <th scope="col">{i18n.t('options.userId.historyCount')}</th>
              <th scope="col">{i18n.t('options.userId.historyFile')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((batch) => (
              <tr key={`${batch.issuedAt}-${batch.first}`}>
                <td>{formatDateTime(batch.issuedAt)}</td>
                <td>{batch.first === batch.last ? batch.first : `${batch.first} – ${batch.last}`}</td>
                <td>{batch.count}</td>
                <td>{batch.file ?? <span class="muted">{i18n.t('options.userId.historyNoFile')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
