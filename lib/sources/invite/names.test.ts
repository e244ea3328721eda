import { describe, expect, it } from 'vitest';
import { splitFullName } from './names';

describe('splitFullName', () => {
  it.each([
    ['Jane Doe', 'Jane', 'Doe'],
    ['  Jane   Doe ', 'Jane', 'Doe'],
    ['Doe, Jane', 'Jane', 'Doe'],
    ['"Doe, Jane"', 'Jane', 'Doe'],
    ['Mary Ann Smith', 'Mary Ann', 'Smith'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Anna van der Berg', 'Anna', 'van der Berg'],
    ['María de la Cruz', 'María', 'de la Cruz'],
    ['Ahmad bin Ali', 'Ahmad', 'bin Ali'],
    ['John Smith Jr.', 'John', 'Smith Jr.'],
    ['John Smith, Jr.', 'John', 'Smith Jr.'],
    ['Henry Ford III', 'Henry', 'Ford III'],
    ['Madonna', 'Madonna', ''],
    ['', '', ''],
    ["'Pat Lee'", 'Pat', 'Lee'],
  ])('%j → first %j, last %j', (raw, first, last) => {
    expect(splitFullName(raw)).toEqual({ first, last });
  });

  it('keeps a lower-case particle that starts the name as the first name', () => {
    expect(splitFullName('de Gaulle')).toEqual({ first: 'de', last: 'Gaulle' });
  });
});
