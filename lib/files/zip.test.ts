import { describe, expect, it } from 'vitest';
import { makeZip } from '../../e2e/support/zip';
import { inflatedSize, readZipDirectory } from './zip';

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
