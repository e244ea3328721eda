import type { MappableField } from '../../mapping';
import { normaliseEmail } from '../../mos/email';
import { checkRowValues, rowValueSources, rowValues, type FieldIssue, type FieldSource, type RowValues } from '../rows';
import { leaveOutKinds, ownJudge, type LeftOut, type LeftOutKind, type OwnVerdict, type RowNote } from '../left-out';
import { forEachInSlices } from '../slices';
import { DEFAULT_POLICY, type Draft, type DraftMeta, type DraftRow, type RowPolicy } from '../types';
import { duplicateWarning, ownWarnings, type RowWarning } from './warnings';

/** Everything the grid shows about one row, worked out once per saved version of the row. */
export interface RowState {
  row: DraftRow;
  values: RowValues;
  issues: FieldIssue[];
  /** Warnings that depend on this row alone (duplicates depend on others, see DraftModel.warnings). */
  ownWarnings: RowWarning[];
  /** The email as mOS would store it; '' when there is none. */
  emailKey: string;
  /** Lower-cased text of every field, for search. */
  haystack: string;
}

export interface ModelCounts {
  rows: number;
  /** Included rows mOS would reject. */
  errors: number;
  /** Rows going to the file that cannot go: mOS would reject them, or an earlier row has their email (as in the plan). */
  cannotGo: number;
  /** Included rows with something worth a second look (duplicates among them). */
  warnings: number;
  /** Included rows sharing an email with another included row. */
  duplicates: number;
  /** Rows left out, by a rule or by the admin. */
  excluded: number;
  /** The same, by why. */
  leftOutByKind: Partial<Record<LeftOutKind, number>>;
  /** Rows not yet checked; counts are final when this is 0. */
  unchecked: number;
}

const NO_ISSUES: FieldIssue[] = [];

/**
 * Above this many rows not yet judged, who is left out is not worked out for the whole draft at once (seconds
 * at 250,000 rows): until the background pass has judged every row, a row is judged by its own cells and the
 * rows judged so far (a repeat of an earlier row's email shows once that row is judged).
 */
export const JUDGE_AT_ONCE_LIMIT = 2000;
/** Changed rows up to this many are checked and judged at once, a few milliseconds; more go to the background pass. */
const CHECK_AT_ONCE_LIMIT = 500;

/** Judged rows going by their own cells that share an email: the first keeps it, the others repeat it. */
interface EmailGroup {
  members: Set<number>;
  /** The position of the row that keeps the email. */
  first: number;
  /** The verdict of the others, shared. */
  repeat: LeftOut;
}

/** Checked rows going to the file that share an email as mOS keys it ('' for none), for the counts. */
interface Tally {
  going: number;
  /** Of them, without errors: all but one cannot go. */
  clean: number;
  /** Of them, with warnings of their own. */
  warned: number;
}

const NOT_LEFT_OUT = undefined;
const ISSUES = 1;
const WARNED = 2;

/** Who the rules leave out for the panel: the first rows, counts by kind, and notes on rows that go. */
export interface LeftOutSummary {
  listed: Array<{ pos: number; why: LeftOut }>;
  byKind: Map<LeftOutKind, number>;
  notes: Map<RowNote['kind'], number>;
}
const NO_WARNINGS: RowWarning[] = [];

function searchText(values: RowValues): string {
  return Object.values(values)
    .map((v) => (Array.isArray(v) ? v.join(' ') : String(v)))
    .join('\u0000')
    .toLowerCase();
}

/**
 * The draft as the editor holds it: saved rows plus what each one looks like to mOS. Checking a row
 * takes a few microseconds, so a whole draft is checked in slices (checkPending) and a visible row on
 * demand. Who is left out, duplicates by email and the counts are kept up to date row by row as rows are
 * checked, judged or changed, so an edit of k rows costs O(k), never a pass over a 250,000-row draft.
 */
export class DraftModel {
  meta: DraftMeta;
  policy: RowPolicy;
  private rows: DraftRow[];
  private positions = new Map<number, number>();
  private states: Array<RowState | undefined>;
  private unchecked: number;
  /** What each row's own cells say, kept until the row, the mapping or the policy changes: the costly part of the verdicts. */
  private own: Array<OwnVerdict | undefined>;
  private unjudged: number;
  private judge: ((row: DraftRow) => OwnVerdict) | undefined;
  private repeats: boolean;
  /** Judged rows going by their own cells, by email: who keeps it and who repeats it. */
  private groups = new Map<string, EmailGroup>();
  /** Checked rows by email, to flag duplicates. */
  private byEmail = new Map<string, Set<number>>();
  /** What each row adds to the counts now: why it is left out, else its email key (when checked), flags and note. */
  private countedWhy: Array<LeftOutKind | undefined> = [];
  private countedKey: Array<string | undefined> = [];
  private countedFlags: number[] = [];
  private countedNote: Array<RowNote['kind'] | undefined> = [];
  private tallies = new Map<string, Tally>();
  private totals = emptyTotals();
  private cachedCounts: ModelCounts | undefined;
  /** Goes up with every change to rows, meta or policy, so views can tell they are out of date. */
  version = 0;

  constructor(draft: Draft, policy: RowPolicy = DEFAULT_POLICY) {
    this.meta = draft.meta;
    this.policy = policy;
    this.rows = draft.rows;
    this.rows.forEach((row, pos) => this.positions.set(row.index, pos));
    this.states = new Array<RowState | undefined>(this.rows.length);
    this.unchecked = this.rows.length;
    this.own = new Array<OwnVerdict | undefined>(this.rows.length);
    this.unjudged = this.rows.length;
    this.repeats = leaveOutKinds(policy).has('repeat');
    this.resetCounted();
  }

  get size(): number {
    return this.rows.length;
  }

  rowAt(pos: number): DraftRow {
    return this.rows[pos]!;
  }

  posOf(index: number): number | undefined {
    return this.positions.get(index);
  }

  allRows(): readonly DraftRow[] {
    return this.rows;
  }

  /** The row's state, checking it now if the background pass has not reached it yet. */
  state(pos: number): RowState {
    return this.states[pos] ?? this.compute(pos);
  }

  stateOfIndex(index: number): RowState | undefined {
    const pos = this.positions.get(index);
    return pos === undefined ? undefined : this.state(pos);
  }

  /** Where each of a row's values came from; worked out on demand, for the rows on screen. */
  sources(pos: number): Record<MappableField, FieldSource> {
    return rowValueSources(this.rows[pos]!, this.meta, this.policy);
  }

  isChecked(pos: number): boolean {
    return this.states[pos] !== undefined;
  }

  /**
   * Why the row is left out of the file, or undefined when it goes (repeats need the rows before it, so a big
   * draft's repeats show as the background pass judges the rows before them).
   */
  leftOut(pos: number): LeftOut | undefined {
    this.judgeRestIfFew();
    return this.finalLeftOut(pos, this.ownOf(pos));
  }

  isLeftOut(pos: number): boolean {
    return this.leftOut(pos) !== undefined;
  }

  /** A note on a row that goes, such as "contractor": it may still need training. */
  note(pos: number): RowNote | undefined {
    return this.ownOf(pos).note;
  }

  /**
   * What is known of why a row is left out, without judging it now: for lists over the whole draft, which
   * would otherwise judge a big draft at once while its background pass runs.
   */
  knownVerdict(pos: number): { leftOut?: LeftOut; note?: RowNote } | undefined {
    this.judgeRestIfFew();
    const own = this.own[pos];
    return own && { leftOut: this.finalLeftOut(pos, own), note: own.note };
  }

  /**
   * Who the rules leave out, as known so far: the first `limit` rows in draft order, and counts by kind and
   * of notes on rows that go, from the running tallies rather than a pass over every row's verdict.
   */
  leftOutSummary(limit: number): LeftOutSummary {
    this.judgeRestIfFew();
    const listed: LeftOutSummary['listed'] = [];
    // The admin's own "leave out" is shown in the grid; this lists what the rules decided.
    for (let pos = 0; pos < this.rows.length && listed.length < limit; pos++) {
      const kind = this.countedWhy[pos];
      if (kind !== undefined && kind !== 'chosen') listed.push({ pos, why: this.finalLeftOut(pos, this.own[pos]!)! });
    }
    const byKind = new Map<LeftOutKind, number>();
    for (const [kind, count] of Object.entries(this.totals.byKind) as Array<[LeftOutKind, number]>) if (count > 0 && kind !== 'chosen') byKind.set(kind, count);
    const notes = new Map<RowNote['kind'], number>();
    for (const [kind, count] of Object.entries(this.totals.notes) as Array<[RowNote['kind'], number]>) if (count > 0) notes.set(kind, count);
    return { listed, byKind, notes };
  }

  /** A small draft (or a big one nearly through its background pass) is judged whole on first asking. */
  private judgeRestIfFew(): void {
    if (this.unjudged === 0 || this.unjudged > JUDGE_AT_ONCE_LIMIT) return;
    for (let pos = 0; pos < this.rows.length && this.unjudged > 0; pos++) this.ownOf(pos);
  }

  /** A judged row's verdict: its own, or a repeat of the first judged row going with its email. */
  private finalLeftOut(pos: number, own: OwnVerdict): LeftOut | undefined {
    if (own.leftOut || !this.repeats || own.email === '' || this.rows[pos]!.putBack) return own.leftOut;
    const group = this.groups.get(own.email);
    return group && group.first !== pos ? group.repeat : NOT_LEFT_OUT;
  }

  private ownOf(pos: number): OwnVerdict {
    const known = this.own[pos];
    if (known) return known;
    this.judge ??= ownJudge(this.meta, this.policy);
    const verdict = this.judge(this.rows[pos]!);
    this.own[pos] = verdict;
    this.unjudged--;
    if (!verdict.leftOut && verdict.email !== '') this.join(pos, verdict.email);
    this.recount(pos);
    return verdict;
  }

  /** A judged row going by its own cells joins the rows with its email; the earliest keeps it. */
  private join(pos: number, email: string): void {
    const group = this.groups.get(email);
    if (!group) {
      this.groups.set(email, { members: new Set([pos]), first: pos, repeat: { kind: 'repeat', keptIndex: this.rows[pos]!.index } });
      return;
    }
    group.members.add(pos);
    if (pos > group.first) return;
    const was = group.first;
    group.first = pos;
    group.repeat = { kind: 'repeat', keptIndex: this.rows[pos]!.index };
    this.recount(was);
  }

  private leave(pos: number, email: string): void {
    const group = this.groups.get(email);
    if (!group) return;
    group.members.delete(pos);
    if (group.members.size === 0) {
      this.groups.delete(email);
      return;
    }
    if (group.first !== pos) return;
    // Only when the row keeping the email goes: the group's next row keeps it now.
    let first = Infinity;
    for (const member of group.members) if (member < first) first = member;
    group.first = first;
    group.repeat = { kind: 'repeat', keptIndex: this.rows[first]!.index };
    this.recount(first);
  }

  /** Other rows going to the file with the same email, by row index. */
  sameEmail(pos: number): number[] {
    const state = this.state(pos);
    if (this.isLeftOut(pos) || state.emailKey === '') return [];
    return this.going(state.emailKey).filter((i) => i !== state.row.index);
  }

  private going(emailKey: string): number[] {
    return [...(this.byEmail.get(emailKey) ?? [])].filter((i) => !this.isLeftOut(this.positions.get(i)!)).sort((a, b) => a - b);
  }

  /** Whether another row has the same email, whichever of them goes: the admin may choose which one to keep. */
  sharesEmail(pos: number): boolean {
    if (this.leftOut(pos)?.kind === 'repeat') return true;
    const state = this.state(pos);
    return state.emailKey !== '' && (this.byEmail.get(state.emailKey)?.size ?? 0) > 1 && !this.isLeftOut(pos);
  }

  /** Every row, included or not, with this email; for choosing which one to keep. */
  rowsWithEmail(emailKey: string): number[] {
    const found: number[] = [];
    for (let pos = 0; pos < this.rows.length; pos++) {
      if (this.state(pos).emailKey === emailKey) found.push(this.rows[pos]!.index);
    }
    return found;
  }

  warnings(pos: number): RowWarning[] {
    const state = this.state(pos);
    if (this.isLeftOut(pos)) return [];
    const duplicate = duplicateWarning(this.sameEmail(pos));
    return duplicate ? [duplicate, ...state.ownWarnings] : state.ownWarnings;
  }

  hasWarnings(pos: number): boolean {
    return !this.isLeftOut(pos) && (this.isDuplicate(pos) || this.state(pos).ownWarnings.length > 0);
  }

  hasErrors(pos: number): boolean {
    return !this.isLeftOut(pos) && this.state(pos).issues.length > 0;
  }

  isDuplicate(pos: number): boolean {
    const state = this.state(pos);
    if (this.isLeftOut(pos) || state.emailKey === '') return false;
    // The row's own verdict is known now, so the tally of its email counts it.
    return (this.tallies.get(state.emailKey)?.going ?? 0) > 1;
  }

  counts(): ModelCounts {
    this.judgeRestIfFew();
    if (this.cachedCounts) return this.cachedCounts;
    const { errors, beyondFirst, warnings, duplicates, excluded } = this.totals;
    const leftOutByKind: ModelCounts['leftOutByKind'] = {};
    for (const [kind, count] of Object.entries(this.totals.byKind) as Array<[LeftOutKind, number]>) if (count > 0) leftOutByKind[kind] = count;
    // Until every row is checked and judged, the counts are not final either.
    const unchecked = Math.max(this.unchecked, this.unjudged);
    this.cachedCounts = { rows: this.rows.length, errors, cannotGo: errors + beyondFirst, warnings, duplicates, excluded, leftOutByKind, unchecked };
    return this.cachedCounts;
  }

  /** Checks every row not checked yet, in slices; resolves false if stopped or overtaken by a newer change. */
  async checkPending(shouldStop?: () => boolean): Promise<boolean> {
    const startVersion = this.version;
    const stale = () => shouldStop?.() === true || this.version !== startVersion;
    const positions: number[] = [];
    for (let pos = 0; pos < this.rows.length; pos++) if (!this.states[pos] || !this.own[pos]) positions.push(pos);
    const finished = await forEachInSlices(
      positions,
      (pos) => {
        if (!this.states[pos]) this.compute(pos);
        if (!this.own[pos]) this.ownOf(pos);
      },
      { shouldStop: stale },
    );
    return finished && !stale();
  }

  /**
   * Takes in rows as saved (by this tab or another), and rows added to the draft elsewhere (people the
   * popup put into it) after the last one; returns the rows whose saved state moved on.
   */
  updateRows(saved: readonly DraftRow[]): DraftRow[] {
    const changed: DraftRow[] = [];
    for (const row of saved) {
      const pos = this.positions.get(row.index);
      if (pos === undefined) {
        // Only the row right after the last: a gap would put rows out of order.
        if (row.index !== this.rows.length) continue;
        this.positions.set(row.index, this.rows.length);
        this.rows.push(row);
        this.states.push(undefined);
        this.unchecked++;
        this.own.push(undefined);
        this.unjudged++;
        this.countedWhy.push(undefined);
        this.countedKey.push(undefined);
        this.countedFlags.push(0);
        this.countedNote.push(undefined);
        changed.push(row);
        continue;
      }
      const current = this.rows[pos]!;
      if (current === row || row.rev < current.rev) continue;
      this.forget(pos);
      this.rows[pos] = row;
      changed.push(row);
    }
    if (changed.length > 0) this.touch();
    // Small changes are checked and judged at once so counts stay exact; big ones go to the background pass.
    if (changed.length <= CHECK_AT_ONCE_LIMIT) {
      for (const row of changed) {
        const pos = this.positions.get(row.index)!;
        this.compute(pos);
        this.ownOf(pos);
      }
    }
    return changed;
  }

  /** Takes in the draft's saved meta; a new mapping or new defaults change every row. */
  setMeta(meta: DraftMeta): void {
    const shape = (m: DraftMeta) => JSON.stringify([m.mapping, m.defaults]);
    const reshaped = shape(meta) !== shape(this.meta);
    this.meta = meta;
    if (reshaped) this.forgetAll();
    this.touch();
  }

  setPolicy(policy: RowPolicy): void {
    const same = (p: RowPolicy) => JSON.stringify([p.opportunityLicenses, !p.preferredFirstNames, p.leaveOut ?? null]);
    if (same(policy) === same(this.policy)) return;
    this.policy = policy;
    this.repeats = leaveOutKinds(policy).has('repeat');
    this.forgetAll();
    this.touch();
  }

  private touch(): void {
    this.version++;
    this.cachedCounts = undefined;
  }

  private forgetAll(): void {
    this.states = new Array<RowState | undefined>(this.rows.length);
    this.byEmail.clear();
    this.unchecked = this.rows.length;
    this.own = new Array<OwnVerdict | undefined>(this.rows.length);
    this.unjudged = this.rows.length;
    this.judge = undefined;
    this.groups.clear();
    this.resetCounted();
  }

  private resetCounted(): void {
    const size = this.rows.length;
    this.countedWhy = new Array<LeftOutKind | undefined>(size);
    this.countedKey = new Array<string | undefined>(size);
    this.countedFlags = new Array<number>(size).fill(0);
    this.countedNote = new Array<RowNote['kind'] | undefined>(size);
    this.tallies.clear();
    this.totals = emptyTotals();
    this.cachedCounts = undefined;
  }

  /** Forgets all that was worked out about a row that changed. */
  private forget(pos: number): void {
    const own = this.own[pos];
    if (own) {
      this.own[pos] = undefined;
      this.unjudged++;
      if (!own.leftOut && own.email !== '') this.leave(pos, own.email);
    }
    this.forgetState(pos);
    this.recount(pos);
  }

  private forgetState(pos: number): void {
    const old = this.states[pos];
    if (!old) return;
    this.byEmail.get(old.emailKey)?.delete(old.row.index);
    this.states[pos] = undefined;
    this.unchecked++;
  }

  private compute(pos: number): RowState {
    const row = this.rows[pos]!;
    const values = rowValues(row, this.meta, this.policy);
    const email = values.email;
    const check = checkRowValues(row, values);
    const partial = {
      row,
      values,
      // A shared empty list: 50,000 rows keep no empty arrays of their own.
      issues: check.issues.length > 0 ? check.issues : NO_ISSUES,
      emailKey: typeof email === 'string' ? normaliseEmail(email) : '',
      haystack: searchText(values),
    };
    const warnings = ownWarnings(partial, check.person, this.meta, this.policy);
    const state: RowState = { ...partial, ownWarnings: warnings.length > 0 ? warnings : NO_WARNINGS };
    this.forgetState(pos);
    this.states[pos] = state;
    this.unchecked--;
    if (state.emailKey !== '') {
      const group = this.byEmail.get(state.emailKey) ?? new Set<number>();
      group.add(row.index);
      this.byEmail.set(state.emailKey, group);
    }
    this.recount(pos);
    return state;
  }

  /**
   * Brings what the row adds to the counts in line with what is known of it now: O(1), the only place the
   * counts change. A row not judged yet counts as going, a row not checked yet only if it is left out.
   */
  private recount(pos: number): void {
    const own = this.own[pos];
    const why = own && this.finalLeftOut(pos, own)?.kind;
    const state = this.states[pos];
    const key = why === undefined && state ? state.emailKey : undefined;
    const flags = key === undefined ? 0 : (state!.issues.length > 0 ? ISSUES : 0) | (state!.ownWarnings.length > 0 ? WARNED : 0);
    const note = why === undefined ? own?.note?.kind : undefined;
    if (why === this.countedWhy[pos] && key === this.countedKey[pos] && flags === this.countedFlags[pos] && note === this.countedNote[pos]) return;
    this.count(pos, -1);
    this.countedWhy[pos] = why;
    this.countedKey[pos] = key;
    this.countedFlags[pos] = flags;
    this.countedNote[pos] = note;
    this.count(pos, 1);
    this.cachedCounts = undefined;
  }

  private count(pos: number, sign: 1 | -1): void {
    const totals = this.totals;
    const why = this.countedWhy[pos];
    if (why !== undefined) {
      totals.excluded += sign;
      totals.byKind[why] = (totals.byKind[why] ?? 0) + sign;
    }
    const note = this.countedNote[pos];
    if (note !== undefined) totals.notes[note] = (totals.notes[note] ?? 0) + sign;
    const key = this.countedKey[pos];
    if (key === undefined) return;
    const flags = this.countedFlags[pos]!;
    if (flags & ISSUES) totals.errors += sign;
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = { going: 0, clean: 0, warned: 0 };
      this.tallies.set(key, tally);
    }
    this.share(key, tally, -1);
    tally.going += sign;
    if (!(flags & ISSUES)) tally.clean += sign;
    if (flags & WARNED) tally.warned += sign;
    this.share(key, tally, 1);
    if (tally.going === 0) this.tallies.delete(key);
  }

  /** What the rows going with one email add to the counts: repeats beyond the first cannot go, and are duplicates. */
  private share(key: string, tally: Tally, sign: 1 | -1): void {
    const totals = this.totals;
    totals.beyondFirst += sign * Math.max(0, tally.clean - 1);
    const duplicate = key !== '' && tally.going > 1;
    totals.duplicates += sign * (duplicate ? tally.going : 0);
    totals.warnings += sign * (duplicate ? tally.going : tally.warned);
  }
}

function emptyTotals() {
  return {
    errors: 0,
    /** Rows without errors going with an email an earlier such row has. */
    beyondFirst: 0,
    warnings: 0,
    duplicates: 0,
    excluded: 0,
    byKind: {} as Partial<Record<LeftOutKind, number>>,
    notes: {} as Partial<Record<RowNote['kind'], number>>,
  };
}
