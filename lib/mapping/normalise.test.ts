import { describe, expect, it } from 'vitest';
import { headerWords, plainText } from './normalise';

describe('headerWords', () => {
  it('splits camelCase, snake_case, punctuation and drops notes in square brackets', () => {
    expect(headerWords('firstName')).toEqual(['first', 'name']);
    expect(headerWords('userPrincipalName')).toEqual(['user', 'principal', 'name']);
    expect(headerWords('first_name')).toEqual(['first', 'name']);
    expect(headerWords('E-Mail-Adresse')).toEqual(['e', 'mail', 'adresse']);
    expect(headerWords('Email Address [Required]')).toEqual(['email', 'address']);
    expect(headerWords('Status [READ ONLY]')).toEqual(['status']);
    expect(headerWords('Name (legal)')).toEqual(['name', 'legal']);
    expect(headerWords('  Job   Title ')).toEqual(['job', 'title']);
  });

  it('removes accents and reads # as number', () => {
    expect(headerWords('Prénom')).toEqual(['prenom']);
    expect(headerWords('Título del puesto')).toEqual(['titulo', 'del', 'puesto']);
    expect(headerWords('Straße')).toEqual(['strasse']);
    expect(headerWords('Employee #')).toEqual(['employee', 'number']);
    expect(headerWords('Beschäftigungsart')).toEqual(['beschaftigungsart']);
  });
});

describe('plainText', () => {
  it('lower-cases and strips accents and punctuation', () => {
    expect(plainText(' Terminated - Voluntary ')).toBe('terminated voluntary');
    expect(plainText('Beëindigd')).toBe('beeindigd');
    expect(plainText('Licencié')).toBe('licencie');
  });
});

describe('plainText on ASCII', () => {
  /** The rule spelled out in full, for any text. */
  const fullRule = (value: string) =>
    value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  it('gives what the full rule gives for every ASCII character and mixes of them', () => {
    const every = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
    for (const c of every) expect(plainText(`A${c}b`)).toBe(fullRule(`A${c}b`));
    for (const value of ['  Terminated - Voluntary ', 'SharedMailbox', 'Open_Position', 'N.N.', '#EXT#', '\t1099\r\n', '', '---', 'ÀB']) {
      expect(plainText(value)).toBe(fullRule(value));
    }
  });
});
