// What every corpus page shares: its people, from the same seeded generator as the hand-written pages
// (../hr/people.js, loaded first), published as window.demoPeople so the tests compare an export with them.
const STATUSES = ['Active', 'Active', 'Active', 'Invited', 'On leave'];

/** `fallback` people (or ?rows=N), the same for the same seed. */
export function corpusPeople({ fallback, seed, domain }) {
  const { generatePeople, param } = window.RosterDemo;
  const people = generatePeople({ count: param('rows', fallback, 1, 100000), seed, domain }).map((person, index) => ({
    ...person,
    status: STATUSES[index % STATUSES.length],
  }));
  window.demoPeople = people;
  return people;
}

/** Calls back after `ms`, as a server answering a request would (the page's own delay, not the tests'). */
export function later(ms, callback) {
  return new Promise((resolve) => setTimeout(() => resolve(callback()), ms));
}

export const initials = (person) => window.RosterDemo.initials(person);
