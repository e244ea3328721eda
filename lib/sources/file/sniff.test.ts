import { describe, expect, it } from 'vitest';
import { makeZip } from '../../../e2e/support/zip';
import { FileReadError } from './errors';
import { sniffFile } from './sniff';

const text = (s: string) => new Uint8Array(Buffer.from(s));

function refusal(bytes: Uint8Array, name: string): string {
  try {
    sniffFile(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(FileReadError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('sniffFile', () => {
  it('takes text, workbooks, and Excel-style HTML and XML reports', () => {
    expect(sniffFile(text('Name,Email\n'), 'a.csv')).toBe('text');
    expect(sniffFile(new Uint8Array(makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }])), 'a.xlsx')).toBe('workbook');
    expect(sniffFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls')).toBe('workbook');
    expect(sniffFile(text('\uFEFF<html><body><table><tr><td>Name</td></tr></table>'), 'report.xls')).toBe('html');
    expect(sniffFile(text('  <!DOCTYPE html><html>'), 'report.xls')).toBe('html');
    expect(
      sniffFile(text('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'), 'r.xml'),
    ).toBe('xml-spreadsheet');
    expect(sniffFile(new Uint8Array([0xff, 0xfe, ...Buffer.from('Name\tEmail', 'utf16le')]), 'u.txt')).toBe('text');
    expect(sniffFile(new Uint8Array(Buffer.from('Name\tEmail\nJane\tj@example.com', 'utf16le')), 'u.txt')).toBe('text');
  });

  it('names what a file is when it is not a roster', () => {
    expect(refusal(text('%PDF-1.4 ...'), 'report.pdf')).toContain('report.pdf looks like a PDF');
    expect(refusal(new Uint8Array(makeZip([{ name: 'people.csv', data: 'x' }])), 'x.zip')).toContain('x.zip is a ZIP archive');
    expect(refusal(new Uint8Array(makeZip([{ name: 'word/document.xml', data: 'x' }])), 'x.docx')).toContain('Word document');
    expect(refusal(new Uint8Array(makeZip([{ name: 'ppt/presentation.xml', data: 'x' }])), 'x.pptx')).toContain('PowerPoint');
    expect(refusal(new Uint8Array(makeZip([{ name: 'Index/Document.iwa', data: 'x' }])), 'x.numbers')).toContain('Apple Numbers');
    expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'p.png')).toContain('is an image');
    expect(refusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'p.jpg')).toContain('is an image');
    expect(refusal(new Uint8Array([0x1f, 0x8b, 8, 0]), 'a.csv.gz')).toContain('compressed (.gz)');
    expect(refusal(new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a]), 'a.rar')).toContain('compressed archive');
    expect(refusal(new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8, 9, 10, 11, 0, 14]), 'a.bin')).toContain('binary data');
    expect(refusal(new Uint8Array([]), 'e.csv')).toBe('e.csv is empty: no header row found.');
  });

  it('calls a ZIP with a broken directory damaged', () => {
    const zip = makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]);
    expect(refusal(new Uint8Array(zip.subarray(0, zip.length - 10)), 'cut.xlsx')).toContain('cut.xlsx is a damaged ZIP or Excel file');
  });
});
