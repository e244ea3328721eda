import type { PageMember } from '../mos-members/members';
import { sayer, type Said } from '../../said';
import { sayInvite } from './wording';
import { MAX_PASTED_LINES, type PasteResult, type PasteSkip } from './paste';
import {
  blankInvitee,
  checkInvitee,
  choicesOf,
  displayName,
  isBlankInvitee,
  normalisedEmail,
  valuesFromPaste,
  type InviteChoices,
  type InviteField,
  type InvitePerson,
  type InviteValues,
  type InviteeCheck,
} from './person';

export interface InviteNotice {
  kind: 'info' | 'ok' | 'error';
  text: string;
  /** `text` as a key, for the popup to show in the admin's language. */
  said?: Said;
  details?: string[];
  /** Each of `details` as a key, in the same order. */
  detailsSaid?: Said[];
}

/** A notice of the invite form from its key: its English and the key together. */
const notice = (kind: InviteNotice['kind'], ...args: Parameters<typeof sayInvite>): InviteNotice => {
  const { text, said } = sayInvite(...args);
  return { kind, text, said };
};

/** The popup's invite form: the person being typed, the people queued, and what to tell the admin. */
export interface InviteState {
  form: InviteValues;
  touched: Partial<Record<InviteField, true>>;
  /** After a failed attempt every problem shows, touched or not. */
  showAllErrors: boolean;
  queue: InviteValues[];
  notice?: InviteNotice;
}

export type InviteAction =
  | { type: 'set'; field: InviteField; value: InviteValues[InviteField] }
  | { type: 'touch'; field: InviteField }
  | { type: 'add-member' }
  | { type: 'remove'; index: number }
  | { type: 'edit'; index: number }
  | { type: 'paste'; result: PasteResult; into: 'form' | 'list' }
  | { type: 'restore'; form: InviteValues; queue: InviteValues[] }
  | { type: 'sent'; emails: readonly string[]; notice?: InviteNotice }
  | { type: 'drop'; emails: readonly string[] }
  | { type: 'notice'; notice: InviteNotice | undefined }
  | { type: 'show-errors' };

export function initialInviteState(choices?: InviteChoices): InviteState {
  return { form: blankInvitee(choices), touched: {}, showAllErrors: false, queue: [] };
}

function emailsExcept(values: readonly InviteValues[], skip: number): Set<string> {
  return new Set(values.filter((_, i) => i !== skip).map(normalisedEmail).filter(Boolean));
}

/** The person being typed, checked against everyone queued. */
export function checkForm(state: InviteState): InviteeCheck {
  return checkInvitee(state.form, emailsExcept(state.queue, -1));
}

// Typing in the form leaves the queue array as it is, so a long pasted list is checked once, not per keystroke.
const queueChecks = new WeakMap<readonly InviteValues[], InviteeCheck[]>();

/** Each queued person, checked against those queued before them. */
export function checkQueue(state: InviteState): InviteeCheck[] {
  const cached = queueChecks.get(state.queue);
  if (cached) return cached;
  const before = new Set<string>();
  const checks = state.queue.map((values) => {
    const check = checkInvitee(values, before);
    before.add(normalisedEmail(values));
    return check;
  });
  queueChecks.set(state.queue, checks);
  return checks;
}

function addMember(state: InviteState): InviteState {
  if (isBlankInvitee(state.form)) {
    return { ...state, notice: notice('error', 'typeFirst') };
  }
  const check = checkForm(state);
  if (!check.person) {
    return { ...state, showAllErrors: true, notice: notice('error', 'fixMarked') };
  }
  return {
    form: blankInvitee(choicesOf(state.form)),
    touched: {},
    showAllErrors: false,
    queue: [...state.queue, state.form],
    notice: notice('ok', 'onTheList', { name: displayName(state.form) }),
  };
}

function edit(state: InviteState, index: number): InviteState {
  const person = state.queue[index];
  if (!person) return state;
  if (!isBlankInvitee(state.form)) {
    return { ...state, notice: notice('error', 'clearFormFirst') };
  }
  return {
    ...state,
    form: person,
    touched: {},
    queue: state.queue.filter((_, i) => i !== index),
    notice: undefined,
  };
}

/** What a paste left out, in English; the same texts are under words.pasteDetail in locales/en.yml. */
export const PASTE_DETAILS = {
  noEmail: 'Line {line} (“{text}”): no email address.',
  repeats: 'Line {line} (“{text}”): repeats the address on line {first}.',
  tooManyLines: 'Line {line}: only the first {max} lines are read; for longer lists, save them as a CSV file and import it in the editor.',
  notPrograms: 'Not mOS programs, left out: {programs}.',
  alreadyListed: '{count} already on the list, not added again.',
} as const;

const sayPaste = sayer(PASTE_DETAILS, 'words.pasteDetail');

function skippedLine(skip: PasteSkip): { text: string; said: Said } {
  if (skip.cause === 'repeats') return sayPaste('repeats', { line: skip.line, text: skip.text, first: skip.firstLine ?? '?' });
  if (skip.cause === 'tooManyLines') return sayPaste('tooManyLines', { line: skip.line, max: MAX_PASTED_LINES });
  return sayPaste('noEmail', { line: skip.line, text: skip.text });
}

function paste(state: InviteState, result: PasteResult, into: 'form' | 'list'): InviteState {
  const choices = choicesOf(state.form);
  const pasted = result.people.map((person) => valuesFromPaste(person, choices));
  const unknown = [...new Set(pasted.flatMap((p) => p.unknownPrograms))];
  const told = [
    ...result.skipped.map(skippedLine),
    ...(unknown.length > 0 ? [sayPaste('notPrograms', { programs: unknown.join(', ') })] : []),
  ];
  const detailsOf = () => ({ details: told.map((t) => t.text), detailsSaid: told.map((t) => t.said) });
  if (pasted.length === 0) {
    return { ...state, notice: { ...notice('error', 'noEmailPasted'), ...detailsOf() } };
  }
  if (into === 'form' && pasted.length === 1) {
    return {
      ...state,
      form: pasted[0]!.values,
      touched: { first_name: true, last_name: true, email: true, job_title: true },
      notice: { ...notice('ok', 'filledFromPaste', { name: displayName(pasted[0]!.values) }), ...detailsOf() },
    };
  }
  const listed = new Set([...state.queue, state.form].map(normalisedEmail));
  const fresh = pasted.filter((p) => !listed.has(normalisedEmail(p.values)));
  const repeated = pasted.length - fresh.length;
  if (repeated > 0) told.push(sayPaste('alreadyListed', { count: repeated }));
  return {
    ...state,
    queue: [...state.queue, ...fresh.map((p) => p.values)],
    notice: {
      ...(fresh.length === 1 ? notice('ok', 'addedFromPasteOne') : notice(fresh.length > 0 ? 'ok' : 'info', 'addedFromPaste', { count: fresh.length })),
      ...detailsOf(),
    },
  };
}

function removeSent(state: InviteState, emails: readonly string[], notice: InviteNotice | undefined): InviteState {
  const sent = new Set(emails);
  const formSent = sent.has(normalisedEmail(state.form));
  return {
    form: formSent ? blankInvitee(choicesOf(state.form)) : state.form,
    touched: formSent ? {} : state.touched,
    showAllErrors: false,
    queue: state.queue.filter((values) => !sent.has(normalisedEmail(values))),
    notice,
  };
}

export function inviteReducer(state: InviteState, action: InviteAction): InviteState {
  switch (action.type) {
    case 'set':
      // A field is judged once the admin has left it; from then on, as they type.
      return { ...state, form: { ...state.form, [action.field]: action.value } };
    case 'touch':
      return state.touched[action.field] ? state : { ...state, touched: { ...state.touched, [action.field]: true } };
    case 'add-member':
      return addMember(state);
    case 'remove':
      return { ...state, queue: state.queue.filter((_, i) => i !== action.index), notice: undefined };
    case 'edit':
      return edit(state, action.index);
    case 'paste':
      return paste(state, action.result, action.into);
    case 'restore':
      return { ...state, form: action.form, queue: action.queue };
    case 'sent':
      return removeSent(state, action.emails, action.notice);
    case 'drop':
      return removeSent(state, action.emails, state.notice);
    case 'notice':
      return { ...state, notice: action.notice };
    case 'show-errors':
      return { ...state, showAllErrors: true };
  }
}

export type Collected =
  | { ok: true; people: InvitePerson[] }
  | { ok: false; notice: InviteNotice; showErrors?: boolean };

/** Everyone to send: the queue, then the person in the form when something is typed there. */
export function collectPeople(state: InviteState): Collected {
  const queueChecks = checkQueue(state);
  const broken = queueChecks.findIndex((check) => !check.person);
  if (broken >= 0) {
    const who = displayName(state.queue[broken]!);
    return { ok: false, notice: notice('error', 'listedHasProblem', { name: who }) };
  }
  const people = queueChecks.map((check) => check.person!);
  if (!isBlankInvitee(state.form)) {
    const formCheck = checkForm(state);
    if (!formCheck.person) {
      return { ok: false, showErrors: true, notice: notice('error', 'fixMarkedOrClear') };
    }
    people.push(formCheck.person);
  }
  if (people.length === 0) {
    return { ok: false, notice: notice('error', 'nobodyYet') };
  }
  return { ok: true, people };
}

export interface ExistingMatch {
  email: string;
  name: string;
  status: string;
  statusSaid?: Said;
}

/** People who are already members of the organisation, or have a pending invitation. */
export function existingMembers(people: readonly Pick<InvitePerson, 'email'>[], members: readonly PageMember[]): ExistingMatch[] {
  const byEmail = new Map(members.map((m) => [m.email.toLowerCase(), m]));
  return people.flatMap((person) => {
    const member = byEmail.get(person.email.toLowerCase());
    if (!member) return [];
    return [{ email: person.email, name: member.name, status: describeStatus(member), statusSaid: describeStatusSaid(member) }];
  });
}

/** A member's status, in English; the same texts are under said.status in locales/en.yml. */
export const STATUS_MESSAGES = {
  pending: 'has a pending invitation',
  inactive: 'is an inactive member',
  active: 'is already a member',
  unknown: 'is already in the member list',
} as const;

function statusKey(member: Pick<PageMember, 'status'>): keyof typeof STATUS_MESSAGES {
  return member.status === 'pending' || member.status === 'inactive' || member.status === 'active' ? member.status : 'unknown';
}

export function describeStatus(member: Pick<PageMember, 'status'>): string {
  return STATUS_MESSAGES[statusKey(member)];
}

/** describeStatus as a key, for the popup to show in the admin's language. */
export function describeStatusSaid(member: Pick<PageMember, 'status'>): Said {
  return { key: `said.status.${statusKey(member)}` };
}
