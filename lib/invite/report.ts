import type { FillResponse } from '../messages';
import { displayName, type InvitePerson } from './person';

type ProblemField = Extract<FillResponse, { ok: true }>['problems'][number]['field'];

/** The page's own names for its fields. */
export const PAGE_FIELD_NAMES: Record<ProblemField, string> = {
  first_name: 'First Name',
  last_name: 'Last Name',
  email: 'Email Address',
  job_title: 'Job Title',
  permissions: 'Permissions',
  product_access: 'Product Access',
  programs: 'Program(s)',
  form: 'Invite form',
};

export interface ProblemLine {
  email: string;
  who: string;
  field: ProblemField;
  fieldName: string;
  message: string;
}

export interface FillReport {
  kind: 'ok' | 'error';
  text: string;
  problems: ProblemLine[];
  /** Everyone is in the page's form (or invited) with every value as sent. */
  complete: boolean;
}

function people(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}

/** What to tell the admin after a fill, in the page's words. */
export function describeFill(outcome: FillResponse, sent: readonly InvitePerson[]): FillReport {
  if (!outcome.ok) return { kind: 'error', text: outcome.error, problems: [], complete: false };
  if (outcome.problems.length > 0) {
    const problems = outcome.problems.map((p) => ({
      email: p.email,
      who: p.person >= 0 && sent[p.person] ? displayName(sent[p.person]!) : 'The page’s dialog',
      field: p.field,
      fieldName: PAGE_FIELD_NAMES[p.field],
      message: p.message,
    }));
    return {
      kind: 'error',
      text: `The mOS invite form is filled in, but ${problems.length === 1 ? 'one thing needs' : `${problems.length} things need`} your attention before anyone is invited. Invite Member was not pressed.`,
      problems,
      complete: false,
    };
  }
  if (outcome.pressed && outcome.submitted) {
    return { kind: 'ok', text: `Invited ${people(sent.length)}. mOS now lists them as Pending invitation.`, problems: [], complete: true };
  }
  if (outcome.pressed) {
    const why = outcome.pageMessage ? `: “${outcome.pageMessage}”` : '.';
    return { kind: 'error', text: `mOS did not send the invitation${why} Check the form on the page.`, problems: [], complete: false };
  }
  const who = sent.length === 1 ? displayName(sent[0]!) : people(sent.length);
  return {
    kind: 'ok',
    text: `The mOS invite form now holds ${who}. Check it on the page, then press Invite Member there.`,
    problems: [],
    complete: true,
  };
}
