import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { splitDelimitedRows } from './split-rows';

type Newline = '\n' | '\r\n' | '\r';
const papa = (text: string, delimiter: string, newline: Newline) =>
  Papa.parse<string[]>(text, { delimiter, newline, skipEmptyLines: false, dynamicTyping: false }).data;

/** A small seeded generator, so every run tries the same texts. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return a / 4294967296;
  };
}

describe('splitDelimitedRows', () => {
  const cases: Array<[string, string, string, Newline]> = [
    ['plain lines', 'a,b,c\n1,2,3', ',', '\n'],
    ['a final line end', 'a,b\n1,2\n', ',', '\n'],
    ['CRLF', 'a,b\r\n1,2\r\n', ',', '\r\n'],
    ['a lone LF in a CRLF file is text', 'a,b\r\n1\n2,3\r\n', ',', '\r\n'],
    ['CR line ends', 'a;b\r1;2', ';', '\r'],
    ['empty cells and empty lines', ',,\n\n,a,\n', ',', '\n'],
    ['quoted cells with delimiters, line breaks and doubled quotes', 'n,t\n"Doe, Jane","say ""hi""\nthere"\n"",x\n', ',', '\n'],
    ['a quoted cell at the very end', 'a,"b"', ',', '\n'],
    ['a quoted cell ending in a doubled quote', 'a,"b"""', ',', '\n'],
    ['an empty quoted cell last', 'a,""', ',', '\n'],
    ['a quote inside an unquoted cell is text', 'O"Brien,x"y\n"a",b"c"\n', ',', '\n'],
    ['a delimiter last on a line with a quote', '"a",\n"b",', ',', '\n'],
    ['a quoted cell over lines, then plain cells', 'x,"1\r\n2",y,z\r\nnext,line', ',', '\r\n'],
    ['tabs and bars', '"a\tb"\tc\n|d', '\t', '\n'],
    ['bars', 'a|"b|c"|d', '|', '\n'],
    ['formula-like cells', '=SUM(A1),+1,-2,@x\n"=1+1",\t', ',', '\n'],
    ['a byte order mark', '\uFEFFa,b\n1,2', ',', '\n'],
    ['two byte order marks', '\uFEFF\uFEFFa,b', ',', '\n'],
    ['only a line end', '\n', ',', '\n'],
    ['a long cell', `a,${'x'.repeat(50_000)},"${'y'.repeat(20_000)}"`, ',', '\n'],
    ['non-ASCII text', 'Chloé,Müller,"São Paulo, BR"\r\n', ',', '\r\n'],
  ];
  for (const [name, text, delimiter, newline] of cases) {
    it(`reads ${name} as papaparse does`, () => {
      const rows = splitDelimitedRows(text, delimiter, newline);
      expect(rows).toBeDefined();
      expect(rows).toEqual(papa(text, delimiter, newline));
    });
  }

  it('reads a big file of repeated and unique values, quoted and not, as papaparse does', () => {
    const next = seeded(11);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const departments = ['Sales', 'Engineering', 'Customer Success', '', 'Finance, EMEA', 'R&D "Labs"'];
    const names = ['Ana', 'Chloé', "O'Connor", 'Müller', 'Nakamura', '=HYPERLINK("x")', ' Jo ', 'Zoë'];
    const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const lines = ['ID,First,Last,Email,Department,Notes'];
    for (let i = 0; i < 3000; i++) {
      const cells = [`E${i}`, pick(names), pick(names), `p${i}@example.com`, pick(departments), pick(['', 'Imported, 2025', 'line\nbreak', 'plain'])];
      // Some rows shorter or wider than the header, as hand-edited files are.
      const width = next() < 0.05 ? 3 : next() < 0.05 ? 8 : 6;
      lines.push(Array.from({ length: width }, (_, c) => quote(cells[c] ?? 'extra')).join(','));
    }
    const text = lines.join('\r\n');
    expect(splitDelimitedRows(text, ',', '\r\n')).toEqual(papa(text, ',', '\r\n'));
  });

  it('reads an empty text as no rows', () => {
    expect(splitDelimitedRows('', ',', '\n')).toEqual([]);
  });

  it('leaves to papaparse what it reads by its own rules', () => {
    expect(splitDelimitedRows('a,"b\nc', ',', '\n')).toBeUndefined();
    expect(splitDelimitedRows('a,"b" ,c', ',', '\n')).toBeUndefined();
    expect(splitDelimitedRows('"a"x,b', ',', '\n')).toBeUndefined();
    expect(splitDelimitedRows('"a"\r"b"', ',', '\r\n')).toBeUndefined();
  });

  it('agrees with papaparse on many random texts, or leaves them to it', () => {
    const next = seeded(7);
    const alphabet = ['a', 'b', ',', ';', '"', '""', '\n', '\r\n', '\r', ' ', 'é', '\uFEFF', '='];
    let agreed = 0;
    for (let i = 0; i < 5000; i++) {
      let text = '';
      const length = Math.floor(next() * 30);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(next() * alphabet.length)];
      const delimiter = next() < 0.7 ? ',' : ';';
      const newline = (['\n', '\r\n', '\r'] as const)[Math.floor(next() * 3)]!;
      const rows = splitDelimitedRows(text, delimiter, newline);
      if (rows === undefined) continue;
      expect(rows, JSON.stringify({ text, delimiter, newline })).toEqual(papa(text, delimiter, newline));
      agreed++;
    }
    // Most random texts are well-formed enough to be read here.
    expect(agreed).toBeGreaterThan(2500);
  });
});
