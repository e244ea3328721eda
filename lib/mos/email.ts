import { rowMessage } from './row-wording';
import type { Said } from '../said';

// Format (Cf) and control (Cc) characters cover zero-width spaces and joiners, the BOM and every bidi override or isolate.
const HIDDEN_CHARACTERS = /[\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0]/gu;
const WHITESPACE = /\s/u;
const MAX_LENGTH = 254;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// What each ASCII character may be in an address, looked up by code: letter, digit, symbol of the local part.
const LETTER = 1;
const DIGIT = 2;
const LOCAL_SYMBOL = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = ASCII_CLASS[c + 32] = LETTER;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = DIGIT;
for (const symbol of "_!#$%&'*+/=?^`{|}~-") ASCII_CLASS[symbol.charCodeAt(0)] = LOCAL_SYMBOL;
// Codes past 127 read as 0 (undefined | 0): none of the classes.
const isLetter = (c: number) => ((ASCII_CLASS[c]! | 0) & LETTER) !== 0;
const isAlnum = (c: number) => ((ASCII_CLASS[c]! | 0) & (LETTER | DIGIT)) !== 0;
const isLocalChar = (c: number) => (ASCII_CLASS[c]! | 0) !== 0;

/**
 * PRACTICAL_EMAIL for printable ASCII, where \p{L} is A–Z a–z, \p{N} is 0–9 and \p{M} is nothing, read
 * character by character: the Unicode pattern is the most of the time spent checking a big file.
 */
function practicalAsciiEmail(email: string): boolean {
  const at = email.indexOf('@');
  if (at < 1) return false;
  // Local part: a letter, digit or _ first, then those and the symbols, single dots between them.
  const first = email.charCodeAt(0);
  if (!isAlnum(first) && first !== 95) return false;
  for (let i = 1; i < at; i++) {
    const c = email.charCodeAt(i);
    if (c === 46) {
      if (i + 1 >= at || email.charCodeAt(i + 1) === 46) return false;
    } else if (!isLocalChar(c)) return false;
  }
  // Domain: labels of letters, digits and inner hyphens, dot-separated, ending in two or more letters.
  // Walked in place rather than split: this runs on every row of big files.
  let labelStart = at + 1;
  let labels = 0;
  for (let i = labelStart; i <= email.length; i++) {
    if (i < email.length && email.charCodeAt(i) !== 46) continue;
    if (i === email.length) {
      if (labels === 0 || i - labelStart < 2) return false;
      for (let j = labelStart; j < i; j++) if (!isLetter(email.charCodeAt(j))) return false;
      return true;
    }
    if (i === labelStart || !isAlnum(email.charCodeAt(labelStart)) || !isAlnum(email.charCodeAt(i - 1))) return false;
    for (let j = labelStart + 1; j < i - 1; j++) {
      const c = email.charCodeAt(j);
      if (!isAlnum(c) && c !== 45) return false;
    }
    labels++;
    labelStart = i + 1;
  }
  return true;
}
// Dots only between other characters: never first, last or doubled.
const LOCAL_PART = String.raw`[\p{L}\p{N}_](?:\.?[\p{L}\p{N}\p{M}_!#$%&'*+/=?^\x60{|}~-])*`;
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?`;
const PRACTICAL_EMAIL = new RegExp(String.raw`^${LOCAL_PART}@(?:${DOMAIN_LABEL}\.)+\p{L}{2,}$`, 'u');

// Only A–Z and letters past ASCII change when lower-cased.
const MAY_LOWER = /[A-Z\u0080-\uffff]/;

/**
 * text.toLowerCase(), and the very same string when that changes nothing (the usual address): the browser
 * makes a new string on every call, garbage the collector must chase on every row of a big file.
 */
export function lowerCase(text: string): string {
  return MAY_LOWER.test(text) ? text.toLowerCase() : text;
}

/** Trims and lower-cases an address as typed into a roster. */
export function normaliseEmail(raw: string): string {
  return lowerCase(raw.trim());
}

function codePointLabel(char: string): string {
  return 'U+' + (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

function findHiddenCharacter(text: string): string | undefined {
  HIDDEN_CHARACTERS.lastIndex = 0;
  return HIDDEN_CHARACTERS.exec(text)?.[0];
}

// Hidden characters are shown by code point: a bidi override would otherwise reorder the message itself.
function showVisibly(text: string): string {
  return text.replace(HIDDEN_CHARACTERS, (char) => `<${codePointLabel(char)}>`);
}

// Letters of scripts that look alike: a Cyrillic "а" in a Latin name sends the invitation to someone else.
const SCRIPTS = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
] as const;

/** The look-alike letter and the two scripts, when one part of the address (name or domain label) mixes them. */
function mixedScripts(email: string): { char: string; scripts: [string, string] } | undefined {
  for (const part of email.split(/[@.]/)) {
    const found = SCRIPTS.map(([name, pattern]) => ({ name, char: [...part].find((c) => pattern.test(c)) })).filter((s) => s.char);
    const first = found[0];
    const other = found.find((s) => s.name !== 'Latin') ?? found[1];
    if (found.length > 1 && first && other && other !== first) return { char: other.char!, scripts: [first.name, other.name] };
  }
  return undefined;
}

function invalidBecause(email: string): { message: string; said: Said } {
  const shown = { email: showVisibly(email) };
  const mixed = mixedScripts(email);
  if (mixed) {
    const [first, second] = mixed.scripts;
    return rowMessage('emailMixedScripts', { ...shown, first, second, code: codePointLabel(mixed.char), char: mixed.char });
  }
  const hidden = findHiddenCharacter(email);
  if (hidden !== undefined) return rowMessage('emailHidden', { ...shown, code: codePointLabel(hidden) });
  if (WHITESPACE.test(email)) return rowMessage('emailSpace', shown);
  const atCount = email.split('@').length - 1;
  if (atCount === 0) return rowMessage('emailNoAt', shown);
  if (atCount > 1) return rowMessage('emailManyAt', shown);
  if (email.includes('..')) return rowMessage('emailDoubleDot', shown);
  if (email.length > MAX_LENGTH) return rowMessage('emailTooLong', { ...shown, max: MAX_LENGTH });
  return rowMessage('emailInvalid', shown);
}

/** Whether a normalised address passes a practical syntax check. */
export function isValidEmail(email: string): boolean {
  // Printable ASCII holds no hidden character and only Latin letters, so the pattern alone decides.
  if (PRINTABLE_ASCII.test(email)) return email.length <= MAX_LENGTH && practicalAsciiEmail(email);
  return isValidEmailByAllRules(email);
}

/** isValidEmail the long way, for any text; isValidEmail must always give the same answer (see the tests). */
export function isValidEmailByAllRules(email: string): boolean {
  return (
    email.length <= MAX_LENGTH && findHiddenCharacter(email) === undefined && mixedScripts(email) === undefined && PRACTICAL_EMAIL.test(email)
  );
}

/** Why a normalised address is unusable, in English and as a message key, or undefined when it is fine. */
export function emailCheck(email: string): { message: string; said: Said } | undefined {
  if (email === '') return rowMessage('emailMissing');
  if (isValidEmail(email)) return undefined;
  return invalidBecause(email);
}

/** A message saying why a normalised address is unusable, or undefined when it is fine. */
export function emailProblem(email: string): string | undefined {
  return emailCheck(email)?.message;
}
