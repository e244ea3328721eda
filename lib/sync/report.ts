import type { Said } from '../said';
import { syncMessage } from './wording';
import type { PageMember } from '../sources/mos-members/members';
import { statusKind } from '../mapping';
import { foldName as fold, fullName, matchMembers, namesOf } from '../mos/member-match';

/** One person of the HR roster, as the sync compares them. */
export interface RosterPerson {
  email: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  /** The HR status text when the roster has one ("Active", "Terminated", …). */
  status?: string;
  /** A name the person also goes by, e.g. a preferred first name. */
  preferredFirstName?: string;
  /** Not going into the file (left out, or unable to go): still in the roster, never "new". */
  excluded?: boolean;
  /** The row says the person left (a status, or one written after the name), whether or not it is left out. */
  left?: boolean;
}

export type SyncStatus = 'new' | 'member' | 'changed' | 'leaver';

export interface SyncEntry {
  status: SyncStatus;
  email: string;
  name: string;
  /** Why the entry has its status, in words an admin can check. */
  reason: string;
  /** The reason as a message key; a `changes` placeholder is filled from changesSaid. */
  reasonSaid: Said;
  roster?: RosterPerson;
  member?: PageMember;
  changes: string[];
  changesSaid: Said[];
}

function guardMessage(count: number, active: number, share: number): { message: string; said: Said } {
  const { text, said } = syncMessage('guard', { count, active, percent: Math.round(share * 100) });
  return { message: text, said };
}

export interface SeatRecovery {
  member: PageMember;
  /** Under 10% progress: programs can still be unassigned, which frees the license. */
  programsCanBeUnassigned: boolean;
  /** Under 10% usage: mOS recommends removing the Enable seat so someone else can have it. */
  freeEnableSeat: boolean;
  /** An administrator who loses the Enable seat loses reporting too. */
  losesReporting: boolean;
}

export interface SyncReport {
  entries: SyncEntry[];
  counts: Record<SyncStatus, number>;
  /** Roster rows repeating an email an earlier row has. */
  duplicates: RosterPerson[];
  /** Active or pending members the report suggests deactivating: never the admin signed in. */
  deactivationCandidates: SyncEntry[];
  seatRecovery: SeatRecovery[];
  guard: { triggered: boolean; share: number; message?: string; said?: Said };
}

/** mOS's own line: licenses can be freed only below 10% progress. */
export const PROGRESS_THRESHOLD = 10;
/** Like Okta's directory import, a report that would deactivate more than this share needs a second look. */
export const GUARD_SHARE = 0.2;

function isTerminated(person: RosterPerson): boolean {
  // The same status words as the rows left out of the file, so both agree on who left.
  return person.left ?? (person.status !== undefined && statusKind(person.status) === 'left');
}

/** Differences an admin would fix in mOS: the name and the job title, ignoring case and spacing. */
function differences(person: RosterPerson, member: PageMember): Array<{ text: string; said: Said }> {
  const changes: Array<{ text: string; said: Said }> = [];
  const rosterName = fullName(person.firstName, person.lastName);
  if (member.name && !namesOf(person).includes(fold(member.name))) {
    changes.push(syncMessage('changeName', { mos: member.name, roster: rosterName }));
  }
  if (member.jobTitle && person.jobTitle && fold(member.jobTitle) !== fold(person.jobTitle)) {
    changes.push(syncMessage('changeJobTitle', { mos: member.jobTitle, roster: person.jobTitle }));
  }
  return changes;
}

/** An entry's reason in English and as a key. */
function because({ text, said }: { text: string; said: Said }) {
  return { reason: text, reasonSaid: said };
}

function seatRecoveryFor(members: readonly PageMember[], leaving: ReadonlySet<PageMember>): SeatRecovery[] {
  return members
    .filter((m) => m.status === 'active' && !leaving.has(m) && m.progress !== undefined && m.progress < PROGRESS_THRESHOLD)
    .map((member) => ({
      member,
      programsCanBeUnassigned: true,
      freeEnableSeat: true,
      losesReporting: member.isAdministrator === true,
    }));
}

/** Compares the HR roster with the mOS member list: who to invite, who left, who changed. */
export function buildSyncReport(roster: readonly RosterPerson[], pageMembers: readonly PageMember[]): SyncReport {
  const members = pageMembers.map((m) => ({ ...m, email: m.email.trim().toLowerCase() }));
  const seen = new Set<string>();
  const people: RosterPerson[] = [];
  const duplicates: RosterPerson[] = [];
  for (const person of roster) {
    const email = person.email.trim().toLowerCase();
    if (!email) continue;
    if (seen.has(email)) duplicates.push(person);
    else {
      seen.add(email);
      people.push({ ...person, email });
    }
  }
  const matches = matchMembers(people, members);
  const entries: SyncEntry[] = [];
  const matchedMembers = new Set<PageMember>();
  for (const person of people) {
    const match = matches.get(person);
    const name = fullName(person.firstName, person.lastName);
    if (match) matchedMembers.add(match.member);
    const byName = match?.how === 'name';
    // One who left and is not in mOS is not listed, unless known to be going into the file (put back).
    if (isTerminated(person) && (match || person.excluded !== false)) {
      if (match) {
        const reason = byName
          ? syncMessage('leaverByName', { status: person.status ?? '', memberEmail: match.member.email })
          : syncMessage('leaver', { status: person.status ?? '' });
        entries.push({ status: 'leaver', email: match.member.email, name, ...because(reason), roster: person, member: match.member, changes: [], changesSaid: [] });
      }
      continue;
    }
    if (!match) {
      if (person.excluded) continue;
      entries.push({ status: 'new', email: person.email, name, ...because(syncMessage('new')), roster: person, changes: [], changesSaid: [] });
      continue;
    }
    const changes = differences(person, match.member);
    if (byName) changes.unshift(syncMessage('changeEmail', { mos: match.member.email, roster: person.email }));
    const listed = changes.map((c) => c.text).join('; ');
    const reason =
      changes.length > 0
        ? syncMessage(byName ? 'changedByName' : 'changed', { changes: listed, ...(byName && { memberEmail: match.member.email }) })
        : syncMessage(match.member.status === 'pending' ? 'unchangedPending' : 'unchanged');
    entries.push({
      status: changes.length > 0 ? 'changed' : 'member',
      email: match.member.email,
      name,
      ...because(reason),
      roster: person,
      member: match.member,
      changes: changes.map((c) => c.text),
      changesSaid: changes.map((c) => c.said),
    });
  }
  for (const member of members) {
    if (matchedMembers.has(member)) continue;
    const reason = syncMessage(member.status === 'inactive' ? 'notInRosterInactive' : 'notInRoster');
    entries.push({ status: 'leaver', email: member.email, name: member.name, ...because(reason), member, changes: [], changesSaid: [] });
  }
  const counts = { new: 0, member: 0, changed: 0, leaver: 0 } satisfies Record<SyncStatus, number>;
  for (const entry of entries) counts[entry.status]++;
  // The admin signed in is never offered: deactivating them would lock them out mid-task, and the guard counts as the list does.
  const deactivationCandidates = entries.filter((e) => e.status === 'leaver' && e.member && e.member.status !== 'inactive' && !e.member.isYou);
  const activeMembers = members.filter((m) => m.status !== 'inactive').length;
  const share = activeMembers === 0 ? 0 : deactivationCandidates.length / activeMembers;
  const triggered = share > GUARD_SHARE;
  return {
    entries,
    counts,
    duplicates,
    deactivationCandidates,
    seatRecovery: seatRecoveryFor(members, new Set(deactivationCandidates.map((e) => e.member!))),
    guard: {
      triggered,
      share,
      ...(triggered && guardMessage(deactivationCandidates.length, activeMembers, share)),
    },
  };
}
