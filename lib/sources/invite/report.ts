import type { FillResponse } from '../../messages';
import { mosPageErrorSaid } from '../../mos-page/page-errors';
import { sayer, type Said } from '../../said';
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
  /** `message` as a key, for the popup to show in the admin's language. */
  said?: Said;
  /** `fieldName` as a key, when it is ours rather than the page's own name for the field. */
  fieldNameSaid?: Said;
  /** `who` as a key, when it is ours rather than a person's name. */
  whoSaid?: Said;
}

export interface FillReport {
  kind: 'ok' | 'error';
  text: string;
  /** `text` as a key, for the popup to show in the admin's language. */
  said?: Said;
  /** Or `text` as sentences, one key each. */
  sentences?: Said[];
  problems: ProblemLine[];
  /** Everyone is in the page's form (or invited) with every value as sent. */
  complete: boolean;
}

/** What a fill came to, in English; the same texts are under said.fill in locales/en.yml. */
export const FILL_MESSAGES = {
  problemsOne: 'The mOS invite form is filled in, but one thing needs your attention before anyone is invited. Invite Member was not pressed.',
  problems: 'The mOS invite form is filled in, but {count} things need your attention before anyone is invited. Invite Member was not pressed.',
  invitedOne: 'Invited 1 person. mOS now lists them as Pending invitation.',
  invited: 'Invited {count} people. mOS now lists them as Pending invitation.',
  notSent: 'mOS did not send the invitation. Check the form on the page.',
  notSentBecause: 'mOS did not send the invitation: “{message}” Check the form on the page.',
  holdsOne: 'The mOS invite form now holds {name}. Check it on the page, then press Invite Member there.',
  holds: 'The mOS invite form now holds {count} people. Check it on the page, then press Invite Member there.',
  pageDialog: 'The page’s dialog',
} as const;

const sayFill = sayer(FILL_MESSAGES, 'said.fill');

/** The one field name that is ours, not the page's; under words.fillField in locales/en.yml. */
export const OWN_FIELD_NAMES = { form: PAGE_FIELD_NAMES.form } as const;
const sayOwnField = sayer(OWN_FIELD_NAMES, 'words.fillField');

/** What to tell the admin after a fill, in the page's words. */
export function describeFill(outcome: FillResponse, sent: readonly InvitePerson[]): FillReport {
  if (!outcome.ok) {
    const said = mosPageErrorSaid(outcome.error);
    return { kind: 'error', text: outcome.error, ...(said && { said }), problems: [], complete: false };
  }
  if (outcome.problems.length > 0) {
    const dialog = sayFill('pageDialog');
    const problems = outcome.problems.map((p): ProblemLine => {
      const person = p.person >= 0 ? sent[p.person] : undefined;
      return {
        email: p.email,
        who: person ? displayName(person) : dialog.text,
        ...(!person && { whoSaid: dialog.said }),
        field: p.field,
        fieldName: PAGE_FIELD_NAMES[p.field],
        ...(p.field === 'form' && { fieldNameSaid: sayOwnField('form').said }),
        message: p.message,
        ...(p.said && { said: p.said }),
      };
    });
    const told = problems.length === 1 ? sayFill('problemsOne') : sayFill('problems', { count: problems.length });
    return { kind: 'error', text: told.text, said: told.said, problems, complete: false };
  }
  if (outcome.pressed && outcome.submitted) {
    const told = sent.length === 1 ? sayFill('invitedOne') : sayFill('invited', { count: sent.length });
    return { kind: 'ok', text: told.text, said: told.said, problems: [], complete: true };
  }
  if (outcome.pressed) {
    const told = outcome.pageMessage ? sayFill('notSentBecause', { message: outcome.pageMessage }) : sayFill('notSent');
    return { kind: 'error', text: told.text, said: told.said, problems: [], complete: false };
  }
  const told = sent.length === 1 ? sayFill('holdsOne', { name: displayName(sent[0]!) }) : sayFill('holds', { count: sent.length });
  return { kind: 'ok', text: told.text, said: told.said, problems: [], complete: true };
}
