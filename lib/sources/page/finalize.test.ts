import { describe, expect, it } from 'vitest';
import { finalizeTable, pageSourceTable } from './finalize';

describe('finalizeTable', () => {
  it('pads short rows, leaves out columns empty on every row, and names unnamed columns', () => {
    const table = finalizeTable(['', 'Name', '', 'Email'], [['', 'Jane', 'x1', 'jane@example.com'], ['', 'John', 'x2']], 'table');
    expect(table).toEqual({
      headers: ['Name', 'Column 3', 'Email'],
      rows: [
        ['Jane', 'x1', 'jane@example.com'],
        ['John', 'x2', ''],
      ],
    });
  });

  it('leaves out a list’s column of control words, but keeps a table’s constant column', () => {
    const rows = [
      ['Jane', 'View profile'],
      ['John', 'View profile'],
      ['Ana', 'View profile'],
    ];
    expect(finalizeTable(['Name', 'Column 2'], rows, 'list').headers).toEqual(['Name']);
    expect(finalizeTable(['Name', 'Link'], rows, 'table').headers).toEqual(['Name', 'Link']);
  });

  it('takes a row wider than the headers whole', () => {
    expect(finalizeTable(['Name'], [['Jane', 'extra']], 'list')).toEqual({ headers: ['Name', 'Column 2'], rows: [['Jane', 'extra']] });
  });
});

describe('pageSourceTable', () => {
  it('ends the page door in a SourceTable signed by the headers it keeps, not the empty ones it drops', () => {
    const table = pageSourceTable({ headers: ['', 'Name', 'Email'], rows: [['', 'Jane', 'jane@example.com']], kind: 'table', site: 'hr.example.com', title: 'People' });
    expect(table).toEqual({
      headers: ['Name', 'Email'],
      rows: [['Jane', 'jane@example.com']],
      origin: { kind: 'page', site: 'hr.example.com', title: 'People', signature: 'name|email' },
    });
  });
});
