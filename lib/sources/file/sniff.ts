import { fileError } from './errors';
import { readZipDirectory } from './zip';

/** What the bytes of a file are, whatever its name says. */
export type FileKind = 'text' | 'workbook' | 'html' | 'xml-spreadsheet';

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < Math.min(end, bytes.length); i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

function zipEntryNames(bytes: Uint8Array, fileName: string): string[] {
  try {
    return readZipDirectory(bytes).map((entry) => entry.name);
  } catch {
    throw fileError('damagedZip', { file: fileName });
  }
}

function describeZip(bytes: Uint8Array, fileName: string): FileKind {
  const names = zipEntryNames(bytes, fileName);
  const has = (test: (name: string) => boolean) => names.some(test);
  if (has((n) => n === 'xl/workbook.xml' || n === 'xl/workbook.bin')) return 'workbook';
  if (has((n) => n === 'content.xml') && ascii(bytes, 30, 120).includes('opendocument.spreadsheet')) return 'workbook';
  if (has((n) => n.startsWith('word/'))) {
    throw fileError('word', { file: fileName });
  }
  if (has((n) => n.startsWith('ppt/'))) {
    throw fileError('powerPoint', { file: fileName });
  }
  if (has((n) => n.startsWith('Index/') && n.endsWith('.iwa'))) {
    throw fileError('numbers', { file: fileName });
  }
  throw fileError('zip', { file: fileName });
}

/** Byte values that never appear in text: NUL and most C0 controls. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 27) || (b > 27 && b < 32)) controls++;
  }
  return controls > sample.length * 0.05;
}

/** UTF-16 text shows a NUL in every other byte; it must not be mistaken for binary. */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 2048 - (Math.min(bytes.length, 2048) % 2));
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return undefined;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/** Markup at the start of a text file (after a BOM and spaces), lower-cased. */
function leadingMarkup(bytes: Uint8Array): string {
  let start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (start < bytes.length && bytes[start]! <= 0x20) start++;
  return ascii(bytes, start, start + 512).toLowerCase();
}

/**
 * Tells what a file really is from its first bytes, and stops early, with a plain reason, on
 * anything that is not a roster: PDFs, images, archives, other programs' files.
 */
export function sniffFile(bytes: Uint8Array, fileName: string): FileKind {
  if (bytes.length === 0) throw fileError('empty', { file: fileName });
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw fileError('pdf', { file: fileName });
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return describeZip(bytes, fileName);
  }
  // Excel 97–2003 workbooks, and password-protected XLSX files, are OLE compound files.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'workbook';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) {
    throw fileError('image', { file: fileName });
  }
  if (startsWith(bytes, [0x1f, 0x8b])) {
    throw fileError('gzip', { file: fileName });
  }
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) {
    throw fileError('archive', { file: fileName });
  }
  if (!hasUtf16Bom(bytes) && !utf16WithoutBom(bytes) && looksBinary(bytes)) {
    throw fileError('binary', { file: fileName });
  }
  const markup = leadingMarkup(bytes);
  if (markup.startsWith('<?xml') && /urn:schemas-microsoft-com:office:spreadsheet|progid="excel\.sheet"/.test(markup)) {
    return 'xml-spreadsheet';
  }
  if (/^<(!doctype html|html|table|meta|head|body)\b/.test(markup)) return 'html';
  return 'text';
}
