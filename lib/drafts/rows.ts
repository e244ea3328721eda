import { cleanEmail, mappedFieldValue, pickMappedValues, resolveSource, type FieldSource as MappingSource, type MappableField, type ReadOptions } from '../mapping';
import { matchMembers, type MatchableMember, type MatchablePerson, type MemberMatch } from '../mos/member-match';
import { mosPersonSchema, readValidPersonFast, readValidPersonFields, type MosPerson } from '../mos/schema';
import type { Said } from '../said';
import { judgeRows, leaveOutKinds, type LeftOut, type RowNote } from './left-out';
import { DEFAULT_POLICY, type Draft, type DraftMeta, type DraftRow, type RowPolicy } from './types';

export interface FieldIssue {
  field: string;
  message: string;
  /** The message as a key, for the editor to show in the admin's language. */
  said?: Said;
}

export interface RowCheck {
  row: DraftRow;
  person?: MosPerson;
  issues: FieldIssue[];
}

export type RowValue = string | boolean | string[];
export type RowValues = Record<MappableField, RowValue>;

/** Where a field's value came from, weakest last: the admin, the file, a title rule, the draft default, or policy. */
export type FieldSource = 'edit' | 'file' | 'rule' | 'default' | 'policy';

interface Resolved {
  value: RowValue;
  source: FieldSource;
}

const isBlank = (value: string | undefined): value is undefined | '' => value === undefined || value.trim() === '';

function text(edit: string | undefined, mapped: string | undefined): Resolved {
  if (edit !== undefined) return { value: edit, source: 'edit' };
  return { value: mapped ?? '', source: mapped === undefined ? 'default' : 'file' };
}

/**
 * A blank cell in the file means "not said", so a rule or the draft's default applies rather than FALSE or
 * nothing. An edit always means what it says: an emptied programs edit is "no programs".
 */
function layered(edit: string | undefined, mapped: string | undefined, preset: string | undefined, fallback: RowValue): Resolved {
  if (edit !== undefined) return { value: edit, source: 'edit' };
  if (!isBlank(mapped)) return { value: mapped, source: 'file' };
  if (!isBlank(preset)) return { value: preset, source: 'rule' };
  return { value: fallback, source: 'default' };
}

function resolveRow(row: DraftRow, meta: DraftMeta, policy: RowPolicy): Record<MappableField, Resolved> {
  const mapped = pickMappedValues(row.cells, meta.mapping, readOptionsOf(policy));
  const { edits, preset = {} } = row;
  const { defaults } = meta;
  return {
    first_name: text(edits.first_name, mapped.first_name),
    last_name: text(edits.last_name, mapped.last_name),
    email: text(edits.email, mapped.email),
    job_title: text(edits.job_title, mapped.job_title),
    mos_enable: layered(edits.mos_enable, mapped.mos_enable, preset.mos_enable, defaults.mos_enable),
    mos_opportunity: policy.opportunityLicenses
      ? layered(edits.mos_opportunity, mapped.mos_opportunity, preset.mos_opportunity, defaults.mos_opportunity)
      : { value: false, source: 'policy' },
    course_enrollments: layered(
      edits.course_enrollments,
      mapped.course_enrollments,
      preset.course_enrollments,
      defaults.course_enrollments,
    ),
  };
}

function mapFields<T>(resolved: Record<MappableField, Resolved>, pick: (r: Resolved) => T): Record<MappableField, T> {
  const out = {} as Record<MappableField, T>;
  for (const field of Object.keys(resolved) as MappableField[]) out[field] = pick(resolved[field]);
  return out;
}

/**
 * A row's values by mOS field: the admin's edits over the mapped source cells over the title rules over
 * the defaults. Without Opportunity licenses, mos_opportunity is FALSE whatever anyone said.
 */
export function rowValues(row: DraftRow, meta: DraftMeta, policy: RowPolicy = DEFAULT_POLICY): RowValues {
  return resolveValues(row, meta, policy, valuesRecord);
}

/** rowValues' values, given one by one to `make`. */
function resolveValues<T>(row: DraftRow, meta: DraftMeta, policy: RowPolicy, make: MakeFromValues<T>): T {
  // resolveRow's rules straight from the cells, with no object per field nor one of mapped values, and each
  // field's source read by name: every row of a big file is checked this way.
  const { cells, edits } = row;
  const preset = row.preset ?? NO_PRESET;
  const { defaults, mapping } = meta;
  const mappedEmail = sourceValue(cells, mapping.email, NO_OPTIONS);
  return make(
    textValue(edits.first_name, mappedFieldValue(cells, mapping, 'first_name', readOptionsOf(policy))),
    textValue(edits.last_name, mappedFieldValue(cells, mapping, 'last_name', NO_OPTIONS)),
    textValue(edits.email, mappedEmail === undefined ? undefined : cleanEmail(mappedEmail)),
    textValue(edits.job_title, sourceValue(cells, mapping.job_title, NO_OPTIONS)),
    layeredValue(edits.mos_enable, sourceValue(cells, mapping.mos_enable, NO_OPTIONS), preset.mos_enable, defaults.mos_enable),
    policy.opportunityLicenses
      ? layeredValue(edits.mos_opportunity, sourceValue(cells, mapping.mos_opportunity, NO_OPTIONS), preset.mos_opportunity, defaults.mos_opportunity)
      : false,
    layeredValue(
      edits.course_enrollments,
      sourceValue(cells, mapping.course_enrollments, NO_OPTIONS),
      preset.course_enrollments,
      defaults.course_enrollments,
    ),
  );
}

type MakeFromValues<T> = (
  first_name: string,
  last_name: string,
  email: string,
  job_title: string,
  mos_enable: RowValue,
  mos_opportunity: RowValue,
  course_enrollments: RowValue,
) => T;

const valuesRecord: MakeFromValues<RowValues> = (first_name, last_name, email, job_title, mos_enable, mos_opportunity, course_enrollments) => ({
  first_name,
  last_name,
  email,
  job_title,
  mos_enable,
  mos_opportunity,
  course_enrollments,
});

/** A field's value from its source, or undefined where it has none (mappedFieldValue for the fields that are not names). */
function sourceValue(cells: readonly string[], source: MappingSource | undefined, options: ReadOptions): string | undefined {
  return source === undefined ? undefined : resolveSource(cells, source, options);
}

const NO_OPTIONS: ReadOptions = Object.freeze({});
const NO_PRESET: NonNullable<DraftRow['preset']> = Object.freeze({});
/** The issues of every valid row: one shared, frozen list, not a new one per row of a big file. */
const NO_ISSUES: FieldIssue[] = Object.freeze([]) as unknown as FieldIssue[];
const PREFERRED_FIRST_NAMES: ReadOptions = Object.freeze({ preferredFirstNames: true });

/** How the organisation's policy reads a row's cells. */
export function readOptionsOf(policy: RowPolicy): ReadOptions {
  return policy.preferredFirstNames ? PREFERRED_FIRST_NAMES : NO_OPTIONS;
}

/** text(...).value and layered(...).value, without the object. */
function textValue(edit: string | undefined, mapped: string | undefined): string {
  return edit !== undefined ? edit : (mapped ?? '');
}

function layeredValue(edit: string | undefined, mapped: string | undefined, preset: string | undefined, fallback: RowValue): RowValue {
  if (edit !== undefined) return edit;
  if (!isBlank(mapped)) return mapped;
  if (!isBlank(preset)) return preset;
  return fallback;
}

/** Values and where they came from, worked out once. */
export function rowView(
  row: DraftRow,
  meta: DraftMeta,
  policy: RowPolicy = DEFAULT_POLICY,
): { values: RowValues; sources: Record<MappableField, FieldSource> } {
  const resolved = resolveRow(row, meta, policy);
  return { values: mapFields(resolved, (r) => r.value), sources: mapFields(resolved, (r) => r.source) };
}

/** Where each field's value came from, for showing the admin what they changed. */
export function rowValueSources(
  row: DraftRow,
  meta: DraftMeta,
  policy: RowPolicy = DEFAULT_POLICY,
): Record<MappableField, FieldSource> {
  return mapFields(resolveRow(row, meta, policy), (r) => r.source);
}

export function checkRow(row: DraftRow, meta: DraftMeta, policy: RowPolicy = DEFAULT_POLICY): RowCheck {
  // A plainly valid row is checked straight from its values, with no record of them: this runs on every row of a big file.
  const person = resolveValues(row, meta, policy, readValidPersonFields);
  if (person) return { row, person, issues: NO_ISSUES };
  return checkRowValues(row, rowValues(row, meta, policy));
}

/** checkRow for values already worked out with rowValues (the editor keeps them). */
export function checkRowValues(row: DraftRow, values: RowValues): RowCheck {
  const valid = readValidPersonFast(values);
  if (valid) return { row, person: valid, issues: NO_ISSUES };
  const parsed = mosPersonSchema.safeParse(values);
  if (parsed.success) return { row, person: parsed.data, issues: NO_ISSUES };
  const issues = parsed.error.issues.map((issue): FieldIssue => {
    const said = (issue as { params?: { said?: Said } }).params?.said;
    return { field: String(issue.path[0] ?? ''), message: issue.message, ...(said && { said }) };
  });
  return { row, issues };
}

export interface ImportPlan {
  /** People who go into the file, in draft order. */
  people: MosPerson[];
  invalid: RowCheck[];
  /** Rows left out, by a rule or by the admin. */
  excluded: DraftRow[];
  /** The same rows, each with why. */
  leftOut: Array<{ row: DraftRow; why: LeftOut }>;
  /** Rows going to the file with a note (contractors, on leave, later starters). */
  noted: Array<{ row: DraftRow; note: RowNote }>;
  /** Rows already in mOS (members and pending invitations), by email or by a name unique on both sides. */
  alreadyMembers: MosPerson[];
  /** Of those, the ones found by name: mOS holds them under another email. */
  underOtherEmail: Array<{ person: MosPerson; memberEmail: string }>;
  /** Later rows repeating an email that an earlier row already has. */
  duplicates: MosPerson[];
  /** The rows behind `duplicates`, each with the index of the row that is imported instead. */
  duplicateRows: Array<{ row: DraftRow; keptIndex: number }>;
}

/** The person a row stands for, as matching against mOS members sees them. */
export function rosterPersonOf(row: DraftRow, meta: DraftMeta, policy: RowPolicy = DEFAULT_POLICY): MatchablePerson & { jobTitle: string } {
  const values = rowValues(row, meta, policy);
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  return { email: text(values.email).toLowerCase(), firstName: text(values.first_name), lastName: text(values.last_name), jobTitle: text(values.job_title) };
}

/**
 * Each row's match among the mOS members, by position. Every row with an email takes part, the first of an
 * email standing for its repeats, as in the sync report, so both find the same people.
 */
function memberMatches(draft: Draft, members: readonly MatchableMember[], policy: RowPolicy): Array<MemberMatch<MatchableMember> | undefined> {
  if (members.length === 0) return [];
  const emails = draft.rows.map((row) => rosterPersonOf(row, draft.meta, policy));
  const firsts = new Map<string, MatchablePerson>();
  for (const person of emails) if (person.email && !firsts.has(person.email)) firsts.set(person.email, person);
  const matches = matchMembers([...firsts.values()], members);
  return emails.map((person) => {
    const first = firsts.get(person.email);
    return first && matches.get(first);
  });
}

/** Decides, row by row, who goes into the mOS file and why the others do not. */
export function planImport(draft: Draft, members: readonly MatchableMember[] = [], policy: RowPolicy = DEFAULT_POLICY): ImportPlan {
  const plan: ImportPlan = {
    people: [],
    invalid: [],
    excluded: [],
    leftOut: [],
    noted: [],
    alreadyMembers: [],
    underOtherEmail: [],
    duplicates: [],
    duplicateRows: [],
  };
  // Each row's email as the leave-out rules key it: while every person so far has theirs as that key, the
  // rules' own check for repeats has already shown a person's email is new (see below), with no map of them.
  const keys = new Array<string>(draft.rows.length);
  const verdicts = judgeRows(draft.rows, draft.meta, policy, keys);
  const repeatsLeftOut = leaveOutKinds(policy).has('repeat');
  let seen: Map<string, number> | undefined;
  // The row index of each person, for the map of them made once it is needed.
  const peopleRows: number[] = [];
  const matched = memberMatches(draft, members, policy);
  for (let pos = 0; pos < draft.rows.length; pos++) {
    const row = draft.rows[pos]!;
    const why = verdicts.leftOut[pos];
    if (why) {
      plan.excluded.push(row);
      plan.leftOut.push({ row, why });
      continue;
    }
    const note = verdicts.notes[pos];
    if (note) plan.noted.push({ row, note });
    // checkRow's answer, with its object made only for a row that is not plainly valid.
    const values = rowValues(row, draft.meta, policy);
    let person = readValidPersonFast(values);
    if (!person) {
      const check = checkRowValues(row, values);
      if (!check.person) {
        plan.invalid.push(check);
        continue;
      }
      person = check.person;
    }
    if (matched[pos] !== undefined) {
      const { how, member } = matched[pos]!;
      plan.alreadyMembers.push(person);
      if (how === 'name') plan.underOtherEmail.push({ person, memberEmail: member.email });
    } else {
      // A row the rules kept whose person's email is its key: had an earlier person this email, that person's
      // key (their email too) would have made this row a repeat, left out.
      if (seen === undefined && repeatsLeftOut && !row.putBack && keys[pos] === person.email) {
        plan.people.push(person);
        peopleRows.push(row.index);
        continue;
      }
      if (seen === undefined) {
        seen = new Map();
        for (let k = 0; k < plan.people.length; k++) seen.set(plan.people[k]!.email, peopleRows[k]!);
      }
      const kept = seen.get(person.email);
      if (kept !== undefined) {
        plan.duplicates.push(person);
        plan.duplicateRows.push({ row, keptIndex: kept });
      } else {
        seen.set(person.email, row.index);
        plan.people.push(person);
      }
    }
  }
  return plan;
}
