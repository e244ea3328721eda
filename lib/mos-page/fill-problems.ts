import { sayer } from '../said';

/**
 * What went wrong with a field of the page's "+ Invite" form, in English; the same texts are under
 * words.fillProblem in locales/en.yml. Each problem carries its key, so the popup shows it in the
 * admin's language while `message` keeps the English for logs and the panel.
 */
export const FILL_PROBLEMS = {
  notFound: 'this field was not found in the page’s form',
  listDidNotOpen: 'its list did not open',
  notOffered: 'the page offers no “{wanted}” (it offers: {offered})',
  notOfferedNothing: 'the page offers no “{wanted}” (it offers: nothing)',
  programsNotOffered: 'the page offers no {programs}',
  noProductAccess: 'the page’s form has no Product Access field, so the seats could not be set here',
  noPrograms: 'the page’s form has no Program(s) field; programs cannot be changed after the invite, so use Import CSV for them',
  showsInstead: 'the page shows “{shown}” instead of “{wanted}”',
  showsNothingInstead: 'the page shows “nothing” instead of “{wanted}”',
  shows: 'the page shows “{shown}”',
  showsNoSeat: 'the page shows “no seat”',
  showsNoProgram: 'the page shows “none”',
  strayForm: 'member form {number} in the page’s dialog holds someone else; remove it before pressing Invite Member',
  noFormAdded: 'the page did not add a form for this person (no “Add Member” button)',
} as const;

export const sayFillProblem = sayer(FILL_PROBLEMS, 'words.fillProblem');
