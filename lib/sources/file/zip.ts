import { FileReadError } from './errors';

export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let i = last; i >= Math.max(0, last - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** The central directory of a ZIP: what it claims to hold, read without unpacking anything. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length >= 22 ? findEndOfDirectory(view) : -1;
  if (end < 0) throw new FileReadError('damaged');
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
    // ZIP64 is for archives past 4 GB or 65,535 entries: far beyond any roster.
    throw new FileReadError('too-large');
  }
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) throw new FileReadError('damaged');
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    entries.push({
      name: (flags & 0x800 ? utf8 : latin1).decode(nameBytes),
      method: view.getUint16(offset + 10, true),
      crc32: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The stored bytes of one entry (still compressed), found through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw new FileReadError('damaged');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new FileReadError('damaged');
  return bytes.subarray(start, end);
}

/**
 * Inflates one entry while counting, and gives up as soon as it yields more than it declared or
 * more than `limit`: a ZIP that lies about its sizes cannot make us unpack a bomb. An entry that
 * unpacks to other than it declared (a declared 0 holding data, say) is damaged: whatever reads it
 * next would trust that size.
 */
export async function inflatedSize(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<number> {
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.length > limit) throw new FileReadError('too-large');
    if (data.length !== entry.uncompressedSize) throw new FileReadError('damaged');
    return data.length;
  }
  if (entry.method !== 8) throw new FileReadError('damaged');
  const cap = Math.min(limit, entry.uncompressedSize);
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) throw new FileReadError(total > limit ? 'too-large' : 'damaged');
    }
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw new FileReadError('damaged');
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  if (total !== entry.uncompressedSize) throw new FileReadError('damaged');
  return total;
}

/**
 * A new archive of just these entries, their stored bytes copied as they are (nothing is unpacked),
 * with fresh headers that carry the sizes already checked, so a reader sees nothing else.
 */
export function onlyEntries(bytes: Uint8Array, entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const pieces = entries.map((entry) => ({ entry, name: encoder.encode(entry.name), data: entryData(bytes, entry) }));
  const localSize = pieces.reduce((sum, p) => sum + 30 + p.name.length + p.data.length, 0);
  const centralSize = pieces.reduce((sum, p) => sum + 46 + p.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const { entry, name, data } of pieces) {
    offsets.push(at);
    view.setUint32(at, LOCAL_SIGNATURE, true);
    view.setUint16(at + 4, 20, true);
    // Bit 11: the name is UTF-8, as written here.
    view.setUint16(at + 6, 0x800, true);
    view.setUint16(at + 8, entry.method, true);
    view.setUint32(at + 14, entry.crc32, true);
    view.setUint32(at + 18, data.length, true);
    view.setUint32(at + 22, entry.uncompressedSize, true);
    view.setUint16(at + 26, name.length, true);
    out.set(name, at + 30);
    out.set(data, at + 30 + name.length);
    at += 30 + name.length + data.length;
  }
  const directoryStart = at;
  pieces.forEach(({ entry, name, data }, i) => {
    view.setUint32(at, CENTRAL_SIGNATURE, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x800, true);
    view.setUint16(at + 10, entry.method, true);
    view.setUint32(at + 16, entry.crc32, true);
    view.setUint32(at + 20, data.length, true);
    view.setUint32(at + 24, entry.uncompressedSize, true);
    view.setUint16(at + 28, name.length, true);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, EOCD_SIGNATURE, true);
  view.setUint16(at + 8, pieces.length, true);
  view.setUint16(at + 10, pieces.length, true);
  view.setUint32(at + 12, at - directoryStart, true);
  view.setUint32(at + 16, directoryStart, true);
  return out;
}
