import type { MappableField } from '../../mapping';
import { normaliseEmail } from '../../mos/email';
import { checkRowValues, rowValueSources, rowValues, type FieldIssue, type FieldSource, type RowValues } from '../rows';
import { assembleVerdicts, ownJudge, type LeftOut, type LeftOutKind, type OwnVerdict, type RowNote, type Verdicts } from '../left-out';
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
 * at 250,000 rows): until the background pass has judged every row, each row says what its own cells say.
 */
export const JUDGE_AT_ONCE_LIMIT = 2000;
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
 * demand; duplicates by email are tracked as rows are checked.
 */
export class DraftModel {
  meta: DraftMeta;
  policy: RowPolicy;
  private rows: DraftRow[];
  private positions = new Map<number, number>();
  private states: Array<RowState | undefined>;
  private unchecked: number;
  /** Who is left out and why, worked out for the whole draft when first asked after a change. */
  private verdicts: Verdicts | undefined;
  /** What each row's own cells say, kept until the row, the mapping or the policy changes: the costly part of the verdicts. */
  private own: Array<OwnVerdict | undefined>;
  private unjudged: number;
  private judge: ((row: DraftRow) => OwnVerdict) | undefined;
  /** Checked rows by email, to flag duplicates. */
  private byEmail = new Map<string, Set<number>>();
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
   * draft's repeats show once the background pass has judged every row).
   */
  leftOut(pos: number): LeftOut | undefined {
    const verdicts = this.judged();
    return verdicts ? verdicts.leftOut[pos] : this.ownOf(pos).leftOut;
  }

  isLeftOut(pos: number): boolean {
    return this.leftOut(pos) !== undefined;
  }

  /** A note on a row that goes, such as "contractor": it may still need training. */
  note(pos: number): RowNote | undefined {
    const verdicts = this.judged();
    return verdicts ? verdicts.notes[pos] : this.ownOf(pos).note;
  }

  /**
   * What is known of why a row is left out, without judging it now: for lists over the whole draft, which
   * would otherwise judge a big draft at once while its background pass runs.
   */
  knownVerdict(pos: number): { leftOut?: LeftOut; note?: RowNote } | undefined {
    const verdicts = this.judged();
    return verdicts ? { leftOut: verdicts.leftOut[pos], note: verdicts.notes[pos] } : this.own[pos];
  }

  /** The whole draft's verdicts; undefined while too many rows are not judged yet to do it now. */
  private judged(): Verdicts | undefined {
    if (this.verdicts) return this.verdicts;
    if (this.unjudged > JUDGE_AT_ONCE_LIMIT) return undefined;
    this.verdicts = assembleVerdicts(this.rows, (pos) => this.ownOf(pos), this.policy);
    return this.verdicts;
  }

  private ownOf(pos: number): OwnVerdict {
    const known = this.own[pos];
    if (known) return known;
    this.judge ??= ownJudge(this.meta, this.policy);
    const verdict = this.judge(this.rows[pos]!);
    this.own[pos] = verdict;
    this.unjudged--;
    return verdict;
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
    return !this.isLeftOut(pos) && this.warnings(pos).length > 0;
  }

  hasErrors(pos: number): boolean {
    return !this.isLeftOut(pos) && this.state(pos).issues.length > 0;
  }

  isDuplicate(pos: number): boolean {
    const state = this.state(pos);
    if (this.isLeftOut(pos) || state.emailKey === '') return false;
    const group = this.byEmail.get(state.emailKey);
    if (!group || group.size < 2) return false;
    // Counted without a list: counts() asks this of every row of a 250,000-row draft.
    let going = 0;
    for (const index of group) if (!this.isLeftOut(this.positions.get(index)!) && ++going > 1) return true;
    return false;
  }

  counts(): ModelCounts {
    if (this.cachedCounts) return this.cachedCounts;
    const verdicts = this.judged();
    // Until every row is judged, the counts are not final either.
    const unchecked = verdicts ? this.unchecked : Math.max(this.unchecked, this.unjudged);
    const counts: ModelCounts = { rows: this.rows.length, errors: 0, cannotGo: 0, warnings: 0, duplicates: 0, excluded: 0, leftOutByKind: {}, unchecked };
    const going = new Set<string>();
    for (let pos = 0; pos < this.rows.length; pos++) {
      const why = verdicts ? verdicts.leftOut[pos] : this.own[pos]?.leftOut;
      if (why) {
        counts.excluded++;
        counts.leftOutByKind[why.kind] = (counts.leftOutByKind[why.kind] ?? 0) + 1;
        continue;
      }
      const state = this.states[pos];
      if (!state) continue;
      if (state.issues.length > 0) {
        counts.errors++;
        counts.cannotGo++;
      } else if (going.has(state.emailKey)) counts.cannotGo++;
      else going.add(state.emailKey);
      const duplicate = this.isDuplicate(pos);
      if (duplicate) counts.duplicates++;
      if (duplicate || state.ownWarnings.length > 0) counts.warnings++;
    }
    this.cachedCounts = counts;
    return counts;
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
    this.cachedCounts = undefined;
    this.verdicts = undefined;
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
        changed.push(row);
        continue;
      }
      const current = this.rows[pos]!;
      if (current === row || row.rev < current.rev) continue;
      this.rows[pos] = row;
      this.forget(pos);
      changed.push(row);
    }
    if (changed.length > 0) this.touch();
    // Small changes are checked at once so counts stay exact; big ones go to the background pass.
    if (changed.length <= 2000) changed.forEach((row) => this.compute(this.positions.get(row.index)!));
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
    this.forgetAll();
    this.touch();
  }

  private touch(): void {
    this.version++;
    this.cachedCounts = undefined;
    this.verdicts = undefined;
  }

  private forgetAll(): void {
    this.states = new Array<RowState | undefined>(this.rows.length);
    this.byEmail.clear();
    this.unchecked = this.rows.length;
    this.own = new Array<OwnVerdict | undefined>(this.rows.length);
    this.unjudged = this.rows.length;
    this.judge = undefined;
  }

  /** Forgets all that was worked out about a row that changed. */
  private forget(pos: number): void {
    if (this.own[pos]) {
      this.own[pos] = undefined;
      this.unjudged++;
    }
    this.forgetState(pos);
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
    this.cachedCounts = undefined;
    return state;
  }
}
