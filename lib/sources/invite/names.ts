export interface SplitName {
  first: string;
  last: string;
}

// Lower-case particles that belong to the surname that follows them ("Ludwig van Beethoven").
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'do', 'du', 'la', 'le', 'ter', 'ten',
  'bin', 'binti', 'al', 'el', 'st.', 'mac',
]);
const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv|v|phd\.?|md\.?|esq\.?)$/i;

function clean(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim();
}

/**
 * Splits a display name as people write it: "Jane Doe", "Doe, Jane", "Ludwig van Beethoven",
 * "John Smith Jr.", or a single name (which becomes the first name).
 */
export function splitFullName(raw: string): SplitName {
  const name = clean(raw);
  if (name === '') return { first: '', last: '' };
  const commaParts = name.split(',').map((part) => part.trim()).filter(Boolean);
  if (commaParts.length === 2 && !SUFFIX.test(commaParts[1]!)) {
    return { first: commaParts[1]!, last: commaParts[0]! };
  }
  const tokens = name.replace(/,/g, ' ').split(' ').filter(Boolean);
  if (tokens.length === 1) return { first: tokens[0]!, last: '' };
  let end = tokens.length;
  const suffixes: string[] = [];
  while (end > 2 && SUFFIX.test(tokens[end - 1]!)) suffixes.unshift(tokens[--end]!);
  let start = end - 1;
  while (start > 1 && PARTICLES.has(tokens[start - 1]!.toLowerCase())) start--;
  return {
    first: tokens.slice(0, start).join(' '),
    last: [...tokens.slice(start, end), ...suffixes].join(' '),
  };
}
