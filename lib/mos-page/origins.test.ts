import { describe, expect, it } from 'vitest';
import { LOOPBACK_TEST_PATTERNS, urlMatchesAny } from './origins';

describe('urlMatchesAny', () => {
  it('matches an exact host on any port, with any path under the pattern path', () => {
    const patterns = ['https://app.mos.example/*'];
    expect(urlMatchesAny('https://app.mos.example/', patterns)).toBe(true);
    expect(urlMatchesAny('https://app.mos.example/org/members?tab=all#top', patterns)).toBe(true);
    expect(urlMatchesAny('https://app.mos.example:8443/org', patterns)).toBe(true);
  });

  it('keeps http and https apart, and * matches both', () => {
    expect(urlMatchesAny('http://app.mos.example/', ['https://app.mos.example/*'])).toBe(false);
    expect(urlMatchesAny('https://app.mos.example/', ['http://app.mos.example/*'])).toBe(false);
    expect(urlMatchesAny('http://app.mos.example/', ['*://app.mos.example/*'])).toBe(true);
    expect(urlMatchesAny('https://app.mos.example/', ['*://app.mos.example/*'])).toBe(true);
    expect(urlMatchesAny('ftp://app.mos.example/', ['*://app.mos.example/*'])).toBe(false);
  });

  it('matches wildcard subdomains and the bare domain, but not look-alikes', () => {
    const patterns = ['https://*.mos.example/*'];
    expect(urlMatchesAny('https://mos.example/', patterns)).toBe(true);
    expect(urlMatchesAny('https://acme.mos.example/org', patterns)).toBe(true);
    expect(urlMatchesAny('https://a.b.mos.example:444/org', patterns)).toBe(true);
    expect(urlMatchesAny('https://evilmos.example/', patterns)).toBe(false);
    expect(urlMatchesAny('https://mos.example.evil.test/', patterns)).toBe(false);
    expect(urlMatchesAny('https://mos-example/', patterns)).toBe(false);
  });

  it('does not let a query, fragment or user name pose as the host', () => {
    const patterns = ['https://*.mos.example/*', 'https://app.mos.example/*'];
    expect(urlMatchesAny('https://evil.test/?.mos.example/', patterns)).toBe(false);
    expect(urlMatchesAny('https://evil.test/#.mos.example/', patterns)).toBe(false);
    expect(urlMatchesAny('https://evil.test?x.mos.example/', patterns)).toBe(false);
    expect(urlMatchesAny('https://evil.test#x.mos.example/', patterns)).toBe(false);
    expect(urlMatchesAny('https://app.mos.example@evil.test/', patterns)).toBe(false);
    expect(urlMatchesAny('https://x.mos.example@evil.test/', patterns)).toBe(false);
    expect(urlMatchesAny('https://user@x.mos.example.evil.test/', patterns)).toBe(false);
  });

  it('honours the pattern’s path', () => {
    const patterns = ['https://app.mos.example/org/*'];
    expect(urlMatchesAny('https://app.mos.example/org/members', patterns)).toBe(true);
    expect(urlMatchesAny('https://app.mos.example/settings', patterns)).toBe(false);
  });

  it('matches loopback test origins on any port', () => {
    expect(urlMatchesAny('http://127.0.0.1:5173/mos/', LOOPBACK_TEST_PATTERNS)).toBe(true);
    expect(urlMatchesAny('http://localhost:3000/', LOOPBACK_TEST_PATTERNS)).toBe(true);
    expect(urlMatchesAny('https://localhost:3000/', LOOPBACK_TEST_PATTERNS)).toBe(false);
    expect(urlMatchesAny('http://127.0.0.2/', LOOPBACK_TEST_PATTERNS)).toBe(false);
  });

  it('matches any host with *', () => {
    expect(urlMatchesAny('https://anything.test:99/x', ['https://*/*'])).toBe(true);
  });

  it('is false for no URL or no patterns, and throws for a malformed pattern', () => {
    expect(urlMatchesAny(undefined, ['https://*/*'])).toBe(false);
    expect(urlMatchesAny('', ['https://*/*'])).toBe(false);
    expect(urlMatchesAny('https://app.mos.example/', [])).toBe(false);
    expect(() => urlMatchesAny('https://app.mos.example/', ['app.mos.example'])).toThrow(/Not a match pattern/);
  });
});
