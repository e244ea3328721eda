import { pickMappedValues, type MappableField } from '../mapping';
import { mosPersonSchema, type MosPerson } from '../mos/schema';
import type { Draft, DraftMeta, DraftRow } from './types';

export interface FieldIssue {
  field: string;
  message: string;
}

export interface RowCheck {
  row: DraftRow;
  person?: MosPerson;
  issues: FieldIssue[];
}

/** A blank cell means "not said", so the draft's default applies rather than FALSE or nothing. */
function givenOr<T>(value: string | undefined, fallback: T): string | T {
  return value === undefined || value.trim() === '' ? fallback : value;
}

/** A row's values by mOS field: the admin's edits over the mapped source cells over the defaults. */
export function rowValues(row: DraftRow, meta: DraftMeta): Record<MappableField, string | boolean | string[]> {
  const mapped = pickMappedValues(row.cells, meta.mapping);
  const { edits } = row;
  const { defaults } = meta;
  return {
    first_name: edits.first_name ?? mapped.first_name ?? '',
    last_name: edits.last_name ?? mapped.last_name ?? '',
    email: edits.email ?? mapped.email ?? '',
    job_title: edits.job_title ?? mapped.job_title ?? '',
    mos_enable: givenOr(edits.mos_enable ?? mapped.mos_enable, defaults.mos_enable),
    mos_opportunity: givenOr(edits.mos_opportunity ?? mapped.mos_opportunity, defaults.mos_opportunity),
    course_enrollments: givenOr(edits.course_enrollments ?? mapped.course_enrollments, defaults.course_enrollments),
  };
}

export function checkRow(row: DraftRow, meta: DraftMeta): RowCheck {
  const parsed = mosPersonSchema.safeParse(rowValues(row, meta));
  if (parsed.success) return { row, person: parsed.data, issues: [] };
  const issues = parsed.error.issues.map((issue) => ({
    field: String(issue.path[0] ?? ''),
    message: issue.message,
  }));
  return { row, issues };
}

export interface ImportPlan {
  /** People who go into the file, in draft order. */
  people: MosPerson[];
  invalid: RowCheck[];
  excluded: DraftRow[];
  /** Rows whose email is already in mOS (members and pending invitations). */
  alreadyMembers: MosPerson[];
  /** Later rows repeating an email that an earlier row already has. */
  duplicates: MosPerson[];
}

/** Decides, row by row, who goes into the mOS file and why the others do not. */
export function planImport(draft: Draft, existingEmails: ReadonlySet<string> = new Set()): ImportPlan {
  const plan: ImportPlan = { people: [], invalid: [], excluded: [], alreadyMembers: [], duplicates: [] };
  const seen = new Set<string>();
  for (const row of draft.rows) {
    if (row.excluded) {
      plan.excluded.push(row);
      continue;
    }
    const check = checkRow(row, draft.meta);
    if (!check.person) plan.invalid.push(check);
    else if (existingEmails.has(check.person.email)) plan.alreadyMembers.push(check.person);
    else if (seen.has(check.person.email)) plan.duplicates.push(check.person);
    else {
      seen.add(check.person.email);
      plan.people.push(check.person);
    }
  }
  return plan;
}
