import { describe, expect, it } from 'vitest';
import { splitFullName } from './names';

const split = (name: string, familyFirst = false) => {
  const { given, family } = splitFullName(name, familyFirst);
  return [given, family];
};

describe('splitFullName', () => {
  it('splits "First Last" and leaves out middle names', () => {
    expect(split('Jane Doe')).toEqual(['Jane', 'Doe']);
    expect(split('Jane Mary Doe')).toEqual(['Jane', 'Doe']);
    expect(split('  Jean-Pierre   Dupont ')).toEqual(['Jean-Pierre', 'Dupont']);
    expect(split("Siobhán O'Brien")).toEqual(['Siobhán', "O'Brien"]);
  });

  it('reads "Last, First" with the family name before the comma', () => {
    expect(split('Doe, Jane')).toEqual(['Jane', 'Doe']);
    expect(split('Doe, Jane Mary')).toEqual(['Jane', 'Doe']);
    expect(split('van der Berg, Anna')).toEqual(['Anna', 'van der Berg']);
    expect(split('King Jr., Martin')).toEqual(['Martin', 'King Jr.']);
    expect(split('King, Martin, Jr.')).toEqual(['Martin', 'King Jr.']);
  });

  it('keeps particles with the family name', () => {
    expect(split('Ludwig van Beethoven')).toEqual(['Ludwig', 'van Beethoven']);
    expect(split('Jan van der Berg')).toEqual(['Jan', 'van der Berg']);
    expect(split('María de la Cruz')).toEqual(['María', 'de la Cruz']);
    expect(split('Juan Carlos de la Fuente')).toEqual(['Juan', 'de la Fuente']);
    expect(split('Mohamed bin Salman')).toEqual(['Mohamed', 'bin Salman']);
    expect(split('Leonardo da Vinci')).toEqual(['Leonardo', 'da Vinci']);
    expect(split('Maria von Trapp')).toEqual(['Maria', 'von Trapp']);
    expect(split('Marine Le Pen')).toEqual(['Marine', 'Le Pen']);
    expect(split('Giulia di Lorenzo')).toEqual(['Giulia', 'di Lorenzo']);
    expect(split("Jan in 't Veld")).toEqual(['Jan', "in 't Veld"]);
    // A first name that looks like a particle stays the first name.
    expect(split('Van Morrison')).toEqual(['Van', 'Morrison']);
  });

  it('keeps generational suffixes with the family name and drops degrees and honorifics', () => {
    expect(split('Martin Luther King Jr.')).toEqual(['Martin', 'King Jr.']);
    expect(split('John Smith III')).toEqual(['John', 'Smith III']);
    expect(split('John Smith, Jr.')).toEqual(['John', 'Smith Jr.']);
    expect(split('Jane Doe, PhD')).toEqual(['Jane', 'Doe']);
    expect(split('Jane Doe MBA')).toEqual(['Jane', 'Doe']);
    expect(split('Dr. Jane Doe')).toEqual(['Jane', 'Doe']);
    expect(split('Frau Anna Schmidt')).toEqual(['Anna', 'Schmidt']);
    expect(split('Sr. Juan Pérez')).toEqual(['Juan', 'Pérez']);
    expect(split('Juan Pérez Sr.')).toEqual(['Juan', 'Pérez Sr.']);
  });

  it('gives single names as the first name only', () => {
    expect(split('Madonna')).toEqual(['Madonna', '']);
    expect(split('Teller')).toEqual(['Teller', '']);
    expect(split('')).toEqual(['', '']);
    expect(split('   ')).toEqual(['', '']);
  });

  it('reads family-first names when told to', () => {
    expect(split('Nakamura Hiroshi', true)).toEqual(['Hiroshi', 'Nakamura']);
    expect(split('Kovács János', true)).toEqual(['János', 'Kovács']);
  });
});
