/** Seeded generated rosters: the same seed gives the same bytes on every run and machine. */

/** mulberry32: small, fast and good enough to spread names; never Math.random, so runs repeat. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ana', 'Bruno', 'Chloé', 'Dmitri', 'Eun-ji', 'Fatima', 'Gustav', 'Hiroshi', 'Ingrid', 'José', 'Kwame', 'Léa', 'Mateo', 'Nadia', 'Oskar', 'Priya'];
const LAST = ['Almeida', 'Brown', "O'Connor", 'Dubois', 'Eriksson', 'García', 'Hoffmann', 'Ivanova', 'Jensen', 'Kowalski', 'Lefèvre', 'Müller', 'Nakamura', 'Okafor', 'Papadopoulos', 'Quinn'];
const TITLES = ['Account Executive', 'Sales Manager', 'Sales Development Representative', 'Regional Sales Director', 'Customer Success Manager', 'Engineer', 'VP Sales', 'Channel Partner Manager'];
const DEPTS = ['Sales', 'Customer Success', 'Engineering', 'Marketing', 'Finance', 'Operations'];
const CITIES = ['Lisbon', 'Berlin', 'Paris', 'Warsaw', 'Austin', 'Osaka', 'Lagos', 'São Paulo', 'Toronto', 'Sydney'];

export const HEADERS = ['Employee ID', 'First Name', 'Last Name', 'Work Email', 'Job Title', 'Department', 'Location', 'Start Date'];

/** Rows of 8 columns, like a typical HR export. */
export function people(count: number, seed: number): string[][] {
  const next = prng(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const rows: string[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const day = 1 + Math.floor(next() * 28);
    const month = 1 + Math.floor(next() * 12);
    rows[i] = [
      `E${String(100000 + i)}`,
      first,
      last,
      `${first}.${last}.${i}@example.com`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
      pick(TITLES),
      pick(DEPTS),
      pick(CITIES),
      `20${10 + Math.floor(next() * 15)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ];
  }
  return rows;
}

/** CSV text of those rows, quoted where a cell needs it, padded with a notes column to ~150 bytes a row. */
export function csvText(headers: readonly string[], rows: readonly string[][]): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const lines = [[...headers, 'Notes'].map(quote).join(',')];
  for (const row of rows) lines.push([...row, 'Imported from the quarterly HR export, 2025'].map(quote).join(','));
  return lines.join('\r\n');
}
