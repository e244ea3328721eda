import { PROGRAMS, type ProgramSlug } from '../mos/programs';
import type { LeftOutKind } from './left-out';
import type { ImportPlan } from './rows';

/**
 * The one set of numbers every screen shows for a draft (editor header, download summary, mOS panel, popup,
 * sync report), read from its one plan, so no two screens can disagree.
 */
export interface PlanNumbers {
  rows: number;
  /** People who go into the file. */
  toInvite: number;
  /** Rows left out, by a rule or by the admin, and by why. */
  leftOut: number;
  leftOutByKind: Partial<Record<LeftOutKind, number>>;
  /** Rows mOS would reject, and repeated emails put back while another row with it goes: they cannot go. */
  cannotGo: number;
  invalid: number;
  duplicates: number;
  /** People already in mOS (members and pending invitations), when the member list is known. */
  alreadyInMos: number;
  enableSeats: number;
  opportunitySeats: number;
  /** People in the file per program, in the help page's order, every program listed. */
  perProgram: Array<{ slug: ProgramSlug; name: string; people: number }>;
  /** People going with a note (contractors, on leave, later starters). */
  noted: number;
}

export function planNumbers(plan: ImportPlan, rowCount: number): PlanNumbers {
  const perSlug = new Map<string, number>();
  let enableSeats = 0;
  let opportunitySeats = 0;
  for (const person of plan.people) {
    if (person.mos_enable) enableSeats++;
    if (person.mos_opportunity) opportunitySeats++;
    for (const slug of person.course_enrollments) perSlug.set(slug, (perSlug.get(slug) ?? 0) + 1);
  }
  const leftOutByKind: Partial<Record<LeftOutKind, number>> = {};
  for (const { why } of plan.leftOut) leftOutByKind[why.kind] = (leftOutByKind[why.kind] ?? 0) + 1;
  return {
    rows: rowCount,
    toInvite: plan.people.length,
    leftOut: plan.excluded.length,
    leftOutByKind,
    cannotGo: plan.invalid.length + plan.duplicates.length,
    invalid: plan.invalid.length,
    duplicates: plan.duplicates.length,
    alreadyInMos: plan.alreadyMembers.length,
    enableSeats,
    opportunitySeats,
    perProgram: PROGRAMS.map((p) => ({ slug: p.slug, name: p.name, people: perSlug.get(p.slug) ?? 0 })),
    noted: plan.noted.length,
  };
}
