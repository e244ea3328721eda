// Demo data shared by the mOS mocks (demo/mos/ and demo/mos-mui/): Acme Corp's members, and the
// choices mOS offers in its "+ Invite" form. Plain data; each mock keeps its own copy as state.
'use strict';

/** Who is signed in: Jordan Blake, or the member whose email `?signedInAs=` names. */
window.mosSignedIn = function signedIn(members) {
  const wanted = (new URLSearchParams(location.search).get('signedInAs') || 'jordan.blake@acme.example').toLowerCase();
  const me = members.find((m) => m.email.toLowerCase() === wanted) || members[0];
  return {
    name: `${me.firstName} ${me.lastName}`,
    email: me.email.toLowerCase(),
    role: me.permissions || 'Member',
    initials: `${me.firstName[0]}${me.lastName[0]}`,
  };
};

window.mosDemoData = Object.freeze({
  organization: 'Acme Corp',
  members: [
    { firstName: 'Jordan', lastName: 'Blake', email: 'jordan.blake@acme.example', jobTitle: 'Head of Revenue', permissions: 'Administrator', accepted: true, progress: 82 },
    { firstName: 'Sam', lastName: 'Lee', email: 'Sam.Lee@Acme.example', jobTitle: 'Sales Development Representative', accepted: true, progress: 45 },
    { firstName: 'Maria', lastName: 'Gomez', email: 'maria.gomez@acme.example', jobTitle: 'Account Executive', accepted: true, progress: 6 },
    { firstName: 'Chris', lastName: 'Walker', email: 'chris.walker@acme.example', jobTitle: 'Sales Engineer', accepted: true, progress: 100 },
    { firstName: 'Priya', lastName: 'Patel', email: 'Priya.Patel@acme.example', jobTitle: 'Sales Manager', accepted: false, progress: 0 },
    { firstName: 'Nina', lastName: 'Petrova', email: 'nina.petrova@acme.example', jobTitle: 'Account Executive', accepted: true, progress: 30, active: false },
  ],
  programs: [
    'MEDDPICC Leadership and Enablement Toolkit',
    'MEDDPICC Leadership and Enablement Program',
    'MEDDICC Value Program',
    'MEDDPICC Masterclass',
    'MEDDICC Go Live Plan',
    'MEDDICC Value Pyramid Program',
  ],
  permissions: ['Member', 'Manager', 'Administrator'],
  // Newer mOS versions show these two in the invite form as "Product Access".
  productAccess: ['mOS Enable', 'mOS Opportunity'],
});
