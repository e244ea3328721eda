/** Lower-case words of a header: accents, punctuation, camelCase, snake_case and [notes] removed. */
export function headerWords(header: string): string[] {
  return header
    .replace(/\[[^\]]*\]/g, ' ') // Google's "Email Address [Required]", "Status [READ ONLY]"
    .replace(/([a-z\u00df-\u00ff])([A-Z])/g, '$1 $2') // firstName, givenName
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2') // HTMLTable → HTML Table
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/#/g, ' number ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Text of a value reduced for comparison with a word list: accents and case gone, spaces single. */
export function plainText(value: string): string {
  // ASCII text has no accents to take off nor letters to decompose: the same answer without normalize(),
  // which costs the most where every cell of a big file is looked at.
  if (ASCII.test(value)) return value.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ASCII = /^[\x00-\x7f]*$/;
