import Papa from 'papaparse';
import { parseCourseList } from '../../mos/programs';
import { splitFullName } from './names';

/** One person found in pasted text; values are as written, validation comes later. */
export interface PastedPerson {
  /** 1-based line of the pasted text the person starts on. */
  line: number;
  first_name: string;
  last_name: string;
  email: string;
  job_title: string;
  permissions?: string;
  mos_enable?: boolean;
  mos_opportunity?: boolean;
  course_enrollments?: string;
}

export interface PasteSkip {
  line: number;
  text: string;
  reason: string;
  /** The reason as a kind, so the popup can word it in the admin's language (lib/sources/invite/state.ts). */
  cause: 'noEmail' | 'repeats' | 'tooManyLines';
  /** For a repeat: the line the address is first on. */
  firstLine?: number;
}

export interface PasteResult {
  people: PastedPerson[];
  skipped: PasteSkip[];
}

/** More than a popup should take in one paste (and read within a frame); the editor's file import is the way for big lists. */
export const MAX_PASTED_LINES = 1000;

const EMAIL = /[^\s<>()[\]{},;:"'`]+@[^\s<>()[\]{},;:"'`]+\.[^\s<>()[\]{},;:"'`]+/u;
const USER_ID = /^ext\d{5,}$/i;
const PERMISSION_WORD = /^(member|admin|administrator)$/i;
const TRUE_WORDS = /^(true|yes|y)$/i;
const FALSE_WORDS = /^(false|no|n)$/i;
const LEADING_SEPARATORS = /^[\s,;:|()\-–—]+/;
const TRAILING_SEPARATORS = /[\s,;:|(\-–—]+$/;

type Field = 'first_name' | 'last_name' | 'full_name' | 'email' | 'job_title' | 'permissions' | 'mos_enable' | 'mos_opportunity' | 'course_enrollments';

const HEADER_FIELDS: Record<string, Field> = {
  firstname: 'first_name', givenname: 'first_name', first: 'first_name', forename: 'first_name', preferredname: 'first_name',
  lastname: 'last_name', surname: 'last_name', familyname: 'last_name', last: 'last_name',
  name: 'full_name', fullname: 'full_name', displayname: 'full_name', employee: 'full_name', employeename: 'full_name',
  email: 'email', emailaddress: 'email', workemail: 'email', workemailaddress: 'email', mail: 'email', businessemail: 'email',
  jobtitle: 'job_title', title: 'job_title', position: 'job_title', businesstitle: 'job_title', role: 'job_title',
  permissions: 'permissions', permission: 'permissions', accesslevel: 'permissions',
  mosenable: 'mos_enable', enable: 'mos_enable', enableseat: 'mos_enable',
  mosopportunity: 'mos_opportunity', opportunity: 'mos_opportunity', opportunityseat: 'mos_opportunity',
  courseenrollments: 'course_enrollments', programs: 'course_enrollments', program: 'course_enrollments', courses: 'course_enrollments',
};

function headerField(cell: string): Field | undefined {
  return HEADER_FIELDS[cell.toLowerCase().replace(/[^a-z]/g, '')];
}

function tidy(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(LEADING_SEPARATORS, '')
    .replace(TRAILING_SEPARATORS, '')
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim();
}

interface Segment {
  email?: string;
  /** Text before the address: a display name. */
  before: string;
  /** Text after the address: a job title, or a name in parentheses after a bare address. */
  after: string;
  nameInParentheses: boolean;
}

/** Reads `Jane Doe <jane@acme.com> - Engineer`, `jane@acme.com (Jane Doe)` or plain text. */
function readSegment(text: string): Segment {
  const match = EMAIL.exec(text);
  if (!match) return { before: tidy(text), after: '', nameInParentheses: false };
  const start = match.index;
  const end = start + match[0].length;
  const email = match[0].replace(/\.+$/, '');
  const angled = text[start - 1] === '<' && text[end] === '>';
  const before = text.slice(0, angled ? start - 1 : start).replace(/mailto:\s*$/i, '');
  const after = text.slice(angled ? end + 1 : end);
  const parenthesised = /^\s*\(([^)]*)\)\s*$/.exec(after);
  const nameInParentheses = !angled && tidy(before) === '' && parenthesised !== null;
  return { email, before: tidy(before), after: tidy(parenthesised ? parenthesised[1]! : after), nameInParentheses };
}

/** Splits at any of `separators` outside "quotes" and <angle brackets>. */
function splitOutside(text: string, separators: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (char === '<' && !quoted) angled = true;
    else if (char === '>' && !quoted) angled = false;
    if (!quoted && !angled && separators.includes(char)) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.filter((part) => part.trim() !== '');
}

function nameFromPieces(pieces: string[], lastPieceIsDisplayName: boolean): { first: string; last: string } {
  const named = pieces.map(tidy).filter((piece) => piece !== '' && !USER_ID.test(piece));
  if (named.length === 0) return { first: '', last: '' };
  if (named.length === 1) return splitFullName(named[0]!);
  // `Doe, Jane <jane@…>` unquoted: the comma was the name's own.
  if (named.length === 2 && lastPieceIsDisplayName) return splitFullName(`${named[0]}, ${named[1]}`);
  return { first: named[0]!, last: named.slice(1).join(' ') };
}

/** Cells after the address: seats, programs and permissions are recognised, the first other text is the title. */
function applyTrailing(person: PastedPerson, cells: string[], joinExtraToTitle: boolean): void {
  const seats: boolean[] = [];
  for (const raw of cells) {
    const cell = tidy(raw);
    if (cell === '') continue;
    if (TRUE_WORDS.test(cell) || FALSE_WORDS.test(cell)) seats.push(TRUE_WORDS.test(cell));
    else if (PERMISSION_WORD.test(cell) && person.permissions === undefined) person.permissions = cell;
    else if (isProgramList(cell) && person.course_enrollments === undefined) person.course_enrollments = cell;
    else if (person.job_title === '') person.job_title = cell;
    else if (joinExtraToTitle) person.job_title += `, ${cell}`;
  }
  if (seats[0] !== undefined) person.mos_enable = seats[0];
  if (seats[1] !== undefined) person.mos_opportunity = seats[1];
}

// Every program name and slug mentions MEDDICC/MEDDPICC or the pyramid: a cheap test before the lookup.
const MAYBE_PROGRAM = /medd|pyramid/i;

function isProgramList(cell: string): boolean {
  if (!MAYBE_PROGRAM.test(cell)) return false;
  const { slugs, unknown } = parseCourseList(cell);
  return slugs.length > 0 && unknown.length === 0;
}

/**
 * Groups a line's pieces into people: pieces before an address name that person, pieces after it
 * are their title (and seats or programs when a spreadsheet row carries them). Pieces left after the
 * last title continue it in a line ("VP, Sales"); in a spreadsheet row they are other columns.
 */
function peopleFromPieces(pieces: string[], line: number, kind: 'line' | 'row'): PastedPerson[] {
  const people: PastedPerson[] = [];
  let pending: string[] = [];
  let trailing: string[] = [];
  const settle = () => {
    const person = people[people.length - 1];
    if (person) applyTrailing(person, trailing, kind === 'line');
    trailing = [];
  };
  for (const piece of pieces) {
    const segment = readSegment(piece);
    if (!segment.email) {
      const current = people[people.length - 1];
      if (current && !hasTitle(current, trailing)) trailing.push(piece);
      else pending.push(piece);
      continue;
    }
    settle();
    const nameText = segment.nameInParentheses ? segment.after : segment.before;
    const { first, last } = nameFromPieces([...pending, nameText], nameText !== '');
    people.push({ line, first_name: first, last_name: last, email: segment.email, job_title: '' });
    trailing = segment.nameInParentheses || segment.after === '' ? [] : [segment.after];
    pending = [];
  }
  trailing.push(...pending);
  settle();
  return people;
}

function hasTitle(person: PastedPerson, trailing: string[]): boolean {
  return person.job_title !== '' || trailing.some((piece) => !isSpecialCell(tidy(piece)));
}

function isSpecialCell(cell: string): boolean {
  return TRUE_WORDS.test(cell) || FALSE_WORDS.test(cell) || PERMISSION_WORD.test(cell) || isProgramList(cell);
}

function readLine(text: string, line: number): PastedPerson[] {
  const bySemicolon = splitOutside(text, ';');
  // Outlook separates recipients with ";" and leaves "Doe, Jane" unquoted: commas then belong to names.
  if (bySemicolon.length > 1) return bySemicolon.flatMap((part) => peopleFromPieces([part], line, 'line'));
  return peopleFromPieces(splitOutside(text, ','), line, 'line');
}

interface Row {
  cells: string[];
  line: number;
}

function tableRows(text: string, delimiter: string): Row[] {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, dynamicTyping: false });
  let line = 1;
  const rows: Row[] = [];
  for (const cells of parsed.data) {
    rows.push({ cells, line });
    line += 1 + cells.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
  }
  return rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
}

function headerMap(cells: string[]): Array<Field | undefined> | undefined {
  if (cells.some((cell) => EMAIL.test(cell))) return undefined;
  const fields = cells.map(headerField);
  return fields.includes('email') ? fields : undefined;
}

function booleanCell(cell: string): boolean | undefined {
  if (TRUE_WORDS.test(cell.trim())) return true;
  if (FALSE_WORDS.test(cell.trim())) return false;
  return undefined;
}

function personFromHeaderRow(row: Row, fields: Array<Field | undefined>): PastedPerson | undefined {
  const value = (field: Field) => tidy(row.cells[fields.indexOf(field)] ?? '');
  const segment = readSegment(row.cells[fields.indexOf('email')] ?? '');
  if (!segment.email) return undefined;
  const split = splitFullName(value('full_name') || segment.before);
  const person: PastedPerson = {
    line: row.line,
    first_name: value('first_name') || split.first,
    last_name: value('last_name') || split.last,
    email: segment.email,
    job_title: value('job_title'),
  };
  if (fields.includes('permissions') && value('permissions')) person.permissions = value('permissions');
  const enable = booleanCell(value('mos_enable'));
  const opportunity = booleanCell(value('mos_opportunity'));
  if (enable !== undefined) person.mos_enable = enable;
  if (opportunity !== undefined) person.mos_opportunity = opportunity;
  if (value('course_enrollments')) person.course_enrollments = value('course_enrollments');
  return person;
}

function looksTabular(lines: string[]): string | undefined {
  if (lines.some((line) => line.includes('\t'))) return '\t';
  const first = lines.find((line) => line.trim() !== '') ?? '';
  // A copied CSV with a header row, such as the mOS template itself.
  return headerMap(first.split(',')) ? ',' : undefined;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

function readTable(text: string, delimiter: string, result: PasteResult): void {
  const rows = tableRows(text, delimiter);
  const fields = rows[0] ? headerMap(rows[0].cells) : undefined;
  for (const row of fields ? rows.slice(1) : rows) {
    const people = fields
      ? [personFromHeaderRow(row, fields)].filter((p): p is PastedPerson => p !== undefined)
      : peopleFromPieces(row.cells, row.line, 'row').slice(0, 1);
    if (people.length === 0) result.skipped.push({ line: row.line, text: excerpt(row.cells.join(' ')), reason: 'no email address', cause: 'noEmail' });
    result.people.push(...people);
  }
}

function readLines(lines: string[], result: PasteResult): void {
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    const people = readLine(text, index + 1);
    if (people.length === 0) result.skipped.push({ line: index + 1, text: excerpt(text), reason: 'no email address', cause: 'noEmail' });
    result.people.push(...people);
  });
}

function dropRepeats(result: PasteResult): PasteResult {
  const firstLine = new Map<string, number>();
  const people: PastedPerson[] = [];
  for (const person of result.people) {
    const key = person.email.trim().toLowerCase();
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      result.skipped.push({ line: person.line, text: person.email, reason: `repeats the address on line ${seen}`, cause: 'repeats', firstLine: seen });
      continue;
    }
    firstLine.set(key, person.line);
    people.push(person);
  }
  return { people, skipped: result.skipped.sort((a, b) => a.line - b.line) };
}

/**
 * Finds people in pasted text: `Jane Doe <jane.doe@acme.com>, Engineer II`, one per line or several
 * on a line (Outlook's `;`), bare addresses, or rows copied from a spreadsheet, with or without a
 * header row. Lines without an address are reported, never guessed at.
 */
export function parsePastedPeople(text: string): PasteResult {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = body.split('\n');
  const result: PasteResult = { people: [], skipped: [] };
  if (lines.length > MAX_PASTED_LINES) {
    result.skipped.push({
      line: MAX_PASTED_LINES + 1,
      text: '',
      reason: `only the first ${MAX_PASTED_LINES} lines are read; for longer lists, save them as a CSV file and import it in the editor`,
      cause: 'tooManyLines',
    });
    lines.length = MAX_PASTED_LINES;
  }
  const delimiter = looksTabular(lines);
  if (delimiter) readTable(lines.join('\n'), delimiter, result);
  else readLines(lines, result);
  return dropRepeats(result);
}
