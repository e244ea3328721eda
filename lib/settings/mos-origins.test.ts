import { describe, expect, it } from 'vitest';
import { OriginInputError, describePattern, mosOriginPattern, withPattern, withoutPatterns } from './mos-origins';

describe('mosOriginPattern', () => {
  it.each([
    ['app.mos.example', 'https://app.mos.example/*'],
    ['https://app.mos.example/my-organization?tab=1', 'https://app.mos.example/*'],
    ['  HTTPS://App.Mos.Example:8443/x ', 'https://app.mos.example/*'],
    ['http://localhost:5178/mos/', 'http://localhost/*'],
  ])('turns %j into %s', (input, pattern) => {
    expect(mosOriginPattern(input)).toBe(pattern);
  });

  it.each([
    ['', 'empty', ''],
    ['ftp://files.example', 'not-web', 'ftp://files.example'],
    ['intranet', 'not-a-host', 'intranet'],
    ['http://', 'not-an-address', 'http://'],
  ])('refuses %j, saying why', (input, problem, subject) => {
    expect(() => mosOriginPattern(input)).toThrow(OriginInputError);
    expect(() => mosOriginPattern(input)).toThrow(expect.objectContaining({ problem, subject }));
  });
});

describe('pattern lists', () => {
  it('adds once, keeps order stable, and removes', () => {
    const one = withPattern([], 'https://b.example/*');
    const two = withPattern(one, 'https://a.example/*');
    expect(withPattern(two, 'https://a.example/*')).toEqual(['https://a.example/*', 'https://b.example/*']);
    expect(withoutPatterns(two, ['https://a.example/*'])).toEqual(['https://b.example/*']);
    expect(describePattern('https://a.example/*')).toBe('https://a.example');
  });
});
