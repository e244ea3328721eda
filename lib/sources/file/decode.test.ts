import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeText(new Uint8Array(Buffer.from('Prénom;Müller')))).toEqual({ encoding: 'utf-8', text: 'Prénom;Müller' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Name')]))).toEqual({ encoding: 'utf-8', text: 'Name' });
  });

  it('reads UTF-16 little- and big-endian with a byte order mark', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...utf16le('Zoë\tÅngström')]))).toEqual({ encoding: 'utf-16le', text: 'Zoë\tÅngström' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...utf16be('Łukasz')]))).toEqual({ encoding: 'utf-16be', text: 'Łukasz' });
  });

  it('recognises UTF-16 without a byte order mark by its zero bytes', () => {
    expect(decodeText(utf16le('Full Name,Email\nJane Doe,jane@example.com'))).toEqual({
      encoding: 'utf-16le',
      text: 'Full Name,Email\nJane Doe,jane@example.com',
    });
    expect(decodeText(utf16be('Full Name,Email')).encoding).toBe('utf-16be');
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8, including its 0x80–0x9F characters', () => {
    // "Müller – „Weiß“ €" as Excel on German Windows saves it.
    const text = decodeText(bytes(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x96, 0x20, 0x84, 0x57, 0x65, 0x69, 0xdf, 0x93, 0x20, 0x80));
    expect(text).toEqual({ encoding: 'windows-1252', text: 'Müller – „Weiß“ €' });
  });

  it('keeps plain ASCII as UTF-8', () => {
    expect(decodeText(new Uint8Array(Buffer.from('a,b\n1,2'))).encoding).toBe('utf-8');
  });
});
