import { headerKindScores, isGeneratedHeader, type ColumnKind } from './synonyms';
import type { ColumnMapping, ColumnRef, FieldSource, MappedField } from './types';
import { profileValues, type ValueProfile } from './values';

/** How a suggested source was found. */
export type SuggestionBasis = 'header' | 'similar-header' | 'values';

export interface FieldDetail {
  /** 0–1: how sure the engine is that this source is right. */
  confidence: number;
  basis: SuggestionBasis;
}

export interface MappingSuggestion {
  mapping: ColumnMapping;
  details: Partial<Record<MappedField, FieldDetail>>;
  /** What each source column was taken to be, when anything. */
  kinds: (ColumnKind | undefined)[];
}

interface Candidate {
  column: number;
  kind: ColumnKind;
  score: number;
  basis: SuggestionBasis;
}

interface ColumnInfo {
  index: number;
  header: string;
  profile: ValueProfile;
}

/** Rows looked at to judge a column's values: plenty to be sure, few enough to stay instant. */
const PROFILE_ROWS = 1000;
const MIN_SCORE = 0.5;
/** Kinds several columns may share; every other kind is given to one column at most. */
const SHARED_KINDS = new Set<ColumnKind>(['other', 'other_email']);
const EMAIL_KINDS = new Set<ColumnKind>(['work_email', 'email', 'personal_email', 'other_email']);
const NAME_KINDS = new Set<ColumnKind>(['given_name', 'family_name', 'middle_name', 'preferred_name', 'second_family_name']);

function tiered(share: number, high: number, low: number, [best, middle, worst]: [number, number, number]): number {
  return share >= high ? best : share >= low ? middle : worst;
}

/** How far a column's values bear out what its header says (1 keeps the header's score). */
function valueFactor(kind: ColumnKind, p: ValueProfile): number {
  if (p.count === 0) return 1;
  if (EMAIL_KINDS.has(kind)) return tiered(p.email, 0.5, 0.2, [1, 0.7, 0.2]);
  if (p.email > 0.5 && kind !== 'login' && kind !== 'manager' && kind !== 'employee_id' && kind !== 'other') return 0.1;
  if (NAME_KINDS.has(kind)) return tiered(p.nameLike, 0.7, 0.4, [1, 0.75, 0.3]);
  switch (kind) {
    case 'name_particle':
      return tiered(p.nameLike, 0.5, 0.2, [1, 0.7, 0.3]);
    case 'full_name':
      return p.fullNameLike >= 0.5 ? 1 : tiered(p.nameLike, 0.7, 0.4, [0.85, 0.6, 0.3]);
    case 'job_title':
      // "Title" holding Mr and Ms, or "Role" holding Admin and Viewer, is not a job title.
      return p.honorific >= 0.5 || p.permission >= 0.5 ? 0.1 : tiered(p.text, 0.6, 0.3, [1, 0.7, 0.3]);
    case 'department':
    case 'employment_type':
      return tiered(p.text, 0.6, 0.3, [1, 0.7, 0.4]);
    case 'status':
      // Status words make a status column surer; Yes/No values are an "active" flag instead.
      if (p.status >= 0.5) return 1.05;
      return p.boolean >= 0.8 ? 0.5 : tiered(p.text, 0.6, 0.3, [0.9, 0.6, 0.4]);
    case 'course_enrollments':
      // "Training" may hold hours or dates; names that are not mOS programs are still read, and flagged.
      if (p.programs >= 0.3) return 1.05;
      return p.numberOrDate >= 0.5 || p.boolean >= 0.8 ? 0.3 : tiered(p.text, 0.6, 0.3, [0.9, 0.6, 0.3]);
    case 'account_enabled':
    case 'account_disabled':
    case 'mos_enable':
    case 'mos_opportunity':
      return tiered(p.boolean, 0.8, 0.5, [1, 0.7, 0.3]);
    default:
      return 1;
  }
}

function headerCandidates(column: ColumnInfo): Candidate[] {
  const list: Candidate[] = [];
  for (const [kind, headerScore] of headerKindScores(column.header)) {
    const score = headerScore * valueFactor(kind, column.profile);
    list.push({ column: column.index, kind, score, basis: headerScore >= 0.97 ? 'header' : 'similar-header' });
  }
  return list;
}

/** Values speak when the header does not: a column of email addresses is email whatever its name. */
function valueCandidates(column: ColumnInfo, bestHeaderScore: number): Candidate[] {
  const p = column.profile;
  const list: Candidate[] = [];
  const add = (kind: ColumnKind, score: number) => list.push({ column: column.index, kind, score, basis: 'values' });
  if (bestHeaderScore >= 0.6 || p.count === 0) return list;
  if (p.email >= 0.8) add('email', 0.5 + 0.35 * p.email);
  if (p.status >= 0.8) add('status', 0.7);
  if (p.programs >= 0.8) add('course_enrollments', 0.75);
  if (isGeneratedHeader(column.header) && p.email < 0.2) {
    if (p.fullNameLike >= 0.8) add('full_name', 0.6);
    else if (p.nameLike >= 0.9) add('given_name', 0.5);
  }
  return list;
}

/**
 * In a headerless file, one-word name columns are first and last name only when no column holds
 * whole names: then the first is the first name and the second the last name.
 */
function pairHeaderlessNames(candidates: Candidate[]): Candidate[] {
  const fromValues = (kind: ColumnKind) => candidates.filter((c) => c.basis === 'values' && c.kind === kind);
  if (fromValues('full_name').length > 0) return candidates.filter((c) => !(c.basis === 'values' && c.kind === 'given_name'));
  fromValues('given_name')
    .slice(1, 2)
    .forEach((c) => {
      c.kind = 'family_name';
    });
  return candidates;
}

function assign(candidates: Candidate[]): Map<number, Candidate> {
  const sorted = [...candidates].filter((c) => c.score >= MIN_SCORE).sort((a, b) => b.score - a.score || a.column - b.column);
  const byColumn = new Map<number, Candidate>();
  const usedKinds = new Set<ColumnKind>();
  for (const candidate of sorted) {
    if (byColumn.has(candidate.column) || usedKinds.has(candidate.kind)) continue;
    byColumn.set(candidate.column, candidate);
    if (!SHARED_KINDS.has(candidate.kind)) usedKinds.add(candidate.kind);
  }
  return byColumn;
}

type Found = Partial<Record<ColumnKind, Candidate>>;

function byKind(assigned: Map<number, Candidate>): Found {
  const found: Found = {};
  for (const candidate of assigned.values()) if (!SHARED_KINDS.has(candidate.kind)) found[candidate.kind] = candidate;
  return found;
}

interface Planned {
  source: FieldSource;
  detail: FieldDetail;
}

const whole = (c: Candidate): number => c.column;
const ref = (c: Candidate, part?: ColumnRef['part']): ColumnRef => (part ? { column: c.column, part } : { column: c.column });
const detail = (confidence: number, basis: SuggestionBasis): FieldDetail => ({
  confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
  basis,
});
const weakest = (...cs: (Candidate | undefined)[]) => {
  const present = cs.filter((c): c is Candidate => c !== undefined);
  const min = present.reduce((a, b) => (b.score < a.score ? b : a));
  return detail(min.score, min.basis);
};

/** Which name columns make first_name and last_name, including the cases where a header misleads. */
function planNames(found: Found, profiles: readonly ValueProfile[]): Partial<Record<'first_name' | 'last_name', Planned>> {
  let { given_name: given, family_name: family, full_name: full } = found;
  const { preferred_name: preferred, name_particle: particle, second_family_name: second } = found;
  // German "Name; Vorname" and similar: a one-word "Name" beside a first-name column is the family name.
  if (given && !family && full && profiles[full.column]!.fullNameLike < 0.3) [family, full] = [full, undefined];
  // Spanish "Nombre" holding "Ana García López" with no surname column is a full name.
  if (given && !family && !full && profiles[given.column]!.fullNameLike >= 0.6) [full, given] = [given, undefined];

  const plan: Partial<Record<'first_name' | 'last_name', Planned>> = {};
  const legal: ColumnRef | undefined = given ? ref(given) : full ? ref(full, 'given') : undefined;
  if (preferred) {
    const preferredRef = profiles[preferred.column]!.fullNameLike >= 0.6 ? ref(preferred, 'given') : ref(preferred);
    plan.first_name = { source: legal ? { preferred: preferredRef, legal } : preferredRef.part ? preferredRef : preferred.column, detail: weakest(preferred, given ?? full) };
  } else if (given) {
    plan.first_name = { source: whole(given), detail: weakest(given) };
  } else if (full) {
    plan.first_name = { source: ref(full, 'given'), detail: detail(full.score * 0.95, full.basis) };
  }
  if (family) {
    const parts = [particle, family, second].filter((c): c is Candidate => c !== undefined);
    plan.last_name = { source: parts.length > 1 ? { join: parts.map((c) => ref(c)) } : whole(family), detail: weakest(...parts) };
  } else if (full) {
    plan.last_name = { source: ref(full, 'family'), detail: detail(full.score * 0.95, full.basis) };
  }
  return plan;
}

/**
 * The work email when there is one; a sign-in name that is an email fills its blanks. Never a personal
 * address: mOS sends the login there, so a row with no work email is left out instead.
 */
function planEmail(found: Found, profiles: readonly ValueProfile[]): Planned | undefined {
  const login = found.login && profiles[found.login.column]!.email >= 0.5 ? found.login : undefined;
  const primary = found.work_email ?? found.email;
  if (primary) {
    const source: FieldSource = login ? { firstOf: [ref(primary), ref(login)] } : whole(primary);
    return { source, detail: weakest(primary) };
  }
  if (login) return { source: whole(login), detail: detail(login.score * 0.9, login.basis) };
  return undefined;
}

const DIRECT: readonly [MappedField, ColumnKind][] = [
  ['job_title', 'job_title'],
  ['mos_enable', 'mos_enable'],
  ['mos_opportunity', 'mos_opportunity'],
  ['course_enrollments', 'course_enrollments'],
  ['employee_id', 'employee_id'],
  ['department', 'department'],
  ['manager', 'manager'],
  ['status', 'status'],
  ['employment_type', 'employment_type'],
  ['account_enabled', 'account_enabled'],
  ['account_disabled', 'account_disabled'],
];

/**
 * Maps any roster's columns to the mOS fields, and to the columns kept for rules and sync, with
 * no help: header wordings in five languages, typos, and what the values look like.
 */
export function suggestMapping(headers: readonly string[], rows: readonly (readonly string[])[]): MappingSuggestion {
  const step = Math.max(1, Math.floor(rows.length / PROFILE_ROWS));
  // Every step-th row from the top, by index: no pass over every row of a big file.
  const sampleRows: (readonly string[])[] = [];
  for (let i = 0; i < rows.length && sampleRows.length < PROFILE_ROWS; i += step) sampleRows.push(rows[i]!);
  const columns: ColumnInfo[] = headers.map((header, index) => ({
    index,
    header,
    profile: profileValues(sampleRows.map((r) => r[index] ?? '')),
  }));
  const candidates = columns.flatMap((column) => {
    const fromHeader = headerCandidates(column);
    const best = Math.max(0, ...fromHeader.map((c) => c.score));
    return [...fromHeader, ...valueCandidates(column, best)];
  });
  const assigned = assign(pairHeaderlessNames(candidates));
  const found = byKind(assigned);
  const profiles = columns.map((c) => c.profile);

  const planned: Partial<Record<MappedField, Planned>> = { ...planNames(found, profiles) };
  const email = planEmail(found, profiles);
  if (email) planned.email = email;
  for (const [field, kind] of DIRECT) {
    const candidate = found[kind];
    if (candidate) planned[field] = { source: whole(candidate), detail: weakest(candidate) };
  }

  const mapping: ColumnMapping = {};
  const details: Partial<Record<MappedField, FieldDetail>> = {};
  for (const [field, plan] of Object.entries(planned) as [MappedField, Planned][]) {
    mapping[field] = plan.source;
    details[field] = plan.detail;
  }
  return { mapping, details, kinds: headers.map((_, i) => assigned.get(i)?.kind) };
}
