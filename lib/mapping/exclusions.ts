import { cleanEmail, mappedFieldValue, pickKeptValues, resolveSource } from './apply';
import { nameSuffix } from './names';
import { plainText } from './normalise';
import { KEPT_FIELD_LABELS, sourceRefs, type ColumnMapping, type KeptField } from './types';
import { unnamedColumn } from '../sources/unnamed-column';

/**
 * Kinds of rows left out of the file by default, as a careful admin would: people who left or whose account
 * is shut, guest accounts, rows that are not people, rows with no work email, and repeats of an email.
 */
export const LEAVE_OUT_KINDS = ['left', 'guest', 'notPerson', 'noWorkEmail', 'repeat'] as const;
export type LeaveOutKind = (typeof LEAVE_OUT_KINDS)[number];

/** Kinds that stay in with a note: they may still need training. */
export type NoteKind = 'contractor' | 'leave' | 'future';

/** What the cells of a row say about it, alone (no work email and repeats need the row's values and the others). */
export type ExclusionKind = Exclude<LeaveOutKind, 'noWorkEmail' | 'repeat'> | NoteKind;

export const isNoteKind = (kind: ExclusionKind): kind is NoteKind => kind === 'contractor' || kind === 'leave' || kind === 'future';

export interface ExclusionSuggestion {
  /** Position of the row in the rows given. */
  index: number;
  kind: ExclusionKind;
  /** The column and value behind it, e.g. "Employment Status: Terminated". */
  reason: string;
  /** That column's header as stored ("Column 3" for one without), for a screen to word in its language. */
  column: string;
  value: string;
}

export const EXCLUSION_LABELS: Record<ExclusionKind | LeaveOutKind, string> = {
  left: 'Has left or account shut',
  guest: 'Guest or external account',
  notPerson: 'Not a person',
  noWorkEmail: 'No work email',
  repeat: 'Repeated email',
  contractor: 'Contractor',
  leave: 'On leave',
  future: 'Starts later',
};

/** Statuses of people who have left or whose account is shut, in the languages we read. */
const GONE = [
  'terminated', 'termed', 'inactive', 'deactivated', 'disabled', 'suspended', 'deprovisioned', 'deleted',
  'archived', 'left', 'leaver', 'former', 'former employee', 'resigned', 'retired', 'dismissed', 'laid off',
  'offboarded', 'separated', 'withdrawn', 'no longer employed', 'not active', 'nicht aktiv', 'no activo',
  'niet actief',
  'ausgetreten', 'inaktiv', 'gekundigt', 'beendet', 'ehemalig', 'ehemaliger mitarbeiter', 'deaktiviert', 'gesperrt',
  'ausgeschieden', 'inactif', 'inactive', 'parti', 'partie', 'sorti', 'sortie', 'licencie', 'demissionnaire',
  'resilie', 'termine', 'desactive', 'suspendu', 'ancien salarie', 'inactivo', 'inactiva', 'baja', 'de baja',
  'dado de baja', 'despedido', 'terminado', 'cesado', 'suspendido', 'desactivado', 'ex empleado', 'inactief',
  'uit dienst', 'beeindigd', 'ontslagen', 'gedeactiveerd', 'geschorst', 'vertrokken', 'opgeschort',
];

/** Employment types of people who are not employees of the organisation: kept, with a note. */
const CONTRACTORS = [
  'contractor', 'independent contractor', 'contingent', 'contingent worker', 'freelance', 'freelancer',
  'consultant', 'external consultant', 'vendor', 'agency', 'agency worker', '1099', 'contract worker',
  'freiberufler', 'freier mitarbeiter', 'externer mitarbeiter', 'auftragnehmer', 'werkvertrag',
  'prestataire', 'consultant externe', 'independant', 'contratista', 'autonomo', 'zzp', 'zzp er',
  'zzper', 'inhuur', 'gedetacheerd', 'uitzendkracht', 'external', 'extern', 'externe', 'externo',
];

/** People away for a while: kept, with a note. */
const ON_LEAVE = [
  'on leave', 'leave of absence', 'loa', 'parental leave', 'maternity leave', 'sabbatical', 'beurlaubt', 'elternzeit',
  'mutterschutz', 'karenz', 'en conge', 'conge', 'excedencia', 'de permiso', 'permiso', 'verlof', 'met verlof',
];

/** People who start later: kept, with a note. */
const FUTURE = [
  'hired', 'pre hire', 'prehire', 'pending', 'future', 'future start', 'not started', 'onboarding', 'staged',
  'provisioned', 'new hire', 'eingestellt', 'zukunftig', 'a venir', 'futur', 'futuro', 'pendiente', 'toekomstig',
  'in dienst per',
];

/** Guest accounts named by a status or type. */
const GUESTS = ['guest', 'gast', 'invite', 'invitado', 'invitee'];

/**
 * Whole cell values that say a row is a mailbox, room or account rather than a person ("SharedMailbox",
 * "Room", "Service account"), compared without case, spaces, hyphens or underscores; a path such as
 * "/Resources/Rooms" is read segment by segment.
 */
const NOT_PEOPLE = new Set([
  'sharedmailbox', 'sharedmailboxes', 'servicemailbox', 'serviceaccount', 'serviceaccounts', 'systemaccount',
  'room', 'rooms', 'roommailbox', 'meetingroom', 'meetingrooms', 'conferenceroom', 'resource', 'resources',
  'resourcemailbox', 'equipment', 'equipmentmailbox', 'functionalmailbox', 'functionalaccount', 'groupmailbox',
  'teammailbox', 'distributionlist', 'nonperson', 'bot', 'serviceuser', 'technicalaccount', 'technicaluser',
  'raum', 'besprechungsraum', 'ressource', 'ressourcen', 'funktionspostfach', 'sammelpostfach', 'gruppenpostfach',
  'dienstkonto', 'servicekonto', 'technischerbenutzer', 'salle', 'salledereunion', 'boitepartagee', 'comptedeservice',
  'sala', 'saladereuniones', 'recurso', 'recursos', 'buzoncompartido', 'cuentadeservicio', 'ruimte',
  'vergaderruimte', 'gedeeldemailbox', 'functionelemailbox', 'serviceaccount',
]);

/** Names held by rows that stand for nobody yet. */
const PLACEHOLDERS = [
  'open position', 'open role', 'open req', 'open requisition', 'vacancy', 'vacant', 'tbh', 'to be hired', 'tbd',
  'to be determined', 'offene stelle', 'vakanz', 'vakant', 'n n', 'nn', 'poste vacant', 'poste ouvert', 'a pourvoir',
  'vacante', 'puesto vacante', 'por contratar', 'vacature', 'openstaande positie', 'nog in te vullen',
];

/** First words of a totals row under a report. */
const TOTALS = ['total', 'totals', 'grand total', 'subtotal', 'sum', 'summe', 'gesamt', 'gesamtsumme', 'insgesamt', 'somme', 'totaal', 'totaal generaal'];

const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'nein', 'falsch', 'non', 'faux', 'falso', 'nee', 'onwaar']);
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'ja', 'wahr', 'oui', 'vrai', 'si', 'verdadero', 'waar', 'x']);

/** A word list grouped by its first words, so a value's words are each looked up once rather than every phrase searched for. */
export type PhraseList = ReadonlyMap<string, readonly string[]>;

export function phraseList(phrases: readonly string[]): PhraseList {
  const byFirst = new Map<string, string[]>();
  for (const phrase of phrases) {
    const first = phrase.split(' ')[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  return byFirst;
}

/** Whether plainText's text has one of the phrases starting at a word that starts at `start`, as whole words. */
function phraseAt(text: string, start: number, end: number, list: PhraseList): boolean {
  const phrases = list.get(text.slice(start, end));
  if (phrases === undefined) return false;
  for (const phrase of phrases) {
    const stop = start + phrase.length;
    if (text.startsWith(phrase, start) && (stop === text.length || text.charCodeAt(stop) === 32)) return true;
  }
  return false;
}

/**
 * Whether plainText's text holds one of the phrases as whole words (" terminated voluntary " holds
 * " terminated "): its words are single-spaced, so that is a phrase starting at one of its words.
 */
function plainHolds(text: string, list: PhraseList): boolean {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (phraseAt(text, start, end, list)) return true;
    start = end + 1;
  }
  return false;
}

/** Whether a value holds one of the phrases as whole words ("Terminated - Voluntary" holds "terminated"). */
export function holdsPhrase(value: string, list: PhraseList): boolean {
  return plainHolds(plainText(value), list);
}

/** Whether one of a value's plain words is the first word of one of the phrases. */
export function hasFirstWord(value: string, list: PhraseList): boolean {
  const text = plainText(value);
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (list.has(text.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

export function startsWithPhrase(value: string, list: PhraseList): boolean {
  const text = plainText(value);
  const end = text.indexOf(' ');
  return text !== '' && phraseAt(text, 0, end < 0 ? text.length : end, list);
}

/** What a status or type value says of the person, strongest first; undefined for an ordinary employee. */
export function statusKind(value: string): ExclusionKind | undefined {
  if (value.trim() === '') return undefined;
  const text = plainText(value);
  if (plainHolds(text, GONE_LIST)) return 'left';
  if (plainHolds(text, GUEST_LIST)) return 'guest';
  if (isNotPersonValue(value)) return 'notPerson';
  if (plainHolds(text, CONTRACTOR_LIST)) return 'contractor';
  if (plainHolds(text, ON_LEAVE_LIST)) return 'leave';
  if (plainHolds(text, FUTURE_LIST)) return 'future';
  return undefined;
}

const GONE_LIST = phraseList(GONE);
const GUEST_LIST = phraseList(GUESTS);
const CONTRACTOR_LIST = phraseList(CONTRACTORS);
const ON_LEAVE_LIST = phraseList(ON_LEAVE);
const FUTURE_LIST = phraseList(FUTURE);
const PLACEHOLDER_LIST = phraseList(PLACEHOLDERS);
const OPEN_TITLES = ['open position', 'vacancy', 'tbh', 'to be hired'];
const OPEN_TITLE_LIST = phraseList(OPEN_TITLES);

/** The word lists, for tests that hold the quick lookups to the plain search. */
export const WORD_LISTS = { GONE, GUESTS, CONTRACTORS, ON_LEAVE, FUTURE, PLACEHOLDERS, OPEN_TITLES, TOTALS } as const;
const TOTALS_LIST = phraseList(TOTALS);

/** A status or role written after a name, as in "Sam Ortiz (Terminated)", and the column it is in. */
interface NameSuffix {
  column: number;
  suffix: string;
}

/** The columns a name is read from, first name first: the same for every row, so found once per judge. */
function nameColumns(mapping: ColumnMapping): number[] {
  return [mapping.first_name, mapping.last_name].flatMap((source) => (source === undefined ? [] : sourceRefs(source).map((ref) => ref.column)));
}

function nameSuffixOf(cells: readonly string[], columns: readonly number[]): NameSuffix | undefined {
  for (const column of columns) {
    const suffix = nameSuffix(cells[column] ?? '');
    if (suffix !== undefined) return { column, suffix };
  }
  return undefined;
}

/**
 * False only where isNotPersonValue is: a value with a digit and no path, as most one-off values (IDs,
 * dates, numbers) are, is answered before the remembered answers are looked through.
 */
export const mayNameNotPerson = (value: string): boolean => value.includes('/') || !DIGIT.test(value);

const squeeze = (value: string): string => value.toLowerCase().replace(/[\s_\-.]+/g, '');

// No word above holds a digit, and plainText and squeeze keep every ASCII digit: a value with one is never among them.
const DIGIT = /[0-9]/;

function isNotPersonValue(value: string): boolean {
  if (value.length > 60) return false;
  const text = value.trim();
  if (text.includes('/')) return text.split('/').some((segment) => segment !== '' && !DIGIT.test(segment) && NOT_PEOPLE.has(squeeze(plainText(segment))));
  return !DIGIT.test(text) && NOT_PEOPLE.has(squeeze(plainText(text)));
}

/** Entra ID marks invited guests' sign-in names so: "jane_partner.example#EXT#@tenant.onmicrosoft.com". */
const isExternalSignIn = (value: string): boolean => value.includes('#') && value.toUpperCase().includes('#EXT#');

/** Answers remembered for the values a big file repeats (departments, places), up to a bound. */
function remembered(test: (value: string) => boolean, limit = 4096): (value: string) => boolean {
  const answers = new Map<string, boolean>();
  return (value) => {
    let answer = answers.get(value);
    if (answer === undefined) {
      answer = test(value);
      if (answers.size < limit) answers.set(value, answer);
    }
    return answer;
  };
}

const WATCHED = ['status', 'employment_type', 'account_enabled', 'account_disabled'] as const;

interface Found {
  kind: ExclusionKind;
  column: string;
  value: string;
}

function columnName(mapping: ColumnMapping, field: KeptField, headers: readonly string[]): string {
  const column = sourceRefs(mapping[field]!)[0]!.column;
  return headers[column]?.trim() || KEPT_FIELD_LABELS[field];
}

const headerOf = (headers: readonly string[], column: number): string => headers[column]?.trim() || unnamedColumn(column);

/** What the kept status, type and account columns say; the strongest kind wins. */
function keptVerdict(kept: Partial<Record<KeptField, string>>, mapping: ColumnMapping, headers: readonly string[]): Found | undefined {
  const found: Found[] = [];
  for (const field of ['status', 'employment_type'] as const) {
    const value = kept[field];
    const kind = value === undefined ? undefined : statusKind(value);
    if (kind) found.push({ kind, column: columnName(mapping, field, headers), value: value! });
  }
  if (kept.account_enabled !== undefined && FALSE_WORDS.has(plainText(kept.account_enabled))) {
    found.push({ kind: 'left', column: columnName(mapping, 'account_enabled', headers), value: kept.account_enabled });
  }
  if (kept.account_disabled !== undefined && TRUE_WORDS.has(plainText(kept.account_disabled))) {
    found.push({ kind: 'left', column: columnName(mapping, 'account_disabled', headers), value: kept.account_disabled });
  }
  return strongest(found);
}

const STRENGTH: readonly ExclusionKind[] = ['left', 'guest', 'notPerson', 'contractor', 'leave', 'future'];
const strongest = (found: readonly Found[]): Found | undefined =>
  found.length === 0 ? undefined : [...found].sort((a, b) => STRENGTH.indexOf(a.kind) - STRENGTH.indexOf(b.kind))[0];

/** Columns that hold the person's own words (name, title): never read as a type, only as a placeholder or total. */
function personColumns(mapping: ColumnMapping): Set<number> {
  const columns = new Set<number>();
  for (const field of ['first_name', 'last_name', 'job_title'] as const) {
    const source = mapping[field];
    if (source !== undefined) for (const ref of sourceRefs(source)) columns.add(ref.column);
  }
  return columns;
}

type Judge = (cells: readonly string[]) => Found | undefined;

/**
 * What a row's cells say of it, alone. Kept status and type columns are judged once per distinct value
 * combination (they repeat across thousands of rows); every cell is looked at for a guest sign-in (#EXT#) or
 * a value naming a mailbox, room or account, and the name for a placeholder or a totals line.
 */
function createJudge(mapping: ColumnMapping, headers: readonly string[]): Judge {
  const watchedFields = WATCHED.filter((field) => mapping[field] !== undefined);
  const judged = new Map<string, Found | undefined>();
  // By position rather than a set: every cell of every row asks.
  const own: boolean[] = [];
  for (const column of personColumns(mapping)) own[column] = true;
  const titleColumns = new Set(mapping.job_title === undefined ? [] : sourceRefs(mapping.job_title).map((r) => r.column));
  const notPersonValue = remembered(isNotPersonValue);
  const nameRefs = nameColumns(mapping);
  // Job titles repeat across a roster as departments do.
  const openTitle = remembered((title) => holdsPhrase(title, OPEN_TITLE_LIST));
  // First and last names repeat across a roster; a name part with none of the placeholders' first words
  // cannot start one, so most names are answered without joining and reading them again.
  const mayHoldPlaceholder = remembered((part) => hasFirstWord(part, PLACEHOLDER_LIST), 65_536);
  // Where a placeholder name is said to be: the first name column's header, the same for every row.
  const nameColumn = (['first_name', 'last_name'] as const).map((f) => mapping[f]).find((s) => s !== undefined);
  const nameWhere = nameColumn === undefined ? undefined : headerOf(headers, sourceRefs(nameColumn)[0]!.column);
  return (cells) => {
    let kept: Found | undefined;
    if (watchedFields.length > 0) {
      const key = watchedFields.map((field) => resolveSource(cells, mapping[field]!)).join('\u0000');
      if (!judged.has(key)) judged.set(key, keptVerdict(pickKeptValues(cells, mapping), mapping, headers));
      kept = judged.get(key);
    }
    if (!kept) {
      // Where the status columns say nothing, a status written after the name ("(Terminated)") is judged alike.
      const named = nameSuffixOf(cells, nameRefs);
      const kind = named && statusKind(named.suffix);
      if (kind) kept = { kind, column: headerOf(headers, named.column), value: named.suffix };
    }
    if (kept?.kind === 'left') return kept;
    let guest: Found | undefined;
    let notPerson: Found | undefined;
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column]!;
      if (cell === '') continue;
      if (!guest && isExternalSignIn(cell)) guest = { kind: 'guest', column: headerOf(headers, column), value: cell.trim() };
      else if (!notPerson && own[column] !== true && cell.length <= 60 && mayNameNotPerson(cell) && notPersonValue(cell)) {
        notPerson = { kind: 'notPerson', column: headerOf(headers, column), value: cell.trim() };
      }
    }
    if (kept?.kind === 'guest') return kept;
    if (guest) return guest;
    if (kept?.kind === 'notPerson') return kept;
    if (notPerson) return notPerson;
    const placeholder = nameVerdict(cells, mapping, headers, nameWhere, titleColumns, openTitle, mayHoldPlaceholder);
    return placeholder ?? kept;
  };
}

/** A placeholder name ("Open position", "TBH") or a totals line ("Total", "Summe: 42") where a name would be (exported for its test). */
export function nameVerdict(
  cells: readonly string[],
  mapping: ColumnMapping,
  headers: readonly string[],
  where: string | undefined,
  titleColumns: ReadonlySet<number>,
  openTitle: (title: string) => boolean,
  mayHoldPlaceholder: (part: string) => boolean = (part) => hasFirstWord(part, PLACEHOLDER_LIST),
): Found | undefined {
  // pickMappedValues' answers for the fields looked at, each only when it is needed, and no object or list per row.
  const first = filled(mappedFieldValue(cells, mapping, 'first_name'));
  const last = filled(mappedFieldValue(cells, mapping, 'last_name'));
  // cleanEmail keeps every "@" of the cell and adds none: the cell has one exactly when the cleaned address has.
  const rawEmail = mappedFieldValue(cells, mapping, 'email');
  const hasAddress = rawEmail !== undefined && rawEmail.includes('@');
  if ((first !== '' || last !== '') && where !== undefined) {
    const name = first !== '' && last !== '' ? `${first} ${last}` : first || last;
    // The joined name's plain words are its parts' (joined at a space), so a placeholder starts at one of theirs.
    const placeholder = (mayHoldPlaceholder(first) || mayHoldPlaceholder(last)) && holdsPhrase(name, PLACEHOLDER_LIST);
    const jobTitle = placeholder ? undefined : mappedFieldValue(cells, mapping, 'job_title');
    if (placeholder || (jobTitle !== undefined && !hasAddress && openTitle(jobTitle))) {
      return { kind: 'notPerson', column: where, value: name.trim() };
    }
  }
  // A totals line has no address; its first filled cell opens with the word.
  if (hasAddress) return undefined;
  const firstCell = cells.findIndex((c, i) => c.trim() !== '' && !titleColumns.has(i));
  if (firstCell >= 0 && startsWithPhrase(cells[firstCell]!, TOTALS_LIST)) return { kind: 'notPerson', column: headerOf(headers, firstCell), value: cells[firstCell]!.trim() };
  return undefined;
}

/** A name part as the placeholder check joins it: '' when missing or blank. */
const filled = (value: string | undefined): string => (value === undefined || value.trim() === '' ? '' : value);

/**
 * Rows the cells say are not someone to invite (people who left, guests, things that are not people), or to
 * invite with a note (contractors, people on leave, later starters), each with the column and value behind it.
 */
export function suggestExclusions(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  headers: readonly string[] = [],
): ExclusionSuggestion[] {
  const suggestions: ExclusionSuggestion[] = [];
  const judge = createJudge(mapping, headers);
  rows.forEach((cells, index) => push(suggestions, index, judge(cells)));
  return suggestions;
}

function push(into: ExclusionSuggestion[], index: number, found: Found | undefined): void {
  if (found) into.push({ index, kind: found.kind, reason: `${found.column}: ${found.value}`, column: found.column, value: found.value });
}

/** One judge for many rows, for code that walks a draft itself. */
export function cellJudge(mapping: ColumnMapping, headers: readonly string[]): (cells: readonly string[]) => Omit<ExclusionSuggestion, 'index'> | undefined {
  const judge = createJudge(mapping, headers);
  return (cells) => {
    const found = judge(cells);
    return found && { kind: found.kind, reason: `${found.column}: ${found.value}`, column: found.column, value: found.value };
  };
}

export interface ChunkOptions {
  chunkSize?: number;
  pause?: () => Promise<void>;
  cancelled?: () => boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The same, a few thousand rows at a time, so a page showing a huge roster stays responsive. */
export async function suggestExclusionsInChunks(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  headers: readonly string[] = [],
  { chunkSize = 5000, pause = nextTask, cancelled = (): boolean => false }: ChunkOptions = {},
): Promise<ExclusionSuggestion[]> {
  const suggestions: ExclusionSuggestion[] = [];
  const judge = createJudge(mapping, headers);
  for (let start = 0; start < rows.length; start += chunkSize) {
    if (start > 0) await pause();
    if (cancelled()) return [];
    const end = Math.min(rows.length, start + chunkSize);
    for (let index = start; index < end; index++) push(suggestions, index, judge(rows[index]!));
  }
  return suggestions;
}

/** A row's verdict, with the person it is about. */
export interface RowExclusion {
  /** The draft row's own index. */
  row: number;
  who: string;
  kind: ExclusionKind | LeaveOutKind;
  reason: string;
  column: string;
  value: string;
}
