import { utf16WithoutBom } from './sniff';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

// Windows-1252's 0x80–0x9F; undefined bytes keep their C1 code point, as browsers do.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Windows-1252 by table: some runtimes decode the label as plain Latin-1, losing € – “ ”. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return text;
}

/** The text when every byte sequence is valid UTF-8; decoded once, as a big file costs a pass per decode. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Text from a file's bytes: a byte order mark wins, then UTF-16 recognised by its zero bytes, then
 * UTF-8 when every byte sequence is valid UTF-8, else Windows-1252 (what Excel on Windows writes
 * for "CSV" in Western Europe and the Americas).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom.encoding, text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)) };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, text: new TextDecoder(utf16).decode(bytes) };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { encoding: 'utf-8', text: utf8 };
  return { encoding: 'windows-1252', text: decodeWindows1252(bytes) };
}

export function describeEncoding(encoding: TextEncodingName): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1252': 'Windows-1252' }[encoding];
}
