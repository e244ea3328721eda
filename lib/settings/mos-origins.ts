/** Turning what an admin types ("app.mos.example", a pasted URL) into a host match pattern. */

export type OriginProblem = 'empty' | 'not-an-address' | 'not-web' | 'not-a-host';

/** `problem` and `subject` let a screen say it in the admin's language; the message is the English fallback. */
export class OriginInputError extends Error {
  constructor(
    message: string,
    readonly problem: OriginProblem,
    readonly subject = '',
  ) {
    super(message);
  }
}

export function mosOriginPattern(input: string): string {
  const text = input.trim();
  if (!text) throw new OriginInputError('Type the address of your mOS app, for example https://app.mos.example', 'empty');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new OriginInputError(`"${text}" is not a web address.`, 'not-an-address', text);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OriginInputError(`"${text}" is not a web address (it must start with https://).`, 'not-web', text);
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    throw new OriginInputError(`"${url.hostname}" is not a full host name.`, 'not-a-host', url.hostname);
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
