// A mock of the mOS web app (Dashboard, My Organization, Programs, Reporting) for demos and tests.

// Vanilla JS; all DOM is built with createElement/textContent, never from HTML strings.
'use strict';

// A newer mOS release may change its template; `?template=newer` shows such a version of the app.
function sampleFileName() {
  return new URLSearchParams(location.search).get('template') === 'newer' ? 'sample-newer.csv' : 'sample.csv';
}

(() => {
  const VIEWS = {
    dashboard: { title: 'Dashboard', render: renderDashboard },
    'my-organization': { title: 'My Organization', render: renderMyOrganization },
    programs: { title: 'Programs', render: renderPrograms },
    reporting: { title: 'Reporting', render: renderReporting },
  };
  const DEFAULT_VIEW = 'my-organization';
  const EMAIL_PATTERN = window.mosDemoCsv.EMAIL_PATTERN;

  const DATA = window.mosDemoData;
  // The account menu in the top bar names who is signed in, as a real app's avatar button does.
  (function showSignedIn() {
    const me = window.mosSignedIn(DATA.members);
    const account = document.querySelector('.topbar .account');
    account.setAttribute('aria-label', `Account menu, signed in as ${me.name} (${me.email})`);
    account.querySelector('.account-name').textContent = me.name;
    account.querySelector('.account-role').textContent = me.role;
    account.querySelector('.avatar').textContent = me.initials;
  })();
  const PROGRAMS = DATA.programs;
  // `?fields=extended` shows the newer invite form, with Product Access and Program(s).
  const EXTENDED_FORM = new URLSearchParams(location.search).get('fields') === 'extended';

  // ---- Test hooks (part of the mock, not of the product) ----

  window.mosMock = { received: [], imported: [], invited: [] };
  let mockEventCount = 0;
  document.body.dataset.mosMockEvents = '0';

  function bumpMockEvents() {
    mockEventCount += 1;
    document.body.dataset.mosMockEvents = String(mockEventCount);
  }

  // ---- State ----

  let nextMemberId = 1;
  const members = DATA.members.map((member) => makeMember(member));

  let currentView = null;
  let resultMessage = '';
  let orgRefs = null; // live elements of the My Organization view, null on other views
  let openDialogState = null;

  function makeMember({ firstName = '', lastName = '', email, jobTitle = '', permissions = 'Member', accepted = false, progress = 0, active = true }) {
    const name = `${firstName.trim()} ${lastName.trim()}`.trim() || email;
    return { id: nextMemberId++, name, email, jobTitle: jobTitle.trim(), permissions, accepted, progress, active };
  }

  function statusOf(member) {
    if (!member.active) return 'Inactive';
    return member.accepted ? 'Active' : 'Pending invitation';
  }

  function hasMemberWithEmail(email) {
    const wanted = email.trim().toLowerCase();
    return members.some((m) => m.email.trim().toLowerCase() === wanted);
  }

  function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
  }

  // ---- DOM helper ----

  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value == null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child != null && child !== false) node.append(child);
    }
    return node;
  }

  // ---- Routing ----

  function viewFromLocation() {
    const view = new URLSearchParams(location.search).get('view');
    return view && Object.hasOwn(VIEWS, view) ? view : DEFAULT_VIEW;
  }

  function navigate(view) {
    if (view === currentView) return;
    const params = new URLSearchParams(location.search);
    params.set('view', view);
    history.pushState({ view }, '', `?${params}`);
    showView(view, { moveFocus: true });
  }

  function showView(view, { moveFocus = false } = {}) {
    closeDialog({ restoreFocus: false });
    currentView = view;
    orgRefs = null;
    document.title = `${VIEWS[view].title} · mOS`;
    for (const link of document.querySelectorAll('.nav a[data-view]')) {
      if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const container = document.getElementById('view');
    container.replaceChildren(VIEWS[view].render());
    // Like real SPAs, put focus on the new heading so screen readers announce the view.
    if (moveFocus) container.querySelector('h1')?.focus();
  }

  function onNavClick(event) {
    const link = event.target.closest('a[data-view]');
    if (!link) return;
    // Let modified clicks open a new tab as usual.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(link.dataset.view);
  }

  // ---- Shared view parts ----

  function pageHeader(title, subtitle, actions) {
    return el('div', { class: 'page-header' },
      el('div', {},
        el('h1', { tabindex: '-1' }, title),
        el('p', { class: 'subtitle' }, subtitle)),
      actions ? el('div', { class: 'page-actions' }, actions) : null);
  }

  function statCard(label, value, note) {
    return el('div', { class: 'stat card' },
      el('span', { class: 'stat-label' }, label), ' ',
      el('span', { class: 'stat-value' }, String(value)),
      note ? el('span', { class: 'stat-note' }, note) : null);
  }

  function progressBar(percent) {
    return el('div', { class: 'progress' },
      el('div', { class: 'progress-track', 'aria-hidden': 'true' },
        el('div', { class: 'progress-fill', style: `width: ${percent}%` })),
      el('span', { class: 'progress-value' }, `${percent}%`));
  }

  // ---- Dashboard, Programs, Reporting (placeholders) ----

  function renderDashboard() {
    const active = members.filter((m) => m.active);
    const average = active.length ? Math.round(active.reduce((sum, m) => sum + m.progress, 0) / active.length) : 0;
    return el('section', { class: 'page' },
      pageHeader('Dashboard', 'Your team at a glance.'),
      el('div', { class: 'stats stats-wide' },
        statCard('Seats in use', `${active.length} / 10`, 'mOS Enable'),
        statCard('Average progress', `${average}%`, 'across active members'),
        statCard('Programs running', '3', 'of 6 available')),
      el('div', { class: 'card card-pad' },
        el('h2', {}, 'Recent activity'),
        el('ul', { class: 'activity' },
          el('li', {}, 'Chris Walker completed MEDDPICC Masterclass'),
          el('li', {}, 'Sam Lee started MEDDICC Value Program'),
          el('li', {}, 'Priya Patel was invited to the team'))));
  }

  function renderPrograms() {
    return el('section', { class: 'page' },
      pageHeader('Programs', 'Programs available to your organization.'),
      el('div', { class: 'program-grid' },
        PROGRAMS.map((name, index) => el('div', { class: 'card card-pad program' },
          el('h2', {}, name),
          el('p', { class: 'muted' }, plural((index * 2) % 5 + 1, 'member') + ' enrolled')))));
  }

  function renderReporting() {
    return el('section', { class: 'page' },
      pageHeader('Reporting', 'Progress and engagement reports.'),
      el('div', { class: 'card card-pad' },
        el('h2', {}, 'Completion by program'),
        el('ul', { class: 'report-list' },
          PROGRAMS.slice(0, 4).map((name, index) =>
            el('li', {}, el('span', {}, name), progressBar([64, 38, 81, 12][index]))))));
  }

  // ---- My Organization ----

  function renderMyOrganization() {
    const inviteButton = el('button', { type: 'button', class: 'btn btn-primary', onclick: (e) => openInviteDialog(e.currentTarget) }, '+ Invite');
    const importButton = el('button', { type: 'button', class: 'btn btn-secondary', onclick: (e) => openImportDialog(e.currentTarget) }, 'Import CSV');
    const activeValue = el('span', { class: 'stat-value' });
    const inactiveValue = el('span', { class: 'stat-value' });
    const result = el('p', { class: 'result', role: 'status' });
    const tbody = el('tbody');
    orgRefs = { tbody, activeValue, inactiveValue, result };

    const page = el('section', { class: 'page' },
      pageHeader('My Organization', 'Invite team members, manage seats and billing.', [inviteButton, importButton]),
      el('div', { class: 'stats' },
        el('div', { class: 'stat card' }, el('span', { class: 'stat-label' }, 'Active'), ' ', activeValue),
        el('div', { class: 'stat card' }, el('span', { class: 'stat-label' }, 'Inactive'), ' ', inactiveValue)),
      result,
      el('div', { class: 'card' },
        el('div', { class: 'table-wrap' },
          el('table', { class: 'members' },
            el('thead', {}, el('tr', {},
              ['Name', 'Email', 'Job Title', 'Permissions', 'Status', 'Progress', 'Billing Status'].map((h) => el('th', { scope: 'col' }, h)))),
            tbody))));
    refreshOrganization();
    return page;
  }

  function refreshOrganization() {
    if (!orgRefs) return;
    orgRefs.tbody.replaceChildren(...members.map(memberRow));
    refreshCounts();
    orgRefs.result.textContent = resultMessage;
  }

  function refreshCounts() {
    const active = members.filter((m) => m.active).length;
    orgRefs.activeValue.textContent = String(active);
    orgRefs.inactiveValue.textContent = String(members.length - active);
  }

  function showResult(message) {
    resultMessage = message;
    refreshOrganization();
  }

  function memberRow(member) {
    const status = statusOf(member);
    const billing = el('select', { class: 'billing', 'aria-label': `Billing Status for ${member.name}` },
      el('option', { value: 'Active' }, 'Active'),
      el('option', { value: 'Deactivate' }, 'Deactivate'));
    billing.value = member.active ? 'Active' : 'Deactivate';
    const row = el('tr', { class: member.active ? null : 'is-inactive' },
      el('td', {}, el('span', { class: 'member-name', dataset: { initials: initialsOf(member.name) } }, member.name)),
      el('td', {}, member.email),
      el('td', {}, member.jobTitle),
      el('td', {}, member.permissions),
      el('td', {}, el('span', { class: `badge badge-${status.split(' ')[0].toLowerCase()}` }, status)),
      el('td', {}, progressBar(member.progress)),
      el('td', {}, billing));
    billing.addEventListener('change', () => {
      member.active = billing.value === 'Active';
      const fresh = memberRow(member);
      row.replaceWith(fresh);
      refreshCounts();
      fresh.querySelector('select').focus();
    });
    return row;
  }

  function initialsOf(name) {
    return name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0].toUpperCase()).join('');
  }

  // ---- Dialogs ----

  function openDialog({ title, titleId, body, footer, initialFocus, opener }) {
    closeDialog({ restoreFocus: false });
    const closeButton = el('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close', onclick: () => closeDialog() }, '×');
    const dialog = el('div', { class: 'modal', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
      el('div', { class: 'modal-head' }, el('h2', { id: titleId }, title), closeButton),
      el('div', { class: 'modal-body' }, body),
      el('div', { class: 'modal-foot' }, footer));
    const backdrop = el('div', { class: 'modal-backdrop' }, dialog);
    backdrop.addEventListener('mousedown', (event) => {
      if (event.target === backdrop) closeDialog();
    });
    dialog.addEventListener('keydown', (event) => trapTab(event, dialog));
    document.body.append(backdrop);
    document.getElementById('app').inert = true;
    openDialogState = { backdrop, opener };
    (typeof initialFocus === 'function' ? initialFocus() : closeButton).focus();
    return dialog;
  }

  function closeDialog({ restoreFocus = true } = {}) {
    if (!openDialogState) return;
    const { backdrop, opener } = openDialogState;
    openDialogState = null;
    backdrop.remove();
    document.getElementById('app').inert = false;
    if (restoreFocus && opener?.isConnected) opener.focus();
  }

  function trapTab(event, dialog) {
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll('button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])')]
      .filter((node) => !node.disabled && node.getClientRects().length > 0);
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  function errorLine() {
    const node = el('p', { class: 'form-error', role: 'alert' });
    node.hidden = true;
    return {
      node,
      show(message) { node.textContent = message; node.hidden = false; },
      hide() { node.textContent = ''; node.hidden = true; },
    };
  }

  // ---- Import CSV dialog ----

  function openImportDialog(opener) {
    let chosenFile = null;
    const error = errorLine();
    const fileInput = el('input', { type: 'file', accept: '.csv,text/csv', class: 'visually-hidden' });
    const dropText = el('span', { class: 'dropzone-text' }, 'Drag and drop your CSV file here, or click to browse');
    const dropHint = el('span', { class: 'dropzone-hint' }, 'One member per row, in the sample file\'s format');
    const dropzone = el('label', { class: 'dropzone' },
      el('span', { class: 'dropzone-icon', 'aria-hidden': 'true' }, '⇪'), dropText, dropHint, fileInput);
    const importButton = el('button', { type: 'button', class: 'btn btn-primary', disabled: true }, 'Import');
    const cancelButton = el('button', { type: 'button', class: 'btn btn-secondary', onclick: () => closeDialog() }, 'Cancel');

    async function acceptFile(file) {
      chosenFile = file;
      dropzone.classList.add('has-file');
      dropText.textContent = `${file.name} selected`;
      dropHint.textContent = 'Drop another file or click to replace it';
      importButton.disabled = false;
      error.hide();
      const text = await file.text();
      window.mosMock.received.push({ name: file.name, size: file.size, type: file.type, text });
      bumpMockEvents();
    }

    fileInput.addEventListener('change', () => {
      if (fileInput.files.length) acceptFile(fileInput.files[0]);
    });
    for (const type of ['dragenter', 'dragover']) {
      dropzone.addEventListener(type, (event) => {
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        dropzone.classList.add('is-over');
      });
    }
    dropzone.addEventListener('dragleave', () => dropzone.classList.remove('is-over'));
    dropzone.addEventListener('drop', (event) => {
      event.preventDefault();
      dropzone.classList.remove('is-over');
      const file = event.dataTransfer?.files?.[0];
      if (file) acceptFile(file);
    });

    importButton.addEventListener('click', async () => {
      if (!chosenFile) return;
      importButton.disabled = true;
      try {
        const { imported, skipped } = importMembers(await chosenFile.text());
        closeDialog();
        showResult(`Imported ${plural(imported, 'member')}, skipped ${skipped}`);
        bumpMockEvents();
      } catch (err) {
        error.show(err.message);
        importButton.disabled = false;
      }
    });

    openDialog({
      title: 'Import CSV',
      titleId: 'import-csv-title',
      opener,
      initialFocus: () => fileInput,
      body: [
        el('p', { class: 'muted' }, 'Invite many team members at once. Add one user per row to the template, then drop the file below.'),
        el('a', { href: sampleFileName(), download: sampleFileName(), class: 'sample-link' }, 'Download Sample File'),
        dropzone,
        error.node,
      ],
      footer: [cancelButton, importButton],
    });
  }

  // Adds the file's rows as pending members; throws an Error with a user-facing message for a bad file.
  function importMembers(text) {
    const records = window.mosDemoCsv.readImportRecords(text);

    let imported = 0;
    let skipped = 0;
    for (const record of records) {
      const email = record.email.trim();
      if (!EMAIL_PATTERN.test(email) || hasMemberWithEmail(email)) {
        skipped += 1;
        continue;
      }
      members.push(makeMember({
        firstName: record.first_name ?? '',
        lastName: record.last_name ?? '',
        email,
        jobTitle: record.job_title ?? '',
      }));
      window.mosMock.imported.push(record);
      imported += 1;
    }
    return { imported, skipped };
  }

  // ---- + Invite dialog ----

  function openInviteDialog(opener) {
    let mode = 'single';
    let formSerial = 0;
    const forms = [];
    const error = errorLine();
    const formsBox = el('div', { class: 'member-forms' });
    const addButton = el('button', { type: 'button', class: 'btn btn-ghost', onclick: () => addForm(true) }, 'Add Member');
    const tabSingle = el('button', { type: 'button', role: 'tab', id: 'invite-tab-single', 'aria-controls': 'invite-panel', class: 'tab' }, 'Add Single Member');
    const tabMultiple = el('button', { type: 'button', role: 'tab', id: 'invite-tab-multiple', 'aria-controls': 'invite-panel', class: 'tab' }, 'Add Multiple Members');
    const tablist = el('div', { role: 'tablist', 'aria-label': 'How many members', class: 'tabs' }, tabSingle, tabMultiple);
    const panel = el('div', { role: 'tabpanel', id: 'invite-panel', class: 'tab-panel' }, formsBox, addButton);
    const inviteButton = el('button', { type: 'button', class: 'btn btn-primary', onclick: submit }, 'Invite Member');
    const cancelButton = el('button', { type: 'button', class: 'btn btn-secondary', onclick: () => closeDialog() }, 'Cancel');

    function addForm(focus) {
      formSerial += 1;
      const form = memberForm(formSerial, forms.length + 1);
      forms.push(form);
      formsBox.append(form.node);
      if (focus) form.fields.first_name.focus();
    }

    function setMode(next) {
      mode = next;
      for (const tab of [tabSingle, tabMultiple]) {
        const selected = (tab === tabMultiple) === (mode === 'multiple');
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
      }
      panel.setAttribute('aria-labelledby', mode === 'multiple' ? tabMultiple.id : tabSingle.id);
      addButton.hidden = mode === 'single';
      if (mode === 'single') {
        for (const form of forms.splice(1)) form.node.remove();
      }
      formsBox.classList.toggle('is-multiple', mode === 'multiple');
      error.hide();
    }

    formsBox.addEventListener('input', (event) => event.target.removeAttribute('aria-invalid'));
    tabSingle.addEventListener('click', () => setMode('single'));
    tabMultiple.addEventListener('click', () => setMode('multiple'));
    tablist.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const target = document.activeElement === tabSingle ? tabMultiple : tabSingle;
      target.focus();
      target.click();
    });

    function submit() {
      error.hide();
      const filled = forms.map((form) => ({ form, entry: readForm(form) }))
        .filter(({ entry }) => entry.first_name || entry.last_name || entry.email || entry.job_title);
      for (const form of forms) form.fields.email.removeAttribute('aria-invalid');
      if (!filled.length) {
        error.show('Fill in at least one member.');
        forms[0].fields.first_name.focus();
        return;
      }
      const seen = new Set();
      for (const { form, entry } of filled) {
        const problem = emailProblem(entry.email, seen);
        if (problem) {
          form.fields.email.setAttribute('aria-invalid', 'true');
          error.show(`${form.legend.textContent}: ${problem}`);
          form.fields.email.focus();
          return;
        }
        seen.add(entry.email.toLowerCase());
      }
      for (const { entry } of filled) {
        members.push(makeMember({
          firstName: entry.first_name,
          lastName: entry.last_name,
          email: entry.email,
          jobTitle: entry.job_title,
          permissions: entry.permissions,
        }));
        window.mosMock.invited.push(entry);
      }
      closeDialog();
      showResult(`Invitation sent to ${plural(filled.length, 'member')}`);
      bumpMockEvents();
    }

    addForm(false);
    setMode('single');
    openDialog({
      title: 'Invite Members',
      titleId: 'invite-members-title',
      opener,
      initialFocus: () => forms[0].fields.first_name,
      body: [tablist, panel, error.node],
      footer: [cancelButton, inviteButton],
    });
  }

  function emailProblem(email, seenInThisInvite) {
    if (!email) return 'Email Address is required.';
    if (!EMAIL_PATTERN.test(email)) return `${email} is not a valid email address.`;
    if (hasMemberWithEmail(email)) return `${email} is already a member of your organization.`;
    if (seenInThisInvite.has(email.toLowerCase())) return `${email} is listed twice.`;
    return null;
  }

  function memberForm(serial, number) {
    const idFor = (key) => `invite-${serial}-${key}`;
    const textField = (key, label, type) => {
      const input = el('input', { id: idFor(key), type, autocomplete: 'off' });
      return { input, node: el('div', { class: 'field' }, el('label', { for: idFor(key) }, label), input) };
    };
    const first = textField('first-name', 'First Name', 'text');
    const last = textField('last-name', 'Last Name', 'text');
    const email = textField('email', 'Email Address', 'email');
    const job = textField('job-title', 'Job Title', 'text');
    const permissions = el('select', { id: idFor('permissions') },
      DATA.permissions.map((name) => el('option', { value: name }, name)));
    email.input.required = true;
    const extras = EXTENDED_FORM ? extendedFields(idFor) : null;
    const legend = el('legend', {}, `Member ${number}`);
    const node = el('fieldset', { class: 'member-form' }, legend,
      el('div', { class: 'field-grid' },
        first.node, last.node, email.node, job.node,
        el('div', { class: 'field' }, el('label', { for: idFor('permissions') }, 'Permissions'), permissions),
        extras ? extras.nodes : null));
    return {
      node,
      legend,
      fields: { first_name: first.input, last_name: last.input, email: email.input, job_title: job.input, permissions },
      extras,
    };
  }

  // The newer form's Product Access checkboxes (Enable on by default) and Program(s) list.
  function extendedFields(idFor) {
    const seats = DATA.productAccess.map((name, index) => {
      const input = el('input', { type: 'checkbox', id: idFor(`access-${index}`), value: name });
      input.checked = index === 0;
      return { input, node: el('div', { class: 'check' }, input, el('label', { for: idFor(`access-${index}`) }, name)) };
    });
    const programs = el('select', { id: idFor('programs'), multiple: true, size: '4' },
      PROGRAMS.map((name) => el('option', { value: name }, name)));
    return {
      nodes: [
        el('fieldset', { class: 'field field-wide check-group' }, el('legend', {}, 'Product Access'), seats.map((seat) => seat.node)),
        el('div', { class: 'field field-wide' },
          el('label', { for: idFor('programs') }, 'Program(s)'),
          programs,
          el('span', { class: 'field-hint' }, 'Hold Ctrl (⌘ on a Mac) to choose several.')),
      ],
      seats: seats.map((seat) => seat.input),
      programs,
    };
  }

  function readForm(form) {
    const { fields, extras } = form;
    const entry = {
      first_name: fields.first_name.value.trim(),
      last_name: fields.last_name.value.trim(),
      email: fields.email.value.trim(),
      job_title: fields.job_title.value.trim(),
      permissions: fields.permissions.value,
    };
    if (extras) {
      entry.product_access = extras.seats.filter((seat) => seat.checked).map((seat) => seat.value);
      entry.programs = [...extras.programs.selectedOptions].map((option) => option.value);
    }
    return entry;
  }

  // ---- Start ----

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && openDialogState) {
      event.preventDefault();
      closeDialog();
    }
  });
  // A file dropped outside the drop box must not make the browser navigate away to it.
  for (const type of ['dragover', 'drop']) {
    window.addEventListener(type, (event) => {
      if (!event.defaultPrevented) event.preventDefault();
    });
  }
  document.querySelector('.nav').addEventListener('click', onNavClick);
  window.addEventListener('popstate', () => showView(viewFromLocation()));
  showView(viewFromLocation());
})();
