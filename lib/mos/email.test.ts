import { describe, expect, it } from 'vitest';
import { emailProblem, isValidEmail, isValidEmailByAllRules, lowerCase, normaliseEmail } from './email';

describe('normaliseEmail', () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Jane.Doe@Example.COM \t')).toBe('jane.doe@example.com');
  });
});

describe('isValidEmail', () => {
  it.each([
    'jane.doe@example.com',
    'j@example.co',
    '_ops@mail.example.org',
    "o'brien+mos@example.co.uk",
    '9lives@sub-domain.example.io',
    'zoë@exämple.de',
  ])('accepts %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    ['missing @', 'jane.example.com'],
    ['two @', 'jane@doe@example.com'],
    ['empty local part', '@example.com'],
    ['local part starting with a dot', '.jane@example.com'],
    ['local part starting with a hyphen', '-jane@example.com'],
    ['local part ending with a dot', 'jane.@example.com'],
    ['two dots in a row', 'jane..doe@example.com'],
    ['space inside', 'jane doe@example.com'],
    ['no-break space inside', 'jane\u00a0doe@example.com'],
    ['missing TLD', 'jane@example'],
    ['one-letter TLD', 'jane@example.c'],
    ['numeric TLD', 'jane@example.123'],
    ['empty domain label', 'jane@.example.com'],
    ['domain label ending with a hyphen', 'jane@example-.com'],
    ['zero-width space', 'jane\u200b@example.com'],
    ['zero-width joiner', 'ja\u200dne@example.com'],
    ['byte order mark inside', 'jane@exa\ufeffmple.com'],
    ['right-to-left override', 'jane@\u202eexample.com'],
    ['right-to-left isolate', 'jane\u2067@example.com'],
    ['Hangul filler', 'jane\u3164@example.com'],
    ['more than 254 characters', `${'a'.repeat(243)}@example.com`],
  ])('rejects an address with %s', (_why, email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('emailProblem', () => {
  it('is undefined for a good address', () => {
    expect(emailProblem('jane.doe@example.com')).toBeUndefined();
  });

  it('says the email is missing when empty', () => {
    expect(emailProblem('')).toBe('Email is missing');
  });

  it('quotes the address and gives the reason when it knows one', () => {
    expect(emailProblem('jane.example.com')).toBe('"jane.example.com" is not a valid email address: it has no @');
    expect(emailProblem('jane doe@example.com')).toBe(
      '"jane doe@example.com" is not a valid email address: it contains a space',
    );
    expect(emailProblem('a@b@example.com')).toBe('"a@b@example.com" is not a valid email address: it has more than one @');
  });

  it('accepts 254 characters but not 255', () => {
    expect(emailProblem(`${'a'.repeat(242)}@example.com`)).toBeUndefined();
    expect(emailProblem(`${'a'.repeat(243)}@example.com`)).toMatch(/: it is longer than 254 characters$/);
  });

  it('falls back to the plain message', () => {
    expect(emailProblem('jane@example')).toBe('"jane@example" is not a valid email address');
  });

  it('names a hidden character by code point and does not echo it raw', () => {
    const message = emailProblem('jane\u202e@example.com');
    expect(message).toBe(
      '"jane<U+202E>@example.com" is not a valid email address: it contains the hidden character U+202E',
    );
    expect(message).not.toContain('\u202e');
  });

  it('gives the same answer when called repeatedly', () => {
    const email = 'jane\u200b@example.com';
    expect(emailProblem(email)).toBe(emailProblem(email));
    expect(emailProblem(email)).toContain('U+200B');
  });
});

describe('look-alike letters', () => {
  it('refuses a name or domain label that mixes Latin with Cyrillic or Greek letters', () => {
    expect(emailProblem('j\u0430ne@example.com')).toBe(
      '"j\u0430ne@example.com" is not a valid email address: it mixes Latin and Cyrillic letters (U+0430 “\u0430” only looks like a Latin letter)',
    );
    expect(isValidEmail('jane@g\u03bfogle.com')).toBe(false);
  });

  it('accepts addresses written wholly in one script, part by part', () => {
    expect(isValidEmail('иван@пример.рф')).toBe(true);
    expect(isValidEmail('иван@example.com')).toBe(true);
    expect(isValidEmail('müller@example.com')).toBe(true);
  });
});

describe('isValidEmail’s short way for ASCII', () => {
  it('answers as the full rules do, for many generated addresses', () => {
    let a = 99;
    const next = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pieces = ['a', 'Z', '0', '_', '.', '..', '-', '+', '@', '@@', 'example', 'com', 'co.uk', '.de', 'x-y', '-z.', ' ', '!', '#', '`', '~', '"', 'x'.repeat(250), 'é', 'о', '\u200b', '\t'];
    let valid = 0;
    for (let i = 0; i < 20_000; i++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]!);
      const roll = next();
      const email = roll < 0.4 ? `${parts.join('')}@example.com` : roll < 0.7 ? `ana@${parts.join('')}` : parts.join('');
      expect({ email, valid: isValidEmail(email) }).toEqual({ email, valid: isValidEmailByAllRules(email) });
      if (isValidEmail(email)) valid++;
    }
    expect(valid).toBeGreaterThan(1000);
  });
});

describe('lowerCase', () => {
  it('gives what toLowerCase gives, for every character of the first plane and some beyond', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      const text = `a${String.fromCharCode(code)}b@X.com`;
      expect(lowerCase(text)).toBe(text.toLowerCase());
    }
    for (const text of ['', 'jane.doe@example.com', 'Jane.Doe@Example.COM', 'İSTANBUL@örnek.com.tr', 'ΟΔΟΣ@x.gr', 'straße@x.de', '𝐀@x.com', '=A1@x.com']) {
      expect(lowerCase(text)).toBe(text.toLowerCase());
    }
  });
});
