import {
  choose,
  chosenLabels,
  findChoiceControl,
  findFields as findLabelled,
  isUsable,
  norm,
  pause,
  press,
  readText,
  setText,
  settle,
  type ChoiceControl,
  type Decide,
} from '../dom/form-filling';
import { accessibleName, findButton, openDialogs, visibleText, waitForDom } from '../dom/semantic';
import { toProgramSlug } from '../mos/programs';
import { isHidden } from '../sources/page/read-cell';
import type { PageInvitee } from '../page-messages';
import type { Said } from '../said';
import { INVITE_BUTTON } from './detect';
import { FILL_PROBLEMS, sayFillProblem } from './fill-problems';
import { MOS_PAGE_ERRORS } from './page-errors';

/** One person as the page's invite form takes them: programs by the names the page shows (the message's shape). */
export type { PageInvitee };

export type InviteFormField = 'first_name' | 'last_name' | 'email' | 'job_title' | 'permissions' | 'product_access' | 'programs';

export interface FillProblem {
  /** 0-based index of the person, or -1 for the dialog as a whole. */
  person: number;
  email: string;
  field: InviteFormField | 'form';
  message: string;
  /** `message` as a key, for the popup to show in the admin's language. */
  said?: Said;
}

export type FillOutcome =
  | {
      ok: true;
      mode: 'single' | 'multiple';
      filled: number;
      problems: FillProblem[];
      /** Whether "Invite Member" was pressed, and whether the dialog then closed. */
      pressed: boolean;
      submitted: boolean;
      pageMessage?: string;
      permissionOptions: string[];
    }
  | { ok: false; error: string };

export interface FillOptions {
  pressInvite?: boolean;
  timeoutMs?: number;
}

/** Field names as people write them on forms; matched after the label is trimmed of "*" and ":". */
const LABELS: Record<InviteFormField, RegExp> = {
  first_name: /^(first|given)[\s-]*name$|^forename$/i,
  last_name: /^(last|family)[\s-]*name$|^surname$/i,
  email: /^((work|business)\s+)?e-?mail(\s+address)?$/i,
  job_title: /^(job\s+)?title$|^position$/i,
  permissions: /^permissions?$|^(user\s+)?role$|^access\s+level$/i,
  product_access: /^product\s+access$|^products?$|^seats?$/i,
  programs: /^programs?$|^program\s*\(s\)$|^courses?$|^course\s+enrollments?$/i,
};
const TEXT_FIELDS = ['first_name', 'last_name', 'email', 'job_title'] as const;
const SINGLE_TAB = /^add\s+single\s+member$/i;
const MULTIPLE_TAB = /^add\s+multiple\s+members?$/i;
const ADD_MEMBER = /^\+?\s*add(\s+another)?\s+member$/i;
const INVITE_MEMBER = /^invite(\s+members?)?$/i;
const ENABLE_SEAT = /enable/i;
const OPPORTUNITY_SEAT = /opportunit/i;

function findFields(root: ParentNode, field: InviteFormField): HTMLElement[] {
  return findLabelled(root, LABELS[field]);
}

function findChoice(root: ParentNode, field: InviteFormField): ChoiceControl | undefined {
  return findChoiceControl(root, LABELS[field]);
}

// ---- The dialog and its member forms ----

function inviteDialog(doc: Document): HTMLElement | undefined {
  return openDialogs(doc).find((dialog) => findFields(dialog, 'email').length > 0);
}

/** One scope per member form: the largest box around each email field that holds no other one. */
function memberForms(dialog: HTMLElement): HTMLElement[] {
  return findFields(dialog, 'email').map((anchor) => {
    let scope: HTMLElement = anchor;
    while (scope !== dialog && scope.parentElement) {
      const parent: HTMLElement = scope.parentElement;
      if (findFields(parent, 'email').length > 1) break;
      scope = parent;
    }
    return scope;
  });
}

async function pickMode(doc: Document, dialog: HTMLElement, multiple: boolean): Promise<void> {
  const tab = findButtonLike(dialog, multiple ? MULTIPLE_TAB : SINGLE_TAB);
  if (!tab || tab.getAttribute('aria-selected') === 'true' || tab.getAttribute('aria-checked') === 'true') return;
  press(tab);
  await settle(doc);
}

/** Tabs, radios and buttons by their name: the mode switch may be any of them. */
function findButtonLike(root: HTMLElement, name: RegExp): HTMLElement | undefined {
  const candidates = root.querySelectorAll<HTMLElement>('[role="tab"], [role="radio"], input[type="radio"]');
  const named = Array.from(candidates).find((el) => isUsable(el) && name.test(accessibleName(el)));
  return named ?? findButton(root, name);
}

async function ensureForm(doc: Document, dialog: HTMLElement, index: number, timeoutMs: number): Promise<HTMLElement | undefined> {
  const existing = memberForms(dialog);
  if (existing[index]) return existing[index];
  const add = findButton(dialog, ADD_MEMBER);
  if (!add) return undefined;
  press(add);
  await waitForDom(doc, () => memberForms(dialog).length > index, timeoutMs);
  return memberForms(dialog)[index];
}

// ---- Filling one person ----

interface PersonFill {
  problems: FillProblem[];
  /** The labels each choice field offered, for reading the choice back. */
  offered: Map<InviteFormField, string[]>;
}

function programDecider(programs: readonly string[]): Decide {
  const wanted = programs.map((name) => ({ key: norm(name), slug: toProgramSlug(name) }));
  return (label) => {
    const slug = toProgramSlug(label);
    return wanted.some((w) => w.key === norm(label) || (slug !== undefined && w.slug === slug));
  };
}

function seatDecider(person: PageInvitee): Decide {
  return (label) => {
    if (OPPORTUNITY_SEAT.test(label)) return person.mos_opportunity;
    if (ENABLE_SEAT.test(label)) return person.mos_enable;
    return undefined;
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.map(norm));
  const right = new Set(b.map(norm));
  return left.size === right.size && [...left].every((x) => right.has(x));
}

type Told = { text: string; said?: Said };

const NOT_FOUND = sayFillProblem('notFound');

/** A choice control's own error with its key, when it is one we word. */
function choiceProblem(error: string): Told {
  return error === FILL_PROBLEMS.listDidNotOpen ? sayFillProblem('listDidNotOpen') : { text: error };
}

const quotedList = (names: readonly string[]) => names.map((name) => `“${name}”`).join(', ');

async function fillPerson(doc: Document, scope: HTMLElement, person: PageInvitee, index: number, timeoutMs: number): Promise<PersonFill> {
  const problems: FillProblem[] = [];
  const offered = new Map<InviteFormField, string[]>();
  const problem = (field: InviteFormField, { text, said }: Told) => problems.push({ person: index, email: person.email, field, message: text, ...(said && { said }) });
  for (const field of TEXT_FIELDS) {
    const input = findFields(scope, field)[0];
    if (input) setText(input, person[field]);
    else if (field === 'email' || person[field] !== '') problem(field, NOT_FOUND);
    await settle(doc);
  }

  const permissions = findChoice(scope, 'permissions');
  const wantedPermission = norm(person.permissions);
  if (!permissions) problem('permissions', NOT_FOUND);
  else if (permissions.kind === 'text') setText(permissions.el, person.permissions);
  else {
    const result = await choose(doc, permissions, (label) => norm(label) === wantedPermission, timeoutMs);
    offered.set('permissions', result.offered);
    if (result.error) problem('permissions', choiceProblem(result.error));
    else if (!result.offered.some((label) => norm(label) === wantedPermission)) {
      problem('permissions', result.offered.length > 0
        ? sayFillProblem('notOffered', { wanted: person.permissions, offered: result.offered.join(', ') })
        : sayFillProblem('notOfferedNothing', { wanted: person.permissions }));
    }
  }

  const access = findChoice(scope, 'product_access');
  if (access) {
    const result = await choose(doc, access, seatDecider(person), timeoutMs);
    offered.set('product_access', result.offered);
    if (result.error) problem('product_access', choiceProblem(result.error));
  } else if (!person.mos_enable || person.mos_opportunity) {
    problem('product_access', sayFillProblem('noProductAccess'));
  }

  const programs = findChoice(scope, 'programs');
  if (programs) {
    const result = await choose(doc, programs, programDecider(person.programs), timeoutMs);
    offered.set('programs', result.offered);
    const missing = person.programs.filter((name) => !result.offered.some((label) => programDecider([name])(label)));
    if (result.error) problem('programs', choiceProblem(result.error));
    else if (missing.length > 0) problem('programs', sayFillProblem('programsNotOffered', { programs: quotedList(missing) }));
  } else if (person.programs.length > 0) {
    problem('programs', sayFillProblem('noPrograms'));
  }
  return { problems, offered };
}

// ---- Reading back what the page now holds ----

function readBack(scope: HTMLElement, person: PageInvitee, index: number, offered: Map<InviteFormField, string[]>): FillProblem[] {
  const problems: FillProblem[] = [];
  const problem = (field: InviteFormField, { text, said }: Told) => problems.push({ person: index, email: person.email, field, message: text, ...(said && { said }) });
  for (const field of TEXT_FIELDS) {
    const input = findFields(scope, field)[0];
    if (!input) continue;
    const shown = readText(input);
    const same = field === 'email' ? norm(shown) === norm(person.email) : shown.trim() === person[field].trim();
    if (!same) problem(field, sayFillProblem('showsInstead', { shown, wanted: person[field] }));
  }
  const permissions = findChoice(scope, 'permissions');
  if (permissions) {
    const chosen = chosenLabels(permissions, offered.get('permissions') ?? []);
    if (!chosen.some((label) => norm(label) === norm(person.permissions))) {
      problem('permissions', chosen.length > 0
        ? sayFillProblem('showsInstead', { shown: chosen.join(', '), wanted: person.permissions })
        : sayFillProblem('showsNothingInstead', { wanted: person.permissions }));
    }
  }
  const access = findChoice(scope, 'product_access');
  if (access) {
    const chosen = chosenLabels(access, offered.get('product_access') ?? []);
    const enable = chosen.some((label) => ENABLE_SEAT.test(label) && !OPPORTUNITY_SEAT.test(label));
    const opportunity = chosen.some((label) => OPPORTUNITY_SEAT.test(label));
    if (enable !== person.mos_enable || opportunity !== person.mos_opportunity) {
      problem('product_access', chosen.length > 0 ? sayFillProblem('shows', { shown: chosen.join(', ') }) : sayFillProblem('showsNoSeat'));
    }
  }
  const programs = findChoice(scope, 'programs');
  if (programs) {
    const labels = offered.get('programs') ?? [];
    const chosen = chosenLabels(programs, labels);
    const expected = labels.filter((label) => programDecider(person.programs)(label));
    if (!sameSet(chosen, expected)) problem('programs', chosen.length > 0 ? sayFillProblem('shows', { shown: chosen.join(', ') }) : sayFillProblem('showsNoProgram'));
  }
  return problems;
}

function strayForms(forms: HTMLElement[], used: number): FillProblem[] {
  return forms.slice(used).flatMap((scope, i) => {
    const typed = TEXT_FIELDS.some((field) => findFields(scope, field).some((input) => readText(input).trim() !== ''));
    if (!typed) return [];
    const { text, said } = sayFillProblem('strayForm', { number: used + i + 1 });
    return [{ person: -1, email: '', field: 'form' as const, message: text, said }];
  });
}

function visibleAlert(dialog: HTMLElement): string {
  return Array.from(dialog.querySelectorAll('[role="alert"]'))
    .filter(isUsable)
    .map(visibleText)
    .filter(Boolean)
    .join(' ');
}

/** Presses "Invite Member" and waits for the dialog to close, or for the page to say why not. */
async function pressInviteMember(doc: Document, dialog: HTMLElement, timeoutMs: number): Promise<{ pressed: boolean; submitted: boolean; pageMessage?: string }> {
  const button = findButton(dialog, INVITE_MEMBER);
  if (!button) return { pressed: false, submitted: false, pageMessage: 'The “Invite Member” button was not found.' };
  const earlier = visibleAlert(dialog);
  press(button);
  const result = await waitForDom(
    doc,
    () => {
      if (!dialog.isConnected || isHidden(dialog)) return 'closed';
      const alert = visibleAlert(dialog);
      return alert && alert !== earlier ? 'refused' : undefined;
    },
    timeoutMs,
  );
  if (result === 'closed') return { pressed: true, submitted: true };
  return { pressed: true, submitted: false, pageMessage: visibleAlert(dialog) || undefined };
}

async function openInviteDialog(doc: Document, timeoutMs: number): Promise<HTMLElement | string> {
  const open = inviteDialog(doc);
  if (open) return open;
  if (openDialogs(doc).length > 0) return MOS_PAGE_ERRORS.otherDialogOpen;
  const opener = findButton(doc, INVITE_BUTTON);
  if (!opener) return MOS_PAGE_ERRORS.noInviteButton;
  press(opener);
  const dialog = await waitForDom(doc, () => inviteDialog(doc), timeoutMs);
  return dialog ?? MOS_PAGE_ERRORS.inviteDidNotOpen;
}

/**
 * Fills the page's "+ Invite" dialog the way an admin would: Add Single Member for one person,
 * Add Multiple Members and one form each for several. Every field is found by its label and set so
 * that framework-controlled inputs keep the value; afterwards each value is read back, and anything
 * that could not be found or set is reported. "Invite Member" is pressed only when asked and when
 * nothing went wrong.
 */
export async function fillInviteDialog(doc: Document, people: readonly PageInvitee[], options: FillOptions = {}): Promise<FillOutcome> {
  if (people.length === 0) return { ok: false, error: MOS_PAGE_ERRORS.nobodyToInvite };
  // Two fills at once (a second popup, a double click) would write into each other's forms.
  if (filling.has(doc)) return { ok: false, error: MOS_PAGE_ERRORS.stillFilling };
  filling.add(doc);
  try {
    return await fill(doc, people, options);
  } finally {
    filling.delete(doc);
  }
}

const filling = new WeakSet<Document>();

async function fill(doc: Document, people: readonly PageInvitee[], options: FillOptions): Promise<FillOutcome> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const opened = await openInviteDialog(doc, timeoutMs);
  if (typeof opened === 'string') return { ok: false, error: opened };
  const dialog = opened;
  const multiple = people.length > 1;
  await pickMode(doc, dialog, multiple);

  const problems: FillProblem[] = [];
  const offeredByPerson: Array<Map<InviteFormField, string[]>> = [];
  for (const [index, person] of people.entries()) {
    const scope = await ensureForm(doc, dialog, index, timeoutMs);
    if (!scope) {
      const { text, said } = sayFillProblem('noFormAdded');
      problems.push({ person: index, email: person.email, field: 'form', message: text, said });
      continue;
    }
    const filled = await fillPerson(doc, scope, person, index, timeoutMs);
    problems.push(...filled.problems);
    offeredByPerson[index] = filled.offered;
  }

  // Give the page a moment to re-render, so a value it drops shows as dropped.
  await pause(150);
  await settle(doc);
  const forms = memberForms(dialog);
  people.forEach((person, index) => {
    const scope = forms[index];
    const offered = offeredByPerson[index];
    if (!scope || !offered) return;
    const already = new Set(problems.filter((p) => p.person === index).map((p) => p.field));
    problems.push(...readBack(scope, person, index, offered).filter((p) => !already.has(p.field)));
  });
  problems.push(...strayForms(forms, people.length));

  const permissionOptions = offeredByPerson.find((offered) => offered?.has('permissions'))?.get('permissions') ?? [];
  const filled = offeredByPerson.filter(Boolean).length;
  const base = { ok: true as const, mode: multiple ? ('multiple' as const) : ('single' as const), filled, problems, permissionOptions };
  if (!options.pressInvite || problems.length > 0) return { ...base, pressed: false, submitted: false };
  return { ...base, ...(await pressInviteMember(doc, dialog, timeoutMs)) };
}
