import { describe, expect, it } from 'vitest';
import { describeOrigin, headerSignature, hostName, siteNameOf, sourceOriginSchema } from './source-table';

describe('headerSignature', () => {
  it('trims, lower-cases, collapses inner spaces and joins with |', () => {
    expect(headerSignature(['  First   Name ', 'EMAIL', 'Job\tTitle'])).toBe('first name|email|job title');
  });

  it('is the same for the same columns written differently, and different for other columns', () => {
    expect(headerSignature(['Name', 'Email'])).toBe(headerSignature([' name', 'EMAIL ']));
    expect(headerSignature(['Name', 'Email'])).not.toBe(headerSignature(['Email', 'Name']));
    expect(headerSignature(['Name', 'Email'])).not.toBe(headerSignature(['Name', 'Email', 'Title']));
  });

  it('keeps empty headers as empty slots', () => {
    expect(headerSignature(['Name', '', 'Email'])).toBe('name||email');
    expect(headerSignature([])).toBe('');
  });
});

describe('describeOrigin', () => {
  it('names a page by its title and site', () => {
    expect(describeOrigin({ kind: 'page', site: 'hr.example.com', title: 'People', signature: 'x' })).toBe(
      'People (hr.example.com)',
    );
  });

  it('falls back to the site for a page without a title', () => {
    expect(describeOrigin({ kind: 'page', site: 'hr.example.com', title: '', signature: 'x' })).toBe(
      'hr.example.com (hr.example.com)',
    );
  });

  it('names a file by its file name', () => {
    expect(describeOrigin({ kind: 'file', fileName: 'roster.csv', signature: 'x' })).toBe('roster.csv');
  });
});

describe('sourceOriginSchema', () => {
  it('accepts both kinds and rejects an unknown kind or an oversize file name', () => {
    expect(sourceOriginSchema.safeParse({ kind: 'file', fileName: 'a.csv', signature: 'a' }).success).toBe(true);
    expect(sourceOriginSchema.safeParse({ kind: 'page', site: 's', title: 't', signature: 'a' }).success).toBe(true);
    expect(sourceOriginSchema.safeParse({ kind: 'form', signature: 'a' }).success).toBe(false);
    expect(
      sourceOriginSchema.safeParse({ kind: 'file', fileName: 'a'.repeat(1025), signature: 'a' }).success,
    ).toBe(false);
  });
});

describe('siteNameOf', () => {
  it('takes the name a title ends in after a separator', () => {
    expect(siteNameOf({ site: 'acme.bamboohr.com', title: 'Directory · Acme Corp' })).toBe('Acme Corp');
    expect(siteNameOf({ site: 'x.example', title: 'Employees | BambooHR' })).toBe('BambooHR');
    expect(siteNameOf({ site: 'x.example', title: 'People - Workday' })).toBe('Workday');
  });

  it('gives the host without its port when the title names no site', () => {
    expect(siteNameOf({ site: '127.0.0.1:5173', title: 'People' })).toBe('127.0.0.1');
    expect(siteNameOf({ site: 'www.hr.example:8443', title: '' })).toBe('hr.example');
    expect(siteNameOf({ site: 'hr.example', title: 'Team – a list of everyone who works with us in every office we have' })).toBe('hr.example');
    // A hyphen inside a word is no separator.
    expect(siteNameOf({ site: 'hr.example', title: 'Self-service' })).toBe('hr.example');
  });

  it('keeps an IPv6 host whole', () => {
    expect(hostName('[::1]:8080')).toBe('[::1]');
  });
});
