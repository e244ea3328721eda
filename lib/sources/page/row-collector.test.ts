import { describe, expect, it } from 'vitest';
import { RowCollector } from './row-collector';
import type { TableSnapshot } from './types';

function snapshot(rows: string[][], rowKeys: (string | undefined)[] = rows.map(() => undefined), rowElements: Element[] = []): TableSnapshot {
  return { kind: 'grid', element: {} as Element, headers: [], rows, rowKeys, rowElements };
}

function collector(maxRows = 100) {
  const emitted: string[][] = [];
  return { rows: new RowCollector(maxRows, (r) => emitted.push(...r)), emitted };
}

describe('RowCollector', () => {
  it('takes each row once, by its index or its content, and sends numbered rows in index order once off screen', () => {
    const { rows, emitted } = collector();
    let { added, held } = rows.take(snapshot([['c', '3'], ['a', '1'], ['b', '2']], ['4', '2', '3']), 1);
    expect(added).toBe(3);
    rows.flush(held);
    expect(emitted).toEqual([]);
    ({ added, held } = rows.take(snapshot([['c', '3'], ['d', '4']], ['4', '5']), 1));
    expect(added).toBe(1);
    rows.flush(held);
    expect(emitted).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    rows.flush();
    expect(emitted.map((r) => r[0])).toEqual(['a', 'b', 'c', 'd']);
    expect(rows.count).toBe(4);
  });

  it('sends a numbered row still on screen once it has read the same three times, so an interrupted export keeps it', () => {
    const { rows, emitted } = collector();
    const screen = snapshot([['a', '1'], ['b', '2']], ['1', '2']);
    for (let reading = 1; reading <= 2; reading++) {
      rows.flush(rows.take(screen, 1).held);
      expect(emitted).toEqual([]);
    }
    rows.flush(rows.take(screen, 1).held);
    expect(emitted).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    rows.flush(rows.take(screen, 1).held);
    rows.flush();
    expect(emitted).toHaveLength(2);
  });

  it('keeps the fuller reading of a numbered row', () => {
    const { rows, emitted } = collector();
    rows.take(snapshot([['Jane', '']], ['2']), 1);
    rows.take(snapshot([['Jane', 'jane@example.com']], ['2']), 1);
    rows.take(snapshot([['', '']], ['2']), 1);
    rows.flush();
    expect(emitted).toEqual([['Jane', 'jane@example.com']]);
  });

  it('does not take the rows of the last page again under the next page’s numbers', () => {
    const { rows, emitted } = collector();
    rows.take(snapshot([['Jane', 'jane@example.com']], ['2']), 1);
    expect(rows.take(snapshot([['Jane', 'jane@example.com']], ['2']), 2).added).toBe(0);
    expect(rows.take(snapshot([['John', 'john@example.com']], ['2']), 2).added).toBe(1);
    rows.flush();
    expect(emitted).toHaveLength(2);
  });

  it('says when a reading looks half drawn: a blank where finished rows never had one', () => {
    const { rows } = collector();
    rows.flush();
    expect(rows.take(snapshot([['Ana', 'ana@example.com'], ['Jane', '']]), 1).sparse).toBe(true);
    rows.flush();
    const again = collector();
    again.rows.take(snapshot([['Ana', 'ana@example.com']]), 1);
    again.rows.flush();
    expect(again.rows.take(snapshot([['Jane', '']]), 1).sparse).toBe(true);
    expect(again.rows.take(snapshot([['Bo', 'bo@example.com']]), 1).sparse).toBe(false);
  });

  it('stops taking rows at the limit and says so', () => {
    const { rows, emitted } = collector(2);
    rows.take(snapshot([['a'], ['b'], ['c']]), 1);
    rows.flush();
    expect(emitted).toEqual([['a'], ['b']]);
    expect(rows.limitReached).toBe(true);
  });
});
