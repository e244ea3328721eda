import { describe, expect, it } from 'vitest';
import { PROGRAMS, nearestProgram, parseCourseList, toProgramSlug, withProgram } from './programs';

describe('PROGRAMS', () => {
  it('holds the six programs and slugs of the help page, in its order', () => {
    expect(PROGRAMS.map((program) => [program.name, program.slug])).toEqual([
      ['MEDDPICC Leadership and Enablement Toolkit', 'meddpicc-leadership-and-enablement-toolkit'],
      ['MEDDPICC Leadership and Enablement Program', 'meddpicc-leadership-and-enablement-program'],
      ['MEDDICC Value Program', 'meddicc-value-program'],
      ['MEDDPICC Masterclass', 'meddpicc-masterclass'],
      ['MEDDICC Go Live Plan', 'Meddicc-go-live-plan'],
      ['MEDDICC Value Pyramid Program', 'value-pyramid-program'],
    ]);
  });
});

describe('toProgramSlug', () => {
  it.each(PROGRAMS.map((program) => [program.slug] as const))('accepts %s as written', (slug) => {
    expect(toProgramSlug(slug)).toBe(slug);
  });

  it.each(PROGRAMS.map((program) => [program.slug] as const))('accepts %s in upper case', (slug) => {
    expect(toProgramSlug(slug.toUpperCase())).toBe(slug);
  });

  it.each(PROGRAMS.map((program) => [program.slug] as const))('accepts %s in lower case', (slug) => {
    expect(toProgramSlug(slug.toLowerCase())).toBe(slug);
  });

  it.each(PROGRAMS.map((program) => [program.name, program.slug] as const))(
    'accepts the name %s',
    (name, slug) => {
      expect(toProgramSlug(name)).toBe(slug);
      expect(toProgramSlug(name.toLowerCase())).toBe(slug);
    },
  );

  it('trims and collapses inner whitespace', () => {
    expect(toProgramSlug('  meddicc   go\tlive  plan ')).toBe('Meddicc-go-live-plan');
    expect(toProgramSlug(' VALUE-PYRAMID-PROGRAM\n')).toBe('value-pyramid-program');
  });

  it('emits Meddicc-go-live-plan with its published capital M', () => {
    expect(toProgramSlug('meddicc-go-live-plan')).toBe('Meddicc-go-live-plan');
    expect(toProgramSlug('MEDDICC-GO-LIVE-PLAN')).toBe('Meddicc-go-live-plan');
  });

  it('returns undefined for anything else', () => {
    expect(toProgramSlug('')).toBeUndefined();
    expect(toProgramSlug('meddpicc')).toBeUndefined();
    expect(toProgramSlug('meddicc-go-live')).toBeUndefined();
    expect(toProgramSlug('meddicc value  program extra')).toBeUndefined();
  });
});

describe('parseCourseList', () => {
  it('splits on commas, semicolons and newlines, ignoring empty pieces', () => {
    expect(parseCourseList('meddpicc-masterclass, ;MEDDICC Value Program\nvalue-pyramid-program,,')).toEqual({
      slugs: ['meddpicc-masterclass', 'meddicc-value-program', 'value-pyramid-program'],
      unknown: [],
    });
  });

  it('returns nothing for an empty cell', () => {
    expect(parseCourseList('')).toEqual({ slugs: [], unknown: [] });
    expect(parseCourseList(' , ')).toEqual({ slugs: [], unknown: [] });
    expect(parseCourseList([])).toEqual({ slugs: [], unknown: [] });
  });

  it('de-duplicates, keeping the first-seen order', () => {
    expect(
      parseCourseList('value-pyramid-program,meddpicc-masterclass,MEDDICC Value Pyramid Program,Meddpicc-Masterclass'),
    ).toEqual({ slugs: ['value-pyramid-program', 'meddpicc-masterclass'], unknown: [] });
  });

  it('accepts an array, each element possibly holding several courses', () => {
    expect(parseCourseList(['meddicc-go-live-plan', ' MEDDPICC Masterclass,meddicc-value-program '])).toEqual({
      slugs: ['Meddicc-go-live-plan', 'meddpicc-masterclass', 'meddicc-value-program'],
      unknown: [],
    });
  });

  it('reports pieces that are not programs, trimmed and as written', () => {
    expect(parseCourseList('meddpicc-masterclass,  Sales 101 ,sales 101,Sales 101')).toEqual({
      slugs: ['meddpicc-masterclass'],
      unknown: ['Sales 101', 'sales 101'],
    });
  });
});

describe('withProgram', () => {
  it('adds a program in the help page order and takes one out, leaving the rest', () => {
    expect(withProgram(['meddpicc-masterclass'], 'meddpicc-leadership-and-enablement-toolkit', true)).toEqual([
      'meddpicc-leadership-and-enablement-toolkit',
      'meddpicc-masterclass',
    ]);
    expect(withProgram(['meddicc-value-program', 'meddpicc-masterclass'], 'meddicc-value-program', false)).toEqual(['meddpicc-masterclass']);
    expect(withProgram(['meddpicc-masterclass'], 'meddpicc-masterclass', true)).toEqual(['meddpicc-masterclass']);
  });
});

describe('nearestProgram', () => {
  it.each([
    ['Masterclass', 'meddpicc-masterclass'],
    ['MEDDPICC Masterclas', 'meddpicc-masterclass'],
    ['MEDDIC Value Programme', 'meddicc-value-program'],
    ['Go Live Plan', 'Meddicc-go-live-plan'],
    ['meddicc-golive-plan', 'Meddicc-go-live-plan'],
    ['Value Pyramid', 'value-pyramid-program'],
    ['Leadership and Enablement Toolkit', 'meddpicc-leadership-and-enablement-toolkit'],
  ])('offers the program "%s" most likely means', (written, slug) => {
    expect(nearestProgram(written)?.slug).toBe(slug);
  });

  it('offers nothing for a name far from every program', () => {
    expect(nearestProgram('Fire Safety')).toBeUndefined();
    expect(nearestProgram('GDPR Awareness')).toBeUndefined();
    expect(nearestProgram('  ')).toBeUndefined();
  });
});
