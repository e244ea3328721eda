// The mOS "My Organization" app's state and rules, shared by the pages built with real component libraries
// (mos-material.jsx, mos-antd.jsx): the same members, invite and import behaviour as the hand-written mocks
// (demo/mos/, demo/mos-mui/), and the same test hooks on `window.mosMock`. Not an entry of its own.
import { useCallback, useEffect, useState } from 'react';

const DATA = window.mosDemoData;
const { readImportRecords, EMAIL_PATTERN } = window.mosDemoCsv;

export { DATA, EMAIL_PATTERN };
export const ME = window.mosSignedIn(DATA.members);
export const VIEWS = { dashboard: 'Dashboard', 'my-organization': 'My Organization', programs: 'Programs', reporting: 'Reporting' };
export const BILLING = ['Active', 'Deactivate'];

// ---- Test hooks (part of the mock, not of the product) ----

window.mosMock = { received: [], imported: [], invited: [] };
let mockEventCount = 0;
document.body.dataset.mosMockEvents = '0';

function bumpMockEvents() {
  mockEventCount += 1;
  document.body.dataset.mosMockEvents = String(mockEventCount);
}

// A file dropped outside the drop box must not make the browser navigate away to it.
for (const type of ['dragover', 'drop']) {
  window.addEventListener(type, (event) => {
    if (!event.defaultPrevented) event.preventDefault();
  });
}

// ---- Data ----

function makeMember({ firstName = '', lastName = '', email, jobTitle = '', permissions = 'Member', accepted = false, progress = 0, active = true }) {
  const name = `${firstName.trim()} ${lastName.trim()}`.trim() || email;
  return { name, email, jobTitle: jobTitle.trim(), permissions, accepted, progress, active };
}

export function statusOf(member) {
  if (!member.active) return 'Inactive';
  return member.accepted ? 'Active' : 'Pending invitation';
}

export function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function initialsOf(name) {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0].toUpperCase()).join('');
}

/** The problem with one form's email, or null; `seen` holds the emails of the forms before it. */
export function emailProblem(email, members, seen = new Set()) {
  if (!email) return 'Email Address is required.';
  if (!EMAIL_PATTERN.test(email)) return `${email} is not a valid email address.`;
  if (members.some((m) => m.email.trim().toLowerCase() === email.toLowerCase())) return `${email} is already a member of your organization.`;
  if (seen.has(email.toLowerCase())) return `${email} is listed twice.`;
  return null;
}

let nextFormKey = 1;

export function newForm() {
  return { key: nextFormKey++, first_name: '', last_name: '', email: '', job_title: '', permissions: DATA.permissions[0], access: [DATA.productAccess[0]], programs: [] };
}

function entryOf(form) {
  return {
    first_name: form.first_name.trim(),
    last_name: form.last_name.trim(),
    email: form.email.trim(),
    job_title: form.job_title.trim(),
    permissions: form.permissions,
    product_access: DATA.productAccess.filter((seat) => form.access.includes(seat)),
    programs: DATA.programs.filter((program) => form.programs.includes(program)),
  };
}

function viewFromLocation() {
  const view = new URLSearchParams(location.search).get('view');
  return view && Object.hasOwn(VIEWS, view) ? view : 'my-organization';
}

/** Reads a chosen file as the page's Import CSV does, and records it for the tests. */
export async function receiveFile(file) {
  const text = await file.text();
  window.mosMock.received.push({ name: file.name, size: file.size, type: file.type, text });
  bumpMockEvents();
}

/** The app: routing, members, and the two dialogs' submissions. */
export function useMosApp() {
  const [view, setView] = useState(viewFromLocation);
  const [members, setMembers] = useState(() => DATA.members.map(makeMember));
  const [message, setMessage] = useState('');

  useEffect(() => {
    document.title = `${VIEWS[view]} · mOS`;
  }, [view]);
  useEffect(() => {
    const onPop = () => setView(viewFromLocation());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((event, next) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (next === viewFromLocation()) return;
    const params = new URLSearchParams(location.search);
    params.set('view', next);
    history.pushState({ view: next }, '', `?${params}`);
    setView(next);
  }, []);

  const setBilling = useCallback((index, value) => {
    setMembers((all) => all.map((m, i) => (i === index ? { ...m, active: value === 'Active' } : m)));
  }, []);

  /** Invites the filled forms; returns null, or the problem and the index of the form it is in (-1: none). */
  const invite = useCallback((forms) => {
    const filled = forms.filter((f) => f.first_name.trim() || f.last_name.trim() || f.email.trim() || f.job_title.trim());
    if (!filled.length) return { index: -1, message: 'Fill in at least one member.' };
    const seen = new Set();
    for (const form of filled) {
      const problem = emailProblem(form.email.trim(), members, seen);
      if (problem) {
        const index = forms.indexOf(form);
        return { index, message: `Member ${index + 1}: ${problem}`, problem };
      }
      seen.add(form.email.trim().toLowerCase());
    }
    const entries = filled.map(entryOf);
    window.mosMock.invited.push(...entries);
    setMembers((all) => [...all, ...entries.map((e) => makeMember({ firstName: e.first_name, lastName: e.last_name, email: e.email, jobTitle: e.job_title, permissions: e.permissions }))]);
    setMessage(`Invitation sent to ${plural(entries.length, 'member')}`);
    bumpMockEvents();
    return null;
  }, [members]);

  /** Imports the file's rows as pending members; throws an Error with the page's message for a bad file. */
  const importFile = useCallback(async (file) => {
    const records = readImportRecords(await file.text());
    const added = [];
    let skipped = 0;
    for (const record of records) {
      const email = (record.email ?? '').trim();
      const known = (m) => m.email.trim().toLowerCase() === email.toLowerCase();
      if (!EMAIL_PATTERN.test(email) || members.some(known) || added.some(known)) {
        skipped += 1;
        continue;
      }
      added.push(makeMember({ firstName: record.first_name ?? '', lastName: record.last_name ?? '', email, jobTitle: record.job_title ?? '' }));
      window.mosMock.imported.push(record);
    }
    setMembers((all) => [...all, ...added]);
    setMessage(`Imported ${plural(added.length, 'member')}, skipped ${skipped}`);
    bumpMockEvents();
  }, [members]);

  return { view, navigate, members, setBilling, message, invite, importFile };
}
