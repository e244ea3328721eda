// Format (Cf) and control (Cc) characters cover zero-width spaces and joiners, the BOM and every bidi override or isolate.
const HIDDEN_CHARACTERS = /[\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0]/gu;
const WHITESPACE = /\s/u;
const MAX_LENGTH = 254;
// Dots only between other characters: never first, last or doubled.
const LOCAL_PART = String.raw`[\p{L}\p{N}_](?:\.?[\p{L}\p{N}\p{M}_!#$%&'*+/=?^\x60{|}~-])*`;
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?`;
const PRACTICAL_EMAIL = new RegExp(String.raw`^${LOCAL_PART}@(?:${DOMAIN_LABEL}\.)+\p{L}{2,}$`, 'u');

/** Trims and lower-cases an address as typed into a roster. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
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

function specificReason(email: string): string | undefined {
  const mixed = mixedScripts(email);
  if (mixed) {
    return `it mixes ${mixed.scripts[0]} and ${mixed.scripts[1]} letters (${codePointLabel(mixed.char)} “${mixed.char}” only looks like a ${mixed.scripts[0]} letter)`;
  }
  const hidden = findHiddenCharacter(email);
  if (hidden !== undefined) return `it contains the hidden character ${codePointLabel(hidden)}`;
  if (WHITESPACE.test(email)) return 'it contains a space';
  const atCount = email.split('@').length - 1;
  if (atCount === 0) return 'it has no @';
  if (atCount > 1) return 'it has more than one @';
  if (email.includes('..')) return 'it has two dots in a row';
  if (email.length > MAX_LENGTH) return `it is longer than ${MAX_LENGTH} characters`;
  return undefined;
}

/** Whether a normalised address passes a practical syntax check. */
export function isValidEmail(email: string): boolean {
  return (
    email.length <= MAX_LENGTH && findHiddenCharacter(email) === undefined && mixedScripts(email) === undefined && PRACTICAL_EMAIL.test(email)
  );
}

/** A message saying why a normalised address is unusable, or undefined when it is fine. */
export function emailProblem(email: string): string | undefined {
  if (email === '') return 'Email is missing';
  if (isValidEmail(email)) return undefined;
  const message = `"${showVisibly(email)}" is not a valid email address`;
  const reason = specificReason(email);
  return reason === undefined ? message : `${message}: ${reason}`;
}
