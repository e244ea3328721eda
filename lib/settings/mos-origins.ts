/** Turning what an admin types ("app.mos.example", a pasted URL) into a host match pattern. */

export class OriginInputError extends Error {}

export function mosOriginPattern(input: string): string {
  const text = input.trim();
  if (!text) throw new OriginInputError('Type the address of your mOS app, for example https://app.mos.example');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new OriginInputError(`"${text}" is not a web address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OriginInputError(`"${text}" is not a web address (it must start with https://).`);
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    throw new OriginInputError(`"${url.hostname}" is not a full host name.`);
  }
  // Match patterns cannot carry a port; the host covers every port.
  return `${url.protocol}//${url.hostname}/*`;
}

/** How a pattern reads for an admin: "https://app.mos.example". */
export function describePattern(pattern: string): string {
  return pattern.replace(/\/\*$/, '');
}

export function withPattern(patterns: readonly string[], pattern: string): string[] {
  return patterns.includes(pattern) ? [...patterns] : [...patterns, pattern].sort();
}

export function withoutPatterns(patterns: readonly string[], removed: readonly string[]): string[] {
  return patterns.filter((p) => !removed.includes(p));
}
