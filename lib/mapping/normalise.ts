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
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
