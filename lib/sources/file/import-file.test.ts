import { describe, expect, it } from 'vitest';
import { loadReadSummary, saveReadSummary, summariseRead } from './import-file';
import type { FileReadResult } from './read-file';

function memoryStore() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

const RESULT: FileReadResult = {
  table: { headers: ['Email'], rows: [['a@example.com']], origin: { kind: 'file', fileName: 'a.csv', signature: 'email' } },
  format: 'delimited',
  encoding: 'utf-8',
  delimiter: ';',
  notes: ['Skipped 1 title line above the header row (line 3).'],
};

describe('read summaries', () => {
  it('says how a file was read, without its rows', () => {
    const summary = summariseRead(RESULT, 'a.csv');
    expect(summary).toEqual({
      fileName: 'a.csv',
      how: 'UTF-8, separated by semicolons',
      howSaid: { key: 'files.read.separatedBySemicolons', subs: { encoding: 'UTF-8' } },
      notes: RESULT.notes,
    });
    expect(JSON.stringify(summary)).not.toContain('a@example.com');
  });

  it('keeps the sheets of a workbook', () => {
    const book: FileReadResult = { ...RESULT, format: 'workbook', sheet: 'People', sheets: [{ name: 'People', rows: 1, hidden: false }] };
    expect(summariseRead(book, 'b.xlsx')).toMatchObject({ how: 'Excel sheet “People”', sheet: 'People', sheets: book.sheets });
  });

  it('round-trips through session storage, and tolerates junk and a failing store', () => {
    const store = memoryStore();
    saveReadSummary(store, 'd1', summariseRead(RESULT, 'a.csv'));
    expect(loadReadSummary(store, 'd1')?.how).toBe('UTF-8, separated by semicolons');
    expect(loadReadSummary(store, 'd2')).toBeUndefined();
    store.items.set('roster-sync:read:d3', '{not json');
    expect(loadReadSummary(store, 'd3')).toBeUndefined();
    store.items.set('roster-sync:read:d4', '{"fileName":1}');
    expect(loadReadSummary(store, 'd4')).toBeUndefined();
    expect(() =>
      saveReadSummary({ setItem: () => { throw new Error('QuotaExceededError'); } }, 'd5', summariseRead(RESULT, 'a.csv')),
    ).not.toThrow();
  });
});
