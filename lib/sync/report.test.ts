import { describe, expect, it } from 'vitest';
import type { PageMember } from '../sources/mos-members/members';
import { buildSyncReport, type RosterPerson } from './report';

function person(first: string, last: string, email: string, jobTitle = 'AE', status?: string): RosterPerson {
  return { firstName: first, lastName: last, email, jobTitle, status };
}

function member(name: string, email: string, extra: Partial<PageMember> = {}): PageMember {
  return { name, email, jobTitle: 'AE', status: 'active', billingStatus: 'Active', progress: 50, ...extra };
}

const statusOf = (report: ReturnType<typeof buildSyncReport>) =>
  Object.fromEntries(report.entries.map((e) => [e.email, e.status]));

describe('buildSyncReport', () => {
  it('sorts everyone into new, member, changed and leaver, with a reason for each', () => {
    const report = buildSyncReport(
      [
        person('Ada', 'Lovelace', 'Ada@Acme.example'),
        person('Sam', 'Lee', 'sam@acme.example'),
        person('Priya', 'Patel', 'priya@acme.example', 'Sales Manager'),
        person('Tom', 'Becker', 'tom@acme.example', 'AE', 'Terminated'),
        person('Pat', 'Pending', 'pat@acme.example'),
      ],
      [
        member('Sam Lee', 'SAM@acme.example'),
        member('Priya Patel', 'priya@acme.example', { jobTitle: 'Account Executive' }),
        member('Tom Becker', 'tom@acme.example'),
        member('Pat Pending', 'pat@acme.example', { status: 'pending', progress: 0 }),
        member('Gone Person', 'gone@acme.example'),
        member('Nina Old', 'nina@acme.example', { status: 'inactive' }),
      ],
    );
    expect(statusOf(report)).toEqual({
      'ada@acme.example': 'new',
      'sam@acme.example': 'member',
      'priya@acme.example': 'changed',
      'tom@acme.example': 'leaver',
      'pat@acme.example': 'member',
      'gone@acme.example': 'leaver',
      'nina@acme.example': 'leaver',
    });
    expect(report.counts).toEqual({ new: 1, member: 2, changed: 1, leaver: 3 });
    const byEmail = new Map(report.entries.map((e) => [e.email, e]));
    expect(byEmail.get('priya@acme.example')!.changes).toEqual([
      'job title: "Account Executive" in mOS, "Sales Manager" in the roster',
    ]);
    expect(byEmail.get('tom@acme.example')!.reason).toBe('Terminated in the roster');
    expect(byEmail.get('pat@acme.example')!.reason).toBe('In both, unchanged (invitation pending)');
    expect(byEmail.get('nina@acme.example')!.reason).toBe('In mOS, not in the roster (already inactive)');
    // Already inactive people need no deactivating.
    expect(report.deactivationCandidates.map((e) => e.email)).toEqual(['tom@acme.example', 'gone@acme.example']);
  });

  it('falls back on a unique name, or the preferred name, when the email differs', () => {
    const report = buildSyncReport(
      [
        { ...person('Robert', 'Smith', 'robert.smith@new.example'), preferredFirstName: 'Bob' },
        person('Zoë', 'Martin', 'zoe@new.example'),
      ],
      [member('Bob Smith', 'bob@old.example'), member('Zoe Martin', 'zoe.martin@old.example')],
    );
    expect(statusOf(report)).toEqual({ 'bob@old.example': 'changed', 'zoe.martin@old.example': 'changed' });
    const bob = report.entries.find((e) => e.email === 'bob@old.example')!;
    expect(bob.reason).toContain('matched by name; mOS has bob@old.example');
    expect(bob.changes).toEqual(['email: bob@old.example in mOS, robert.smith@new.example in the roster']);
  });

  it('does not guess between two people of the same name', () => {
    const report = buildSyncReport(
      [person('Alex', 'Kim', 'alex1@new.example')],
      [member('Alex Kim', 'a.kim@old.example'), member('Alex Kim', 'alex.kim@old.example')],
    );
    expect(report.counts).toEqual({ new: 1, member: 0, changed: 0, leaver: 2 });
  });

  it('keeps excluded roster rows: a member stays a member, but nobody excluded is "new"', () => {
    const report = buildSyncReport(
      [
        { ...person('Con', 'Tractor', 'con@acme.example'), excluded: true },
        { ...person('Sam', 'Lee', 'sam@acme.example'), excluded: true },
      ],
      [member('Sam Lee', 'sam@acme.example')],
    );
    expect(statusOf(report)).toEqual({ 'sam@acme.example': 'member' });
  });

  it('counts repeated roster emails once and lists the repeats', () => {
    const report = buildSyncReport(
      [person('Ada', 'L', 'ada@acme.example'), person('Ada', 'Again', 'ADA@acme.example')],
      [],
    );
    expect(report.entries).toHaveLength(1);
    expect(report.duplicates.map((d) => d.lastName)).toEqual(['Again']);
  });

  it('suggests seats to recover under 10% progress, and warns about administrators', () => {
    const report = buildSyncReport(
      [person('Low', 'User', 'low@acme.example'), person('Boss', 'Admin', 'boss@acme.example'), person('Busy', 'User', 'busy@acme.example')],
      [
        member('Low User', 'low@acme.example', { progress: 9.5 }),
        member('Boss Admin', 'boss@acme.example', { progress: 2, isAdministrator: true }),
        member('Busy User', 'busy@acme.example', { progress: 10 }),
      ],
    );
    expect(report.seatRecovery.map((s) => [s.member.email, s.losesReporting])).toEqual([
      ['low@acme.example', false],
      ['boss@acme.example', true],
    ]);
  });

  it('guards against deactivating more than 20% of active members', () => {
    const members = Array.from({ length: 10 }, (_, i) => member(`P ${i}`, `p${i}@acme.example`));
    const twoLeave = buildSyncReport(members.slice(2).map((m) => person(m.name.split(' ')[0]!, m.name.split(' ')[1]!, m.email)), members);
    expect(twoLeave.guard.triggered).toBe(false);
    const threeLeave = buildSyncReport(members.slice(3).map((m) => person(m.name.split(' ')[0]!, m.name.split(' ')[1]!, m.email)), members);
    expect(threeLeave.guard).toMatchObject({ triggered: true, share: 0.3 });
    expect(threeLeave.guard.message).toContain('3 of 10 active members (30%)');
  });
});
