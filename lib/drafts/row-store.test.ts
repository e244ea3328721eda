import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRosterDb } from './db';
import { CHUNK_SIZE, baseRow, hasWork, mergeRows, readRowsAt, toChunks, writeNewRows } from './row-store';

describe('source chunks and row records', () => {
  it('packs rows into chunks by index, keeping rule presets in place', () => {
    const rows = [0, 1, CHUNK_SIZE].map((i) => baseRow('d', i, [`r${i}`], i === 1 ? { mos_enable: 'TRUE' } : undefined));
    const chunks = toChunks('d', rows);
    expect(chunks.map((c) => [c.chunk, c.cells.length])).toEqual([
      [0, 2],
      [1, 1],
    ]);
    expect(chunks[0]!.presets).toEqual([null, { mos_enable: 'TRUE' }]);
    expect(chunks[1]!.presets).toBeUndefined();
  });

  it('lays row records over source rows', () => {
    const chunks = toChunks('d', [0, 1, 2].map((i) => baseRow('d', i, [`r${i}`])));
    const worked = { ...baseRow('d', 1, ['r1']), excluded: true, rev: 1 };
    expect(mergeRows(chunks, [worked]).map((r) => [r.index, r.excluded])).toEqual([
      [0, false],
      [1, true],
      [2, false],
    ]);
  });

  it('knows which rows need a record of their own', () => {
    expect(hasWork(baseRow('d', 0, []))).toBe(false);
    expect(hasWork({ ...baseRow('d', 0, []), edits: { email: 'x' } })).toBe(true);
    expect(hasWork({ ...baseRow('d', 0, []), rev: 2 })).toBe(true);
  });

  it('reads single rows from their chunk or their record, and nothing for a row that does not exist', async () => {
    const db = await openRosterDb(`row-store-${crypto.randomUUID()}`);
    const rows = Array.from({ length: CHUNK_SIZE + 2 }, (_, i) => baseRow('d', i, [`r${i}`]));
    rows[3] = { ...rows[3]!, edits: { first_name: 'x' } };
    const write = db.transaction(['drafts', 'rows', 'sources'], 'readwrite');
    await writeNewRows(write, 'd', rows);
    await write.done;
    expect(await db.count('rows')).toBe(1);
    const read = db.transaction(['drafts', 'rows', 'sources']);
    const found = await readRowsAt(read, 'd', [3, CHUNK_SIZE + 1, 99_999]);
    expect(found.map((r) => r && [r.index, r.cells[0], r.edits])).toEqual([
      [3, 'r3', { first_name: 'x' }],
      [CHUNK_SIZE + 1, `r${CHUNK_SIZE + 1}`, {}],
      undefined,
    ]);
  });
});
