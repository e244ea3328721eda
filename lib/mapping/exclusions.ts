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

/** Whether a value holds one of the phrases as whole words ("Terminated - Voluntary" holds "terminated"). */
function holdsPhrase(value: string, phrases: readonly string[]): boolean {
  const text = ` ${plainText(value)} `;
  return phrases.some((phrase) => text.includes(` ${phrase} `));
}

function startsWithPhrase(value: string, phrases: readonly string[]): boolean {
  const text = `${plainText(value)} `;
  return phrases.some((phrase) => text.startsWith(`${phrase} `));
}

/** What a status or type value says of the person, strongest first; undefined for an ordinary employee. */
export function statusKind(value: string): ExclusionKind | undefined {
  if (value.trim() === '') return undefined;
  if (holdsPhrase(value, GONE)) return 'left';
  if (holdsPhrase(value, GUESTS)) return 'guest';
  if (isNotPersonValue(value)) return 'notPerson';
  if (holdsPhrase(value, CONTRACTORS)) return 'contractor';
  if (holdsPhrase(value, ON_LEAVE)) return 'leave';
  if (holdsPhrase(value, FUTURE)) return 'future';
  return undefined;
}

/** A status or role written after a name, as in "Sam Ortiz (Terminated)", and the column it is in. */
interface NameSuffix {
  column: number;
  suffix: string;
}

function nameSuffixOf(cells: readonly string[], mapping: ColumnMapping): NameSuffix | undefined {
  for (const source of [mapping.first_name, mapping.last_name]) {
    for (const ref of source === undefined ? [] : sourceRefs(source)) {
      const suffix = nameSuffix(cells[ref.column] ?? '');
      if (suffix !== undefined) return { column: ref.column, suffix };
    }
  }
  return undefined;
}

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
  const own = personColumns(mapping);
  const titleColumns = new Set(mapping.job_title === undefined ? [] : sourceRefs(mapping.job_title).map((r) => r.column));
  const notPersonValue = remembered(isNotPersonValue);
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
      const named = nameSuffixOf(cells, mapping);
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
      else if (!notPerson && !own.has(column) && cell.length <= 60 && notPersonValue(cell)) {
        notPerson = { kind: 'notPerson', column: headerOf(headers, column), value: cell.trim() };
      }
    }
    if (kept?.kind === 'guest') return kept;
    if (guest) return guest;
    if (kept?.kind === 'notPerson') return kept;
    if (notPerson) return notPerson;
    const placeholder = nameVerdict(cells, mapping, headers, nameWhere, titleColumns);
    return placeholder ?? kept;
  };
}

/** A placeholder name ("Open position", "TBH") or a totals line ("Total", "Summe: 42") where a name would be. */
function nameVerdict(cells: readonly string[], mapping: ColumnMapping, headers: readonly string[], where: string | undefined, titleColumns: ReadonlySet<number>): Found | undefined {
  // pickMappedValues' answers for the four fields looked at, without working out the others for every row.
  const rawEmail = mappedFieldValue(cells, mapping, 'email');
  const mapped = {
    first_name: mappedFieldValue(cells, mapping, 'first_name'),
    last_name: mappedFieldValue(cells, mapping, 'last_name'),
    job_title: mappedFieldValue(cells, mapping, 'job_title'),
    email: rawEmail === undefined ? undefined : cleanEmail(rawEmail),
  };
  const name = [mapped.first_name, mapped.last_name].filter((v) => v && v.trim() !== '').join(' ');
  if (name !== '' && where !== undefined) {
    if (holdsPhrase(name, PLACEHOLDERS) || (mapped.job_title !== undefined && holdsPhrase(mapped.job_title, ['open position', 'vacancy', 'tbh', 'to be hired']) && !/@/.test(mapped.email ?? ''))) {
      return { kind: 'notPerson', column: where, value: name.trim() };
    }
  }
  // A totals line has no address; its first filled cell opens with the word.
  if (/@/.test(mapped.email ?? '')) return undefined;
  const first = cells.findIndex((c, i) => c.trim() !== '' && !titleColumns.has(i));
  if (first >= 0 && startsWithPhrase(cells[first]!, TOTALS)) return { kind: 'notPerson', column: headerOf(headers, first), value: cells[first]!.trim() };
  return undefined;
}

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
