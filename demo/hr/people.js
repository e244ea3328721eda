// Fictional people for the demo HR pages. Seeded, so a page shows the same people on every load,
// and the tests can compare an export with exactly what the page generated (window.demoPeople).
(function () {
  'use strict';

  const FIRST = [
    'Elena', 'Oliver', 'Priya', 'Marcus', 'Zoë', 'Tomás', 'Sam', 'Grace', 'Daniel', 'Aisha', 'Lucía', 'Kenji',
    'Amara', 'Jonas', 'Mei', 'Rafael', 'Ingrid', 'Kwame', 'Sofia', 'Arjun', 'Hannah', 'Mateo', 'Yuki', 'Fatima',
    'Liam', 'Chloé', 'Omar', 'Freya', 'Diego', 'Nadia', 'Ethan', 'Leila', 'Noah', 'Ananya', 'Lukas', 'Maya',
    'Tariq', 'Emma', 'Hiroshi', 'Isabela', 'Ben', 'Olga', 'Kofi', 'Sara', 'Andrés', 'Nina', 'Victor', 'Ruth',
  ];
  const LAST = [
    'Rossi', 'Brown', 'Patel', 'Johnson-Reid', 'Martin', 'Becker', 'Lee', 'Okafor', "O'Brien", 'Khan',
    'Fernández', 'Tanaka', 'Nguyen', 'Schmidt', 'García', 'Kowalski', 'Andersson', 'Mensah', 'Dubois', 'Iyer',
    'Cohen', 'Silva', 'Yamamoto', 'Haddad', 'Murphy', 'Laurent', 'Farouk', 'Eriksen', 'Morales', 'Petrova',
    'Walker', 'Ahmadi', 'Fischer', 'Reddy', 'Novak', 'Costa', 'Adeyemi', 'Jensen', 'Sato', 'Oliveira',
    'MacDonald', 'Ivanova', 'Boateng', 'Lindqvist', 'Ramírez', 'Müller', 'Chen', 'van der Berg',
  ];
  const TITLES = [
    'Account Executive', 'Senior Account Executive', 'Sales Development Representative', 'Sales Manager',
    'Regional Sales Director', 'VP of Sales', 'Sales Engineer', 'Customer Success Manager', 'Enablement Manager',
    'Revenue Operations Analyst', 'Business Development Representative', 'Engineer II', 'Senior Software Engineer',
    'Product Manager', 'Legal Assistant', 'People Partner', 'Finance Analyst', 'Marketing Manager',
    'Director, Global Partner Enablement and Strategic Alliances', 'Solutions Consultant',
  ];
  const DEPARTMENTS = ['Sales', 'Solutions', 'Customer Success', 'Operations', 'Sales Enablement', 'Engineering', 'Product', 'Legal', 'People', 'Finance', 'Marketing'];
  const LOCATIONS = ['New York', 'London', 'Austin', 'Berlin', 'Singapore', 'Toronto', 'Remote – US', 'Sydney'];
  const COMPANIES = ['Northwind Traders', 'Contoso Ltd', 'Fabrikam Inc', 'Tailspin Toys', 'Wide World Importers', 'Adventure Works'];

  // Mulberry32: a tiny, well-known seeded generator.
  function seeded(seed) {
    let a = seed >>> 0;
    return function next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9-]/g, '').toLowerCase();
  }

  function pad(n, width) {
    return String(n).padStart(width, '0');
  }

  /** `count` distinct people, the same for the same seed; emails unique within the set. */
  function generatePeople(options) {
    const count = options.count;
    const random = seeded(options.seed || 1);
    const pick = (list) => list[Math.floor(random() * list.length)];
    const used = new Map();
    const people = [];
    for (let i = 0; i < count; i++) {
      const first = pick(FIRST);
      const last = pick(LAST);
      const local = fold(first) + '.' + fold(last);
      const n = (used.get(local) || 0) + 1;
      used.set(local, n);
      const year = 2015 + Math.floor(random() * 10);
      people.push({
        id: 'E' + (10000 + i),
        first: first,
        last: last,
        name: first + ' ' + last,
        email: (n > 1 ? local + n : local) + '@' + options.domain,
        title: pick(TITLES),
        department: pick(DEPARTMENTS),
        location: pick(LOCATIONS),
        company: pick(COMPANIES),
        phone: '+1 (555) ' + pad(100 + Math.floor(random() * 900), 3) + '-' + pad(Math.floor(random() * 10000), 4),
        startDate: year + '-' + pad(1 + Math.floor(random() * 12), 2) + '-' + pad(1 + Math.floor(random() * 28), 2),
      });
    }
    return people;
  }

  /** A number from the page's query string (?rows=5000, ?delay=400), within bounds. */
  function param(name, fallback, min, max) {
    const raw = new URLSearchParams(location.search).get(name);
    const value = raw === null ? NaN : Number(raw);
    return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
  }

  /** Creates an element with attributes and text: page data is always set as text, never as markup. */
  function el(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? '' : String(value));
    }
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function initials(person) {
    return (person.first[0] + person.last[0]).toUpperCase();
  }

  window.RosterDemo = { generatePeople: generatePeople, param: param, el: el, initials: initials };
})();
