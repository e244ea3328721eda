// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readSignedIn, signedInMember } from './signed-in';

const page = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');

describe('readSignedIn', () => {
  it('reads the account menu named for the signed-in person, email and name', () => {
    const doc = page('<header><button aria-label="Account menu, signed in as Jordan Blake (jordan.blake@acme.example)"><span aria-hidden="true">JB</span></button></header>');
    expect(readSignedIn(doc)).toEqual({ email: 'jordan.blake@acme.example', name: 'Jordan Blake' });
  });

  it('reads a tooltip on an avatar, and a name alone', () => {
    expect(readSignedIn(page('<div title="Signed in as Ana Ruiz"><span>AR</span></div>'))).toEqual({ name: 'Ana Ruiz' });
    expect(readSignedIn(page('<a href="/me" aria-label="Angemeldet als lena@firma.example">LF</a>'))).toEqual({ email: 'lena@firma.example' });
  });

  it('finds nobody on a page that shows no account, and never reads the member list as one', () => {
    expect(readSignedIn(page('<header><h1>My Organization</h1></header>'))).toBeUndefined();
    expect(readSignedIn(page('<table><tr><td><button aria-label="Account for x@acme.example">x</button></td></tr></table>'))).toBeUndefined();
  });
});

describe('signedInMember', () => {
  const members = [
    { email: 'jordan.blake@acme.example', name: 'Jordan Blake' },
    { email: 'ana@acme.example', name: 'Ana Ruiz' },
  ];
  it('matches by email, else by a name one member has', () => {
    expect(signedInMember(members, { email: 'jordan.blake@acme.example', name: 'Someone' })).toBe(members[0]);
    expect(signedInMember(members, { name: 'ana ruiz' })).toBe(members[1]);
    expect(signedInMember([...members, { email: 'ana2@acme.example', name: 'Ana Ruiz' }], { name: 'Ana Ruiz' })).toBeUndefined();
    expect(signedInMember(members, undefined)).toBeUndefined();
  });
});
