import { cellJudge, cleanEmail, isNoteKind, LEAVE_OUT_KINDS, resolveSource, type LeaveOutKind, type NoteKind } from '../mapping';
import { normaliseEmail } from '../mos/email';
import { DEFAULT_POLICY, type DraftMeta, type DraftRow, type RowPolicy } from './types';

/** Why a row is not in the file though nothing is wrong with it: a rule's kind, or the admin's own choice. */
export type LeftOutKind = LeaveOutKind | 'chosen';

export interface LeftOut {
  kind: LeftOutKind;
  /** The column and value behind a rule's verdict, e.g. "Status: Terminated". */
  column?: string;
  value?: string;
  /** For a repeat: the row (its index) kept with the same email. */
  keptIndex?: number;
}

export interface RowNote {
  kind: NoteKind;
  column: string;
  value: string;
}

/** The verdicts for a whole draft, by position: derived from cells, mapping, settings and the admin's choices. */
export interface Verdicts {
  leftOut: Array<LeftOut | undefined>;
  notes: Array<RowNote | undefined>;
}

/** The kinds the organisation leaves out by default; every kind unless the settings say otherwise. */
export function leaveOutKinds(policy: RowPolicy): ReadonlySet<LeaveOutKind> {
  return new Set(policy.leaveOut ?? LEAVE_OUT_KINDS);
}

/** The work email of a row as mOS would store it, '' when there is none (an edit wins over the cell). */
export function rowEmailKey(row: DraftRow, meta: DraftMeta): string {
  const edit = row.edits.email;
  if (edit !== undefined) return normaliseEmail(edit);
  const source = meta.mapping.email;
  return source === undefined ? '' : normaliseEmail(cleanEmail(resolveSource(row.cells, source)));
}

/** A judge of one row alone (no repeats), for counts kept up to date one edit at a time. */
export function rowJudge(meta: DraftMeta, policy: RowPolicy = DEFAULT_POLICY): (row: DraftRow) => { leftOut?: LeftOut; note?: RowNote } {
  // The own verdict's rules, without the email key unless the no-work-email rule needs it.
  const judge = ownJudgeInto(meta, policy, false);
  const scratch: OwnVerdict = { email: '' };
  return (row) => {
    const { leftOut, note } = judge(row, scratch);
    return leftOut || note ? { ...(leftOut && { leftOut }), ...(note && { note }) } : NOTHING_SAID;
  };
}

/** The verdict of most rows, shared rather than one object per row of a big draft. */
const NOTHING_SAID: { leftOut?: LeftOut; note?: RowNote } = Object.freeze({});

/**
 * Who is left out and why, row by row, in draft order: the admin's "leave out", then the rules the settings
 * keep on (left, guest, not a person, no work email), then repeats of an email, the first row not left out
 * being kept. A row the admin put back is judged by none of the rules.
 */
export function judgeRows(rows: readonly DraftRow[], meta: DraftMeta, policy: RowPolicy = DEFAULT_POLICY, keys?: string[]): Verdicts {
  const judge = ownJudgeInto(meta, policy);
  // assembleVerdicts reads each row's verdict at once and keeps only its parts: one object for every row.
  const scratch: OwnVerdict = { email: '' };
  return assembleVerdicts(rows, (pos) => judge(rows[pos]!, scratch), policy, keys);
}

/** What a row's own cells say (its verdict without the rows before it), and its email as mOS keys it. */
export interface OwnVerdict {
  leftOut?: LeftOut;
  note?: RowNote;
  email: string;
}

/** Judges one row by itself; the costly half of judgeRows, which the editor keeps per row. */
export function ownJudge(meta: DraftMeta, policy: RowPolicy = DEFAULT_POLICY): (row: DraftRow) => OwnVerdict {
  const judge = ownJudgeInto(meta, policy);
  return (row) => {
    const { leftOut, note, email } = judge(row, { email: '' });
    return { ...(leftOut && { leftOut }), ...(note && { note }), email };
  };
}

/**
 * A row's own verdict written into `out`, with its email key ('' when left out, or when `keyEmail` is off),
 * the email worked out once for both.
 */
function ownJudgeInto(meta: DraftMeta, policy: RowPolicy, keyEmail = true): (row: DraftRow, out: OwnVerdict) => OwnVerdict {
  const kinds = leaveOutKinds(policy);
  const noWorkEmail = kinds.has('noWorkEmail');
  const judge = cellJudge(meta.mapping, meta.headers);
  return (row, out) => {
    out.leftOut = undefined;
    out.note = undefined;
    out.email = '';
    if (row.excluded) {
      out.leftOut = { kind: 'chosen' };
      return out;
    }
    const found = judge(row.cells);
    if (found) {
      const { kind, column, value } = found;
      if (isNoteKind(kind)) out.note = { kind, column, value };
      else if (!row.putBack && kinds.has(kind)) {
        out.leftOut = { kind, column, value };
        return out;
      }
    }
    if (!keyEmail && (!noWorkEmail || row.putBack)) return out;
    const email = rowEmailKey(row, meta);
    if (noWorkEmail && !row.putBack && email === '') out.leftOut = { kind: 'noWorkEmail' };
    else out.email = email;
    return out;
  };
}

/**
 * The verdicts of all rows from each row's own: a repeat of an email an earlier row kept is left out.
 * `keys`, when given, gets each row's email key at its position, for a row not left out by its own verdict.
 */
export function assembleVerdicts(rows: readonly DraftRow[], own: (pos: number) => OwnVerdict, policy: RowPolicy = DEFAULT_POLICY, keys?: string[]): Verdicts {
  const repeats = leaveOutKinds(policy).has('repeat');
  const leftOut = new Array<LeftOut | undefined>(rows.length);
  const notes = new Array<RowNote | undefined>(rows.length);
  const kept = new Map<string, number>();
  for (let pos = 0; pos < rows.length; pos++) {
    const row = rows[pos]!;
    const verdict = own(pos);
    notes[pos] = verdict.note;
    if (verdict.leftOut) {
      leftOut[pos] = verdict.leftOut;
      continue;
    }
    const email = verdict.email;
    if (keys) keys[pos] = email;
    if (email === '') continue;
    const first = kept.get(email);
    if (first === undefined) kept.set(email, row.index);
    else if (repeats && !row.putBack) leftOut[pos] = { kind: 'repeat', keptIndex: first };
  }
  return { leftOut, notes };
}
