/** A full name split into what mOS asks for. */
export interface SplitName {
  given: string;
  family: string;
}

// Words that start a family name: "van der Berg", "de la Cruz", "bin Salman", "von Trapp".
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'dela', 'la', 'le', 'les', 'du', 'des', 'da', 'das', 'do',
  'dos', 'di', 'dei', 'degli', 'ten', 'ter', 'te', "'t", 'in', 'zu', 'zum', 'zur', 'af', 'av',
  'bin', 'binti', 'binte', 'bint', 'ibn', 'al', 'el', 'st', 'st.', 'ap', 'op',
]);

// Generational suffixes belong to the family name ("King Jr."); degrees are not part of a name.
const GENERATIONAL = /^(jr|sr|jnr|snr|ii|iii|iv|v|vi|2nd|3rd|4th)\.?$/i;
const CREDENTIALS = /^(phd|ph\.d|md|m\.d|dds|esq|cpa|mba|msc|bsc|ba|ma|rn|pe|dr\.?med|mag)\.?$/i;
// Short ones that are also initials ("M Jones") count only with their dot.
const HONORIFICS = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|herr|frau|mme|mlle|sra|srta|dhr|mevr)\.?$|^(m|sr|fr|hr|mw)\.$/i;

function isParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase());
}

function dropCredentials(words: string[]): { words: string[]; suffix: string[] } {
  const kept = [...words];
  const suffix: string[] = [];
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!.replace(/,$/, '');
    if (GENERATIONAL.test(last)) suffix.unshift(kept.pop()!.replace(/,$/, ''));
    else if (CREDENTIALS.test(last)) kept.pop();
    else break;
  }
  return { words: kept, suffix };
}

function dropHonorific(words: string[]): string[] {
  // "Sr." leads as an honorific (Señor) but trails as a suffix (Senior): only a leading one is dropped.
  return words.length > 1 && HONORIFICS.test(words[0]!) ? words.slice(1) : words;
}

function withSuffix(family: string, suffix: readonly string[]): string {
  return [family, ...suffix].filter(Boolean).join(' ');
}

/** "Doe, Jane", "Doe Jr., Jane" or "Doe, Jane, Jr.": the family name comes first, before the comma. */
function splitSurnameFirst(name: string): SplitName | undefined {
  const parts = name.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const trailing: string[] = [];
  while (parts.length > 2 && (GENERATIONAL.test(parts[parts.length - 1]!) || CREDENTIALS.test(parts[parts.length - 1]!))) {
    const part = parts.pop()!;
    if (GENERATIONAL.test(part)) trailing.unshift(part);
  }
  // "Jane Doe, Jr." and "Jane Doe, PhD" are suffixes after a given-name-first name, not surname-first.
  if (parts.length === 2 && (GENERATIONAL.test(parts[1]!) || CREDENTIALS.test(parts[1]!))) return undefined;
  if (parts.length !== 2) return undefined;
  const familyWords = dropCredentials(parts[0]!.split(/\s+/));
  const givenWords = dropHonorific(parts[1]!.split(/\s+/));
  return {
    given: givenWords[0] ?? '',
    family: withSuffix(familyWords.words.join(' '), [...familyWords.suffix, ...trailing]),
  };
}

/**
 * Splits a full name into given and family name as people write them: "Jane Doe", "Doe, Jane",
 * "Jane Mary Doe" (the middle name is left out), "Ludwig van Beethoven", "María de la Cruz",
 * "Martin Luther King Jr." (the suffix stays with the family name), and single names ("Madonna").
 * `familyFirst` reads "Nakamura Hiroshi" with the family name first.
 */
export function splitFullName(raw: string, familyFirst = false): SplitName {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name === '') return { given: '', family: '' };
  const surnameFirst = splitSurnameFirst(name);
  if (surnameFirst) return surnameFirst;
  const { words: core, suffix } = dropCredentials(dropHonorific(name.replace(/,/g, ' ').split(' ').filter(Boolean)));
  if (core.length === 1) return { given: core[0]!, family: withSuffix('', suffix) };
  if (familyFirst) return { given: core.slice(1).join(' '), family: withSuffix(core[0]!, suffix) };
  // The family name starts at the first particle after the given name, else it is the last word.
  let familyStart = core.length - 1;
  for (let i = 1; i < core.length - 1; i++) {
    if (isParticle(core[i]!)) {
      familyStart = i;
      break;
    }
  }
  return { given: core[0]!, family: withSuffix(core.slice(familyStart).join(' '), suffix) };
}
