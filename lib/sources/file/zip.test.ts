import { describe, expect, it } from 'vitest';
import { makeZip } from '../../../e2e/support/zip';
import { inflatedSize, onlyEntries, readZipDirectory } from './zip';

describe('readZipDirectory', () => {
  it('lists entries with their declared sizes without unpacking', () => {
    const zip = new Uint8Array(makeZip([
      { name: 'a.xml', data: 'hello' },
      { name: 'b.xml', data: 'x'.repeat(1000), deflate: true },
    ]));
    expect(readZipDirectory(zip).map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.xml', 0, 5],
      ['b.xml', 8, 1000],
    ]);
  });

  it('fails on a cut archive', () => {
    const zip = makeZip([{ name: 'a.xml', data: 'hello' }]);
    expect(() => readZipDirectory(new Uint8Array(zip.subarray(0, 20)))).toThrow('damaged');
  });
});

describe('inflatedSize', () => {
  it('measures what an entry really unpacks to', async () => {
    const zip = new Uint8Array(makeZip([{ name: 'a.xml', data: 'x'.repeat(50_000), deflate: true }]));
    const [entry] = readZipDirectory(zip);
    expect(await inflatedSize(zip, entry!, 1_000_000)).toBe(50_000);
  });

  it('stops at the limit, and at an entry that unpacks to more than it declared', async () => {
    const bomb = new Uint8Array(makeZip([{ name: 'a.xml', data: Buffer.alloc(3_000_000), deflate: true }]));
    await expect(inflatedSize(bomb, readZipDirectory(bomb)[0]!, 1_000_000)).rejects.toThrow('too-large');
    const liar = new Uint8Array(makeZip([{ name: 'a.xml', data: Buffer.alloc(3_000_000), deflate: true, declaredSize: 1000 }]));
    await expect(inflatedSize(liar, readZipDirectory(liar)[0]!, 10_000_000)).rejects.toThrow('damaged');
  });
});

describe('inflatedSize, against sizes that lie', () => {
  it('refuses an entry that unpacks to less than it declared, or holds data while declaring none', async () => {
    const short = new Uint8Array(makeZip([{ name: 'a.xml', data: 'x'.repeat(1000), deflate: true, declaredSize: 5000 }]));
    await expect(inflatedSize(short, readZipDirectory(short)[0]!, 1_000_000)).rejects.toThrow('damaged');
    const zero = new Uint8Array(makeZip([{ name: 'media/a.png', data: Buffer.alloc(100_000), deflate: true, declaredSize: 0 }]));
    await expect(inflatedSize(zero, readZipDirectory(zero)[0]!, 1_000_000)).rejects.toThrow('damaged');
  });

  it('refuses a stored entry whose size disagrees with its data', async () => {
    const stored = new Uint8Array(makeZip([{ name: 'a.xml', data: 'hello', declaredSize: 4 }]));
    await expect(inflatedSize(stored, readZipDirectory(stored)[0]!, 1_000_000)).rejects.toThrow('damaged');
  });
});

describe('onlyEntries', () => {
  it('writes an archive holding only the entries asked for, each unpacking as before', async () => {
    const zip = new Uint8Array(
      makeZip([
        { name: 'a.xml', data: 'a'.repeat(3000), deflate: true },
        { name: 'media/big.png', data: Buffer.alloc(50_000), deflate: true },
        { name: 'b.rels', data: 'bee' },
      ]),
    );
    const all = readZipDirectory(zip);
    const kept = onlyEntries(zip, all.filter((e) => !e.name.startsWith('media/')));
    const entries = readZipDirectory(kept);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.xml', 8, 3000],
      ['b.rels', 0, 3],
    ]);
    for (const entry of entries) expect(await inflatedSize(kept, entry, 1_000_000)).toBe(entry.uncompressedSize);
    expect(kept.length).toBeLessThan(zip.length);
  });
});
