import { plainText } from './normalise';
import { STATUS_WORDS } from './values';

/** A full name split into what mOS asks for. */
export interface SplitName {
  given: string;
  family: string;
}

// Post-nominals are no part of a name in mOS: HR holds "Jr." or "PhD" in fields of their own.
const GENERATIONAL = /^(jr|sr|jnr|snr|ii|iii|iv|2nd|3rd|4th)\.?$/i;
const CREDENTIALS = /^(ph\.?d|d\.?phil|dds|dmd|esq|cpa|mba|msc|bsc|cfa|pmp|mph|llm|frcs|facs|obe|mbe|cbe|dr\.?med)\.?$/i;
// Short degrees that are also names ("Ma", "Do") count only as written in capitals or with dots.
const CAPITAL_CREDENTIALS = /^(MD|M\.D|RN|PE|JD|J\.D|BA|B\.A|MA|M\.A|MS|BS|DO|LPN|NP|PA-C|CPA)\.?$/;
// Short ones that are also initials ("M Jones") count only with their dot.
const HONORIFICS = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|herr|frau|mme|mlle|sra|srta|dhr|mevr|dott|ing)\.?$|^(m|sr|fr|hr|mw)\.$/i;

// Words that say what an account is or where a person stands, written after a dash ("Sam Ortiz - Terminated").
const ROLE_WORDS = new Set([
  'admin', 'administrator', 'owner', 'primary owner', 'contractor', 'contract', 'consultant', 'freelancer', 'freelance',
  'intern', 'temp', 'temporary', 'guest', 'external', 'extern', 'externe', 'externo', 'vendor', 'agency', 'terminated',
  'deactivated', 'deleted', 'dismissed', 'former', 'former employee', 'leaver', 'new hire', 'starter', 'test',
  'service account', 'shared', 'prestataire', 'autonomo', 'zzp', 'inhuur', 'gesperrt', 'deaktiviert', 'ehemalig',
]);

// Only after a space: "alert(1)" or "=HYPERLINK(…)" is one word, written as it is.
const TRAILING_BRACKETS = /\s+[([{]([^()[\]{}]*)[)\]}]\s*$/;
const TRAILING_DASH = /\s+[-–—]\s+([^-–—]+)$/;

const isPostNominal = (word: string) => {
  const bare = word.replace(/,$/, '');
  return GENERATIONAL.test(bare) || CREDENTIALS.test(bare) || CAPITAL_CREDENTIALS.test(bare);
};
const isHonorific = (word: string) => HONORIFICS.test(word);
const isRoleOrStatus = (text: string) => {
  const plain = plainText(text);
  return ROLE_WORDS.has(plain) || STATUS_WORDS.has(plain);
};

/** A name cell without what follows the name: "(On Leave)", "[Admin]", " - Terminated"; the notes, in order. */
function withoutSuffix(raw: string): { name: string; notes: string[] } {
  let name = raw.trim();
  const notes: string[] = [];
  for (;;) {
    const bracket = TRAILING_BRACKETS.exec(name);
    // A name that is only a bracket is left alone: there is nothing else to call the person.
    if (bracket && bracket.index > 0) {
      notes.unshift(bracket[1]!.trim());
      name = name.slice(0, bracket.index).trim();
      continue;
    }
    const dash = TRAILING_DASH.exec(name);
    if (dash && isRoleOrStatus(dash[1]!)) {
      notes.unshift(dash[1]!.trim());
      name = name.slice(0, dash.index).trim();
      continue;
    }
    return { name, notes: notes.filter(Boolean) };
  }
}

/**
 * The status or role written after a name ("Aoife Kavanagh (On Leave)" gives "On Leave", "Sam Ortiz -
 * Terminated" gives "Terminated"), for the rules on who is left out; undefined when there is none.
 */
export function nameSuffix(raw: string): string | undefined {
  // Most cells hold no bracket and no dash: no need to look further.
  if (!/[([{\-–—]/.test(raw)) return undefined;
  const { notes } = withoutSuffix(raw);
  return notes.length > 0 ? notes.join(', ') : undefined;
}

function dropPostNominals(words: string[]): string[] {
  const kept = [...words];
  while (kept.length > 1 && isPostNominal(kept[kept.length - 1]!)) kept.pop();
  if (kept.length > 0) kept[kept.length - 1] = kept[kept.length - 1]!.replace(/,$/, '');
  return kept;
}

function dropHonorifics(words: string[]): string[] {
  // "Sr." leads as an honorific (Señor) and trails as a post-nominal (Senior); "Prof. Dr." is two.
  let start = 0;
  while (words.length - start > 1 && isHonorific(words[start]!)) start++;
  return words.slice(start);
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

// A middle initial ("John A. Smith", "Smith, John A") is a middle name: HR holds it in a field of its own.
// Before a surname only a dotted one counts, since "Ó" and "O" start Irish surnames.
const DOTTED_INITIAL = /^\p{L}\.$/u;
const INITIAL = /^\p{L}\.?$/u;
const withoutInitials = (words: string[], initial: RegExp) =>
  words.length > 1 ? [words[0]!, ...words.slice(1).filter((w) => !initial.test(w))] : words;

/**
 * A name written in its own column ("First name", "Last name") as HR holds it: taken as it is, less a
 * status suffix, a leading honorific and trailing post-nominals.
 */
export function cleanNamePart(raw: string): string {
  const value = raw.trim();
  // The usual cell, one or two plain words: nothing to take away.
  if (!/[([{\-–—.,\s]/.test(value)) return value;
  const { name } = withoutSuffix(value);
  return dropPostNominals(dropHonorifics(wordsOf(name))).join(' ');
}

/** "Doe, Jane Mary" or "King, Martin, Jr.": the family name before the comma, the first name all after it. */
function splitSurnameFirst(name: string): SplitName | undefined {
  const parts = name.split(',').map((p) => p.trim()).filter(Boolean);
  while (parts.length > 1 && wordsOf(parts[parts.length - 1]!).every(isPostNominal)) parts.pop();
  // "Jane Doe, PhD" leaves one part: a first-name-first name with its degree after a comma.
  if (parts.length !== 2) return undefined;
  const family = dropPostNominals(wordsOf(parts[0]!));
  const given = withoutInitials(dropPostNominals(dropHonorifics(wordsOf(parts[1]!))), INITIAL);
  return { given: given.join(' '), family: family.join(' ') };
}

/**
 * Splits a full name into first and last name as HR holds them. "Last, First Middle": the first name is
 * everything after the comma. "First Rest": the first word is the first name and the rest the surname,
 * particles included ("Pieter van der Berg", "Ciarán Ó Súilleabháin", "Ana García López"). Honorifics,
 * post-nominals ("Jr.", "PhD") and a status suffix ("(On Leave)", "- Terminated") are left out; a single
 * name is the first name. `familyFirst` reads "Nakamura Hiroshi" with the family name first.
 */
export function splitFullName(raw: string, familyFirst = false): SplitName {
  const { name } = withoutSuffix(raw.replace(/\s+/g, ' '));
  if (name === '') return { given: '', family: '' };
  const surnameFirst = name.includes(',') ? splitSurnameFirst(name) : undefined;
  if (surnameFirst) return surnameFirst;
  const core = withoutInitials(dropPostNominals(dropHonorifics(wordsOf(name.replace(/,/g, ' ')))), DOTTED_INITIAL);
  if (core.length === 1) return { given: core[0]!, family: '' };
  if (familyFirst) return { given: core.slice(1).join(' '), family: core[0]! };
  return { given: core[0]!, family: core.slice(1).join(' ') };
}
