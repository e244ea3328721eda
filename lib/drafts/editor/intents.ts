import type { MappableField } from '../../mapping';
import { PROGRAMS, parseCourseList, type ProgramSlug } from '../../mos/programs';
import { mosPersonSchema } from '../../mos/schema';
import { applyTitleRules, type TitleRule } from '../../rules/title-rules';
import { currentValue, type Change } from '../changes';
import { rowValues, type RowValue } from '../rows';
import { forEachInSlices } from '../slices';
import { rowJudge, type LeftOutKind } from '../left-out';
import type { DraftRow } from '../types';
import type { DraftModel } from './model';

export const TEXT_FIELDS = ['first_name', 'last_name', 'email', 'job_title'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type SeatField = 'mos_enable' | 'mos_opportunity';

/** What a program picker asks for each program: add it to every row, take it off every row, or leave it. */
export type ProgramChoice = 'add' | 'remove' | 'leave';

/** The value a field would have if this edit were taken away. */
function valueWithoutEdit(model: DraftModel, row: DraftRow, field: MappableField): RowValue {
  const { [field]: _dropped, ...edits } = row.edits;
  return rowValues({ ...row, edits }, model.meta, model.policy)[field];
}

function readSeat(value: RowValue): boolean | undefined {
  const parsed = mosPersonSchema.shape.mos_enable.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function slugsOf(value: RowValue): { slugs: ProgramSlug[]; unknown: string[] } {
  if (typeof value === 'boolean') return { slugs: [], unknown: [] };
  return parseCourseList(value);
}

const inProgramOrder = (slugs: Iterable<string>): ProgramSlug[] => {
  const wanted = new Set(slugs);
  return PROGRAMS.map((p) => p.slug).filter((slug) => wanted.has(slug));
};

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** An edit is kept only while it differs from what the row would show without it. */
function fieldChange(row: DraftRow, field: MappableField, to: string | null): Change | undefined {
  const from = row.edits[field] ?? null;
  return from === to ? undefined : { index: row.index, key: field, from, to };
}

export function textEdit(model: DraftModel, pos: number, field: TextField, text: string): Change[] {
  const row = model.rowAt(pos);
  const to = valueWithoutEdit(model, row, field) === text ? null : text;
  const change = fieldChange(row, field, to);
  return change ? [change] : [];
}

function seatChange(model: DraftModel, row: DraftRow, field: SeatField, on: boolean): Change | undefined {
  const to = readSeat(valueWithoutEdit(model, row, field)) === on ? null : on ? 'TRUE' : 'FALSE';
  return fieldChange(row, field, to);
}

function programsChange(model: DraftModel, row: DraftRow, wanted: readonly string[]): Change | undefined {
  const slugs = inProgramOrder(wanted);
  const without = slugsOf(valueWithoutEdit(model, row, 'course_enrollments'));
  const to = without.unknown.length === 0 && sameList(without.slugs, slugs) ? null : slugs.join(',');
  return fieldChange(row, 'course_enrollments', to);
}

/** The programs a row has now, and any text in its programs cell that is not a program. */
export function programsOf(model: DraftModel, pos: number): { slugs: ProgramSlug[]; unknown: string[] } {
  return slugsOf(model.state(pos).values.course_enrollments);
}

/**
 * Every row whose programs cell names `course`, which is not an mOS program, gets `slug` in its place: a file
 * repeats the same wrong name on many rows, and the admin fixes it once. Other unknown names stay, flagged.
 */
export function nearestProgramEdit(model: DraftModel, course: string, slug: ProgramSlug): Promise<Change[]> {
  const key = course.trim().toLowerCase();
  const named = (u: string) => u.trim().toLowerCase() === key;
  const positions: number[] = [];
  for (let pos = 0; pos < model.size; pos++) if (programsOf(model, pos).unknown.some(named)) positions.push(pos);
  return collect(model, positions, (row, pos) => {
    const { slugs, unknown } = programsOf(model, pos);
    return fieldChange(row, 'course_enrollments', [...inProgramOrder([...slugs, slug]), ...unknown.filter((u) => !named(u))].join(','));
  });
}

export function setProgramsEdit(model: DraftModel, pos: number, slugs: readonly string[]): Change[] {
  const change = programsChange(model, model.rowAt(pos), slugs);
  return change ? [change] : [];
}

async function collect(
  model: DraftModel,
  positions: readonly number[],
  make: (row: DraftRow, pos: number) => Change | Change[] | undefined,
): Promise<Change[]> {
  const changes: Change[] = [];
  await forEachInSlices(positions, (pos) => {
    const made = make(model.rowAt(pos), pos);
    if (Array.isArray(made)) changes.push(...made);
    else if (made) changes.push(made);
  });
  return changes;
}

export function seatEdit(model: DraftModel, positions: readonly number[], field: SeatField, on: boolean): Promise<Change[]> {
  return collect(model, positions, (row) => seatChange(model, row, field, on));
}

/** Adds and removes programs on many rows at once; anything in a cell that is not a program is dropped. */
export function programsEdit(
  model: DraftModel,
  positions: readonly number[],
  choices: ReadonlyMap<ProgramSlug, ProgramChoice>,
): Promise<Change[]> {
  return collect(model, positions, (row, pos) => {
    const next = new Set<string>(programsOf(model, pos).slugs);
    for (const [slug, choice] of choices) {
      if (choice === 'add') next.add(slug);
      else if (choice === 'remove') next.delete(slug);
    }
    return programsChange(model, row, [...next]);
  });
}

/**
 * Leaves rows out, or puts them in: putting back a row a rule leaves out records that the admin wants it
 * (the rule's verdict is never stored, so a new mapping or setting judges the others again).
 */
export function exclusionEdit(model: DraftModel, positions: readonly number[], excluded: boolean): Promise<Change[]> {
  return collect(model, positions, (row, pos) => (excluded ? leaveOutChanges(row) : putBackChanges(model, row, pos)));
}

function leaveOutChanges(row: DraftRow): Change[] {
  return row.excluded ? [] : [{ index: row.index, key: 'excluded', from: false, to: true }];
}

function putBackChanges(model: DraftModel, row: DraftRow, pos: number): Change[] {
  const changes: Change[] = [];
  if (row.excluded) changes.push({ index: row.index, key: 'excluded', from: true, to: false });
  const why = model.leftOut(pos);
  const ruled = why !== undefined && (why.kind !== 'chosen' || rowJudge(model.meta, model.policy)({ ...row, excluded: false }).leftOut !== undefined);
  if (ruled && !row.putBack) changes.push({ index: row.index, key: 'putBack', from: false, to: true });
  return changes;
}

/** Puts back every row left out for one reason, in one step. */
export function putBackKindEdit(model: DraftModel, kind: LeftOutKind): Promise<Change[]> {
  const positions: number[] = [];
  for (let pos = 0; pos < model.size; pos++) if (model.leftOut(pos)?.kind === kind) positions.push(pos);
  return exclusionEdit(model, positions, false);
}

/** Keeps one row of a group sharing an email and excludes the others. */
export function keepOneEdit(model: DraftModel, groupIndexes: readonly number[], keepIndex: number): Change[] {
  const changes: Change[] = [];
  for (const index of groupIndexes) {
    const pos = model.posOf(index);
    if (pos === undefined) continue;
    const row = model.rowAt(pos);
    if (index === keepIndex) changes.push(...putBackChanges(model, row, pos));
    else changes.push(...leaveOutChanges(row));
  }
  return changes;
}

/** For every duplicate email among `positions`, keeps the first included row and excludes the rest. */
export async function keepFirstOfDuplicatesEdit(model: DraftModel, positions: readonly number[]): Promise<Change[]> {
  return collect(model, positions, (row, pos) => {
    if (model.isLeftOut(pos) || !model.isDuplicate(pos)) return undefined;
    // The file keeps the first row in draft order, so "keep first" makes that choice visible.
    const first = Math.min(row.index, ...model.sameEmail(pos));
    return row.index === first ? undefined : { index: row.index, key: 'excluded', from: false, to: true };
  });
}

/** Applies the saved title rules to rows: their seats are set, their programs added. */
export function rulesEdit(model: DraftModel, positions: readonly number[], rules: readonly TitleRule[]): Promise<Change[]> {
  return collect(model, positions, (row, pos) => {
    const outcome = applyTitleRules(String(model.state(pos).values.job_title), rules);
    if (outcome.matched.length === 0) return undefined;
    const made: Array<Change | undefined> = [];
    if (outcome.course_enrollments) {
      made.push(programsChange(model, row, [...programsOf(model, pos).slugs, ...outcome.course_enrollments]));
    }
    if (outcome.mos_enable !== undefined) made.push(seatChange(model, row, 'mos_enable', outcome.mos_enable));
    if (outcome.mos_opportunity !== undefined && model.policy.opportunityLicenses) {
      made.push(seatChange(model, row, 'mos_opportunity', outcome.mos_opportunity));
    }
    return made.filter((c): c is Change => c !== undefined);
  });
}

/** Whether a seat is on for a row now; undefined when its value is not TRUE or FALSE. */
export function seatOf(model: DraftModel, pos: number, field: SeatField): boolean | undefined {
  return readSeat(model.state(pos).values[field]);
}

/**
 * Makes changes start from the rows as they were when the admin began (opened the cell or the dialog),
 * so that anything another tab saved in the meantime shows up as a conflict instead of being overwritten.
 */
export function fromRowsAsSeen(changes: readonly Change[], seen: ReadonlyMap<number, DraftRow>): Change[] {
  return changes
    .map((change) => {
      const row = seen.get(change.index);
      return row ? ({ ...change, from: currentValue(row, change.key) } as Change) : change;
    })
    .filter((change) => change.from !== change.to);
}

/** The rows at these positions as they are now, to pass to fromRowsAsSeen later. */
export function rowsAsSeen(model: DraftModel, positions: readonly number[]): Map<number, DraftRow> {
  return new Map(positions.map((pos) => [model.rowAt(pos).index, model.rowAt(pos)]));
}
