/** Match patterns for the mOS origins the admin granted, plus the test build's loopback ones. */
export const LOOPBACK_TEST_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];

const HOST_CHARS = '[^/?#@\\\\]+';

function patternToRegExp(pattern: string): RegExp {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Not a match pattern: ${pattern}`);
  const [, scheme, host, path] = m;
  const schemeRe = scheme === '*' ? 'https?' : scheme;
  // A host is never allowed to run into a query, fragment or user name: `https://evil.test/?.mos.example/`.
  const hostRe =
    host === '*'
      ? HOST_CHARS
      : host!.startsWith('*.')
        ? `(?:${HOST_CHARS}\\.)?${escape(host!.slice(2))}`
        : escape(host!);
  const pathRe = path!.split('*').map(escape).join('.*');
  // Match patterns ignore the port.
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function urlMatchesAny(url: string | undefined, patterns: readonly string[]): boolean {
  if (!url) return false;
  return patterns.some((p) => patternToRegExp(p).test(url));
}
