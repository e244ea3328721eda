import { describe, expect, it } from 'vitest';
import { cleanNamePart, nameSuffix, splitFullName } from './names';

const split = (name: string, familyFirst = false) => {
  const { given, family } = splitFullName(name, familyFirst);
  return [given, family];
};

describe('splitFullName', () => {
  it('takes the first word as the first name and the rest as the surname', () => {
    expect(split('Jane Doe')).toEqual(['Jane', 'Doe']);
    expect(split('  Jean-Pierre   Dupont ')).toEqual(['Jean-Pierre', 'Dupont']);
    expect(split("Siobhán O'Brien")).toEqual(['Siobhán', "O'Brien"]);
    // Two Spanish surnames and an Irish one with its "Ó" stay whole.
    expect(split('Ana García López')).toEqual(['Ana', 'García López']);
    expect(split('Ciarán Ó Súilleabháin')).toEqual(['Ciarán', 'Ó Súilleabháin']);
    expect(split('Jane Mary Doe')).toEqual(['Jane', 'Mary Doe']);
    // A middle initial is a middle name, which never goes into either name.
    expect(split('John A. Smith')).toEqual(['John', 'Smith']);
    expect(split('M Jones')).toEqual(['M', 'Jones']);
  });

  it('reads "Last, First Middle" with everything after the comma as the first name', () => {
    expect(split('Doe, Jane')).toEqual(['Jane', 'Doe']);
    expect(split('Nguyen, Thi Mai')).toEqual(['Thi Mai', 'Nguyen']);
    expect(split('Doe, Jane Mary')).toEqual(['Jane Mary', 'Doe']);
    expect(split('Smith, John A.')).toEqual(['John', 'Smith']);
    expect(split('Smith, John A')).toEqual(['John', 'Smith']);
    expect(split('Ciaran O Suilleabhain')).toEqual(['Ciaran', 'O Suilleabhain']);
    expect(split('van der Berg, Anna')).toEqual(['Anna', 'van der Berg']);
    expect(split('Ó Súilleabháin, Ciarán')).toEqual(['Ciarán', 'Ó Súilleabháin']);
  });

  it('keeps particles with the surname', () => {
    expect(split('Pieter van der Berg')).toEqual(['Pieter', 'van der Berg']);
    expect(split('Ludwig van Beethoven')).toEqual(['Ludwig', 'van Beethoven']);
    expect(split('María de la Cruz')).toEqual(['María', 'de la Cruz']);
    expect(split('Mohamed bin Salman')).toEqual(['Mohamed', 'bin Salman']);
    expect(split('Leonardo da Vinci')).toEqual(['Leonardo', 'da Vinci']);
    expect(split('Marine Le Pen')).toEqual(['Marine', 'Le Pen']);
    expect(split("Jan in 't Veld")).toEqual(['Jan', "in 't Veld"]);
    // A first name that looks like a particle stays the first name.
    expect(split('Van Morrison')).toEqual(['Van', 'Morrison']);
  });

  it('leaves honorifics out of either name', () => {
    for (const [name, given, family] of [
      ['Dr. Jane Doe', 'Jane', 'Doe'],
      ['Mr John Smith', 'John', 'Smith'],
      ['Mrs. Amy Lee', 'Amy', 'Lee'],
      ['Ms Lea Roth', 'Lea', 'Roth'],
      ['Prof. Dr. Anna Schmidt', 'Anna', 'Schmidt'],
      ['Herr Jonas Weber', 'Jonas', 'Weber'],
      ['Frau Anna Schmidt', 'Anna', 'Schmidt'],
      ['M. Luc Martin', 'Luc', 'Martin'],
      ['Mme Claire Dubois', 'Claire', 'Dubois'],
      ['Sr. Juan Pérez', 'Juan', 'Pérez'],
      ['Sra. Lucía Gómez', 'Lucía', 'Gómez'],
      ['Dhr. Pieter de Vries', 'Pieter', 'de Vries'],
      ['Mevr. Anouk Bakker', 'Anouk', 'Bakker'],
      ['Schmidt, Dr. Anna', 'Anna', 'Schmidt'],
    ]) expect(split(name!), name).toEqual([given, family]);
    // Initials without a dot are names: "M Jones".
    expect(split('M Jones')).toEqual(['M', 'Jones']);
  });

  it('leaves post-nominals out of either name', () => {
    for (const [name, given, family] of [
      ['Martin Luther King Jr.', 'Martin', 'Luther King'],
      ['John Smith III', 'John', 'Smith'],
      ['John Smith, Jr.', 'John', 'Smith'],
      ['Juan Pérez Sr.', 'Juan', 'Pérez'],
      ['Jane Doe, PhD', 'Jane', 'Doe'],
      ['Jane Doe MBA', 'Jane', 'Doe'],
      ['Omar Haddad, CPA', 'Omar', 'Haddad'],
      ['Grace Park MD', 'Grace', 'Park'],
      ['Jane Doe, MD, PhD', 'Jane', 'Doe'],
      ['King Jr., Martin', 'Martin', 'King'],
      ['King, Martin, Jr.', 'Martin', 'King'],
      ['Doe, Jane, PhD', 'Jane', 'Doe'],
    ]) expect(split(name!), name).toEqual([given, family]);
    // "Ma" and "Do" are surnames, not degrees.
    expect(split('Jane Ma')).toEqual(['Jane', 'Ma']);
    expect(split('Minh Do')).toEqual(['Minh', 'Do']);
  });

  it('leaves a status or role suffix in brackets or after a dash out of the name', () => {
    expect(split('Aoife Kavanagh (On Leave)')).toEqual(['Aoife', 'Kavanagh']);
    expect(split('Sam Ortiz - Terminated')).toEqual(['Sam', 'Ortiz']);
    expect(split('Lee Chan (Contractor)')).toEqual(['Lee', 'Chan']);
    expect(split('Ravi Shah [Admin]')).toEqual(['Ravi', 'Shah']);
    expect(split('Kavanagh, Aoife (On Leave)')).toEqual(['Aoife', 'Kavanagh']);
    expect(split('Jonas Weber – Ausgetreten')).toEqual(['Jonas', 'Weber']);
    // A double-barrelled surname is one name, and a dash before a surname is kept.
    expect(split('Oliver Smith-Jones')).toEqual(['Oliver', 'Smith-Jones']);
    expect(split('Maria Lopez - Garcia')).toEqual(['Maria', 'Lopez - Garcia']);
  });

  it('gives single names as the first name only', () => {
    expect(split('Madonna')).toEqual(['Madonna', '']);
    expect(split('')).toEqual(['', '']);
    expect(split('   ')).toEqual(['', '']);
  });

  it('reads family-first names when told to', () => {
    expect(split('Nakamura Hiroshi', true)).toEqual(['Hiroshi', 'Nakamura']);
    expect(split('Kovács János', true)).toEqual(['János', 'Kovács']);
  });
});

describe('nameSuffix', () => {
  it('gives the status or role after a name, and nothing for a plain name', () => {
    expect(nameSuffix('Aoife Kavanagh (On Leave)')).toBe('On Leave');
    expect(nameSuffix('Sam Ortiz - Terminated')).toBe('Terminated');
    expect(nameSuffix('Lee Chan (Contractor)')).toBe('Contractor');
    expect(nameSuffix('Ravi Shah (Admin)')).toBe('Admin');
    expect(nameSuffix('Jonas Weber (Ausgetreten)')).toBe('Ausgetreten');
    expect(nameSuffix('Lee Chan (Contractor) (Inactive)')).toBe('Contractor, Inactive');
    expect(nameSuffix('Oliver Smith-Jones')).toBeUndefined();
    expect(nameSuffix('Maria Lopez - Garcia')).toBeUndefined();
    expect(nameSuffix('Jane Doe')).toBeUndefined();
  });
});

describe('cleanNamePart', () => {
  it('takes a first or last name column as it is, less honorifics, post-nominals and a status suffix', () => {
    expect(cleanNamePart('Mary Ann')).toBe('Mary Ann');
    expect(cleanNamePart('van der Berg')).toBe('van der Berg');
    expect(cleanNamePart('Ó Súilleabháin')).toBe('Ó Súilleabháin');
    expect(cleanNamePart('Smith-Jones')).toBe('Smith-Jones');
    expect(cleanNamePart('Dr. Jane')).toBe('Jane');
    expect(cleanNamePart('Doe PhD')).toBe('Doe');
    expect(cleanNamePart('King Jr.')).toBe('King');
    expect(cleanNamePart('Kavanagh (On Leave)')).toBe('Kavanagh');
    expect(cleanNamePart(' Ma ')).toBe('Ma');
    expect(cleanNamePart('')).toBe('');
  });
});
