import { describe, expect, it } from 'vitest';
import { hrSitePattern } from './hr-sites';

describe('hrSitePattern', () => {
  it('turns a typed host or a pasted URL of the HR system into a host pattern', () => {
    expect(hrSitePattern('acme.bamboohr.com')).toBe('https://acme.bamboohr.com/*');
    expect(hrSitePattern(' https://acme.personio.de/staff?page=2 ')).toBe('https://acme.personio.de/*');
  });

  it('says what to type when the address is blank or not a web address', () => {
    expect(() => hrSitePattern('  ')).toThrow('Type the address of your HR system');
    expect(() => hrSitePattern('ftp://files.example')).toThrow('not a web address');
  });
});
