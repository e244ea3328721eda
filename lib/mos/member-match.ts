/** A person of the roster as far as matching needs: a work email (lower case, trimmed) and names. */
export interface MatchablePerson {
  email: string;
  firstName: string;
  lastName: string;
  /** A name the person also goes by, e.g. a preferred first name. */
  preferredFirstName?: string;
}

/** A member (or pending invitation) of the mOS organisation as far as matching needs. */
export interface MatchableMember {
  email: string;
  name: string;
}

export interface MemberMatch<M extends MatchableMember> {
  member: M;
  /** By email; or by a name unique on both sides, when the email differs. */
  how: 'email' | 'name';
}

/** Folds a name for comparing: no accents, case or repeated spaces. */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

export function fullName(first: string, last: string): string {
  return `${first} ${last}`.trim().replace(/\s+/g, ' ');
}

/** The folded names a person may be listed under in mOS. */
export function namesOf(person: MatchablePerson): string[] {
  const names = [foldName(fullName(person.firstName, person.lastName))];
  if (person.preferredFirstName) names.push(foldName(fullName(person.preferredFirstName, person.lastName)));
  return names.filter((n) => n !== '');
}

/**
 * Pairs roster people with mOS members: by email first; then by a name that is unique among the people left
 * and among the members left. Every screen (the panel's file, its plan, the sync report) asks this one
 * function, so a person is "already in mOS" on all of them or on none. Expects one person per email.
 */
export function matchMembers<P extends MatchablePerson, M extends MatchableMember>(
  people: readonly P[],
  members: readonly M[],
): Map<P, MemberMatch<M>> {
  const matches = new Map<P, MemberMatch<M>>();
  if (members.length === 0) return matches;
  const byEmail = new Map(members.map((m) => [m.email.trim().toLowerCase(), m]));
  const taken = new Set<M>();
  for (const person of people) {
    const member = byEmail.get(person.email);
    if (member) {
      matches.set(person, { member, how: 'email' });
      taken.add(member);
    }
  }
  const membersByName = new Map<string, M[]>();
  for (const member of members) {
    if (taken.has(member) || !member.name) continue;
    const key = foldName(member.name);
    membersByName.set(key, [...(membersByName.get(key) ?? []), member]);
  }
  const unmatched = people.filter((p) => !matches.has(p));
  const rosterNameCount = new Map<string, number>();
  for (const person of unmatched) for (const n of namesOf(person)) rosterNameCount.set(n, (rosterNameCount.get(n) ?? 0) + 1);
  for (const person of unmatched) {
    for (const name of namesOf(person)) {
      const candidates = membersByName.get(name)?.filter((m) => !taken.has(m)) ?? [];
      if (candidates.length === 1 && rosterNameCount.get(name) === 1) {
        matches.set(person, { member: candidates[0]!, how: 'name' });
        taken.add(candidates[0]!);
        break;
      }
    }
  }
  return matches;
}
