import { useMemo } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DraftModel } from '@/lib/drafts/editor/model';
import type { LeftOut, LeftOutKind, RowNote } from '@/lib/drafts/left-out';
import { personLabel } from '@/lib/mapping';
import { formatNumber } from '../format';
import { exclusionReason } from '../source-label';
import { Fold } from './Fold';

/** Enough to check by eye; the rest are counted, and "put all back" covers them. */
const LISTED = 50;

const KIND_ORDER: readonly LeftOutKind[] = ['left', 'guest', 'notPerson', 'noWorkEmail', 'repeat', 'chosen'];

export const LEFT_OUT_LABELS: Record<LeftOutKind, () => string> = {
  left: () => i18n.t('leftout.kindLeft'),
  guest: () => i18n.t('leftout.kindGuest'),
  notPerson: () => i18n.t('leftout.kindNotPerson'),
  noWorkEmail: () => i18n.t('leftout.kindNoWorkEmail'),
  repeat: () => i18n.t('leftout.kindRepeat'),
  chosen: () => i18n.t('leftout.kindChosen'),
};

export const NOTE_LABELS: Record<RowNote['kind'], () => string> = {
  contractor: () => i18n.t('leftout.noteContractor'),
  leave: () => i18n.t('leftout.noteLeave'),
  future: () => i18n.t('leftout.noteFuture'),
};

/** Why a row is left out, in the admin's words: the kind and the column and value behind it. */
export function leftOutText(why: LeftOut): string {
  const kind = LEFT_OUT_LABELS[why.kind]();
  if (why.kind === 'repeat' && why.keptIndex !== undefined) return `${kind} (${i18n.t('leftout.sameEmailAs', { row: why.keptIndex + 1 })})`;
  if (why.column !== undefined && why.value !== undefined) return `${kind} (${exclusionReason({ column: why.column, value: why.value })})`;
  return kind;
}

export function noteText(note: RowNote): string {
  return `${NOTE_LABELS[note.kind]()} (${exclusionReason(note)})`;
}

interface Listed {
  pos: number;
  index: number;
  who: string;
  why: LeftOut;
}

export interface LeftOutPanelProps {
  model: DraftModel;
  busy?: boolean;
  onPutBack(pos: number): void;
  onPutBackKind(kind: LeftOutKind): void;
}

/** Who the rules leave out of the file, each with the reason, put back one by one or all of a kind. */
export function LeftOutPanel({ model, busy, onPutBack, onPutBackKind }: LeftOutPanelProps) {
  const { listed, byKind, notes } = useMemo(() => {
    const { listed, byKind, notes } = model.leftOutSummary(LISTED);
    const named = listed.map(({ pos, why }): Listed => {
      const row = model.rowAt(pos);
      return { pos, index: row.index, who: personLabel(row.cells, model.meta.mapping), why };
    });
    return { listed: named, byKind, notes };
    // The model keeps these tallies as rows change; listed again when they move.
  }, [model, model.version, model.counts()]);
  const total = [...byKind.values()].reduce((a, b) => a + b, 0);
  if (total === 0 && notes.size === 0) return null;
  const kinds = KIND_ORDER.filter((k) => byKind.has(k));
  const notesText =
    notes.size > 0 ? i18n.t('leftout.notes', { list: [...notes].map(([kind, count]) => `${NOTE_LABELS[kind]()}: ${formatNumber(count)}`).join(', ') }) : '';
  // Folded to one line: who is left out, by kind, never pushing the grid below the fold.
  const line =
    total > 0
      ? i18n.t('leftout.line', { title: i18n.t('leftout.title', total, [formatNumber(total)]), kinds: kinds.map((k) => `${LEFT_OUT_LABELS[k]()} (${formatNumber(byKind.get(k)!)})`).join(', ') })
      : notesText;
  return (
    <Fold line={line} action={i18n.t('leftout.review')} testId="left-out">
      <section class="stack exclusions" aria-labelledby="left-out-title">
        {total > 0 && (
          <>
            <h2 id="left-out-title" class="sr-only">
              {i18n.t('leftout.title', total, [formatNumber(total)])}
            </h2>
            <p class="muted">{i18n.t('leftout.help')}</p>
            <div class="row wrap">
              {kinds.map((kind) => (
                <button
                  key={kind}
                  type="button"
                  class="secondary"
                  data-testid="put-back-kind"
                  data-kind={kind}
                  disabled={busy}
                  onClick={() => onPutBackKind(kind)}
                >
                  {i18n.t('leftout.putBackKind', { kind: LEFT_OUT_LABELS[kind](), count: formatNumber(byKind.get(kind)!) })}
                </button>
              ))}
            </div>
            <ul>
              {listed.map((l) => (
                <li key={l.index} data-testid="left-out-row" data-row={l.index} data-kind={l.why.kind}>
                  <span>{l.who || i18n.t('labels.unnamedRow')}</span> <span class="reason">{leftOutText(l.why)}</span>{' '}
                  <button type="button" class="link-button" data-testid="put-back" disabled={busy} onClick={() => onPutBack(l.pos)}>
                    {i18n.t('leftout.putBack')}
                  </button>
                </li>
              ))}
            </ul>
            {total > listed.length && <p class="muted">{i18n.t('leftout.more', { count: formatNumber(total - listed.length) })}</p>}
          </>
        )}
        {notes.size > 0 && (
          <p class="muted" data-testid="left-in-notes">
            {notesText}
          </p>
        )}
      </section>
    </Fold>
  );
}
