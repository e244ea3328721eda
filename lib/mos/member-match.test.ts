import { describe, expect, it } from 'vitest';
import { foldName, matchMembers } from './member-match';

const person = (firstName: string, lastName: string, email: string, preferredFirstName?: string) => ({ firstName, lastName, email, preferredFirstName });

describe('matching roster people with mOS members', () => {
  it('matches by email first, whatever the member email’s case or spaces', () => {
    const ann = person('Ann', 'Lee', 'ann@example.com');
    const matches = matchMembers([ann], [{ email: ' ANN@example.com', name: 'Someone Else' }]);
    expect(matches.get(ann)).toMatchObject({ how: 'email', member: { name: 'Someone Else' } });
  });

  it('falls back on a name unique on both sides, with or without accents, or the preferred first name', () => {
    const zoe = person('Zoë', 'Martin', 'zoe.martin@new.example');
    const kate = person('Katherine', 'Ng', 'kng@new.example', 'Kate');
    const matches = matchMembers([zoe, kate], [
      { email: 'zoe@old.example', name: 'zoe  martin' },
      { email: 'kate@old.example', name: 'Kate Ng' },
    ]);
    expect(matches.get(zoe)).toMatchObject({ how: 'name', member: { email: 'zoe@old.example' } });
    expect(matches.get(kate)).toMatchObject({ how: 'name', member: { email: 'kate@old.example' } });
  });

  it('never guesses between namesakes, on either side, nor takes a member matched by email', () => {
    const a = person('Sam', 'Ito', 'a@example.com');
    const b = person('Sam', 'Ito', 'b@example.com');
    expect(matchMembers([a, b], [{ email: 'sam@old.example', name: 'Sam Ito' }]).size).toBe(0);
    const c = person('Lee', 'Wu', 'c@example.com');
    expect(matchMembers([c], [{ email: 'x@old.example', name: 'Lee Wu' }, { email: 'y@old.example', name: 'Lee Wu' }]).size).toBe(0);
    const byEmail = person('Jo', 'Day', 'jo@example.com');
    const other = person('Jo', 'Day', 'jo.day@example.com');
    const matches = matchMembers([byEmail, other], [{ email: 'jo@example.com', name: 'Jo Day' }]);
    expect(matches.get(byEmail)?.how).toBe('email');
    expect(matches.has(other)).toBe(false);
  });

  it('folds names for comparing', () => {
    expect(foldName('  Ciarán  Ó Súilleabháin ')).toBe('ciaran o suilleabhain');
  });
});
