// A second mock of the mOS web app: the same My Organization screen as demo/mos/, built the way a
// React + MUI app renders it. Plain JS, but it behaves like React where page automation usually breaks:
// - each input's value comes from state and is written back on every render; state changes only
//   through events that React's value tracker accepts, so `input.value = x` on its own is lost;
// - inputs have no ids and are labelled with aria-labelledby; buttons are divs with role="button";
// - dialogs, menus and snackbars render in portals at the end of <body>, and an open modal marks
//   everything else aria-hidden, as MUI's ModalManager does.
// All DOM is built with createElement/textContent, never from HTML strings.
'use strict';

(() => {
  const DATA = window.mosDemoData;
  const ME = window.mosSignedIn(DATA.members);
  const { readImportRecords, EMAIL_PATTERN } = window.mosDemoCsv;
  // The newer invite form (Product Access, Program(s)) unless `?fields=classic`.
  const EXTENDED_FORM = new URLSearchParams(location.search).get('fields') !== 'classic';
  const VIEWS = { dashboard: 'Dashboard', 'my-organization': 'My Organization', programs: 'Programs', reporting: 'Reporting' };
  const DEFAULT_VIEW = 'my-organization';
  const COLUMNS = ['Name', 'Email', 'Job Title', 'Status', 'Progress', 'Billing Status'];
  const BILLING = ['Active', 'Deactivate'];

  // ---- Test hooks (part of the mock, not of the product) ----

  window.mosMock = { received: [], imported: [], invited: [] };
  let mockEventCount = 0;
  document.body.dataset.mosMockEvents = '0';

  function bumpMockEvents() {
    mockEventCount += 1;
    document.body.dataset.mosMockEvents = String(mockEventCount);
  }

  // ---- A tiny React: elements, keyed-by-position reconciliation, controlled inputs ----

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const EVENTS = {
    onClick: 'click', onMouseDown: 'mousedown', onKeyDown: 'keydown', onChange: 'change',
    onDragEnter: 'dragenter', onDragOver: 'dragover', onDragLeave: 'dragleave', onDrop: 'drop',
  };

  function h(type, props, ...children) {
    return { type, props: props || {}, children: flatten(children) };
  }

  function flatten(children) {
    const out = [];
    for (const child of children) {
      if (Array.isArray(child)) out.push(...flatten(child));
      // An empty slot keeps later siblings in place, as React's positions do.
      else if (child === null || child === undefined || child === false || child === true) out.push('');
      else out.push(typeof child === 'object' ? child : String(child));
    }
    return out;
  }

  function createNode(vnode) {
    if (typeof vnode === 'string') return document.createTextNode(vnode);
    const node = vnode.type === 'svg' || vnode.type === 'path'
      ? document.createElementNS(SVG_NS, vnode.type)
      : document.createElement(vnode.type);
    node.__props = {};
    node.__listening = new Set();
    if (vnode.type === 'input') {
      node.setAttribute('type', vnode.props.type || 'text');
      if (node.type !== 'file') trackValue(node);
    }
    patchProps(node, vnode.props);
    patchChildren(node, vnode.children);
    return node;
  }

  function sameKind(node, vnode) {
    if (typeof vnode === 'string') return node.nodeType === Node.TEXT_NODE;
    return node.nodeType === Node.ELEMENT_NODE && node.localName === vnode.type && node.__key === vnode.props.key &&
      (vnode.type !== 'input' || node.getAttribute('type') === (vnode.props.type || 'text'));
  }

  function patch(node, vnode) {
    if (!sameKind(node, vnode)) {
      const fresh = createNode(vnode);
      node.replaceWith(fresh);
      return fresh;
    }
    if (typeof vnode === 'string') {
      if (node.data !== vnode) node.data = vnode;
      return node;
    }
    patchProps(node, vnode.props);
    patchChildren(node, vnode.children);
    return node;
  }

  function patchChildren(parent, children) {
    children.forEach((child, index) => {
      const current = parent.childNodes[index];
      if (current) patch(current, child);
      else parent.appendChild(createNode(child));
    });
    while (parent.childNodes.length > children.length) parent.lastChild.remove();
  }

  function patchProps(node, next) {
    for (const name of Object.keys(node.__props)) {
      if (!(name in next) && !name.startsWith('on') && name !== 'key' && name !== 'ref') node.removeAttribute(attributeName(name));
    }
    node.__props = next;
    node.__key = next.key;
    for (const [name, value] of Object.entries(next)) setProp(node, name, value);
  }

  function attributeName(name) {
    return name === 'className' ? 'class' : name;
  }

  function setProp(node, name, value) {
    if (name === 'key') return;
    if (name === 'ref') return value(node);
    if (name.startsWith('on')) return listen(node, name);
    if (name === 'value' || name === 'checked') return writeControlled(node, name, value);
    const attr = attributeName(name);
    if (value === null || value === undefined || value === false) {
      if (node.hasAttribute(attr)) node.removeAttribute(attr);
      return;
    }
    const text = value === true ? '' : String(value);
    if (node.getAttribute(attr) !== text) node.setAttribute(attr, text);
  }

  function listen(node, propName) {
    if (node.__listening.has(propName)) return;
    node.__listening.add(propName);
    if (propName === 'onChange' && node.__tracker) return listenControlled(node);
    node.addEventListener(EVENTS[propName], (event) => node.__props[propName]?.(event));
  }

  // React's value tracker: the last value React knows of, updated by its own writes and its events.
  function trackValue(node) {
    const field = node.type === 'checkbox' || node.type === 'radio' ? 'checked' : 'value';
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, field);
    let tracked = String(native.get.call(node));
    Object.defineProperty(node, field, {
      configurable: true,
      enumerable: native.enumerable,
      get() { return native.get.call(this); },
      set(value) {
        tracked = String(value);
        native.set.call(this, value);
      },
    });
    node.__tracker = {
      field,
      changed() {
        const now = String(native.get.call(node));
        if (now === tracked) return false;
        tracked = now;
        return true;
      },
    };
  }

  // onChange fires only for a value the tracker has not seen; afterwards the state's value is written
  // back, so an edit the state did not take is undone at once (React's restoreControlledState).
  function listenControlled(node) {
    const types = node.__tracker.field === 'checked' ? ['click'] : ['input', 'change'];
    for (const type of types) {
      node.addEventListener(type, (event) => {
        if (node.__tracker.changed()) node.__props.onChange?.(event);
        render();
        const field = node.__tracker.field;
        if (field in node.__props) writeControlled(node, field, node.__props[field]);
      });
    }
  }

  function writeControlled(node, field, value) {
    if (field === 'checked') {
      if (node.checked !== Boolean(value)) node.checked = Boolean(value);
      return;
    }
    const text = value === null || value === undefined ? '' : String(value);
    if (node.value !== text) node.value = text;
  }

  // ---- State and rendering ----

  let state = {
    view: viewFromLocation(),
    members: DATA.members.map(makeMember),
    invite: null,
    importDialog: null,
    menu: null,
    snackbar: null,
  };
  let renderQueued = false;
  let nextFormKey = 1;
  let snackbarTimer = 0;
  let fileInputNode = null;
  const root = document.getElementById('root');
  const portalNodes = new Map();
  const hiddenByModal = new Set();

  function setState(update) {
    state = { ...state, ...(typeof update === 'function' ? update(state) : update) };
    if (renderQueued) return;
    renderQueued = true;
    queueMicrotask(() => {
      renderQueued = false;
      render();
    });
  }

  function render() {
    document.title = `${VIEWS[state.view]} · mOS`;
    patchChildren(root, [App()]);
    renderPortals();
    hideOutsideTopModal();
  }

  function renderPortals() {
    const wanted = [InviteDialog(), ImportDialog(), MenuPortal(), Snackbar()].filter(Boolean);
    const keys = new Set(wanted.map((portal) => portal.key));
    for (const [key, node] of portalNodes) {
      if (keys.has(key)) continue;
      node.remove();
      portalNodes.delete(key);
    }
    for (const { key, vnode } of wanted) {
      const node = portalNodes.get(key);
      if (node) portalNodes.set(key, patch(node, vnode));
      else {
        const fresh = createNode(vnode);
        document.body.appendChild(fresh);
        portalNodes.set(key, fresh);
      }
    }
  }

  // MUI's ModalManager: while a modal is open, every other child of <body> is aria-hidden.
  function hideOutsideTopModal() {
    const modals = [...portalNodes.entries()].filter(([key]) => key !== 'snackbar').map(([, node]) => node);
    const top = modals[modals.length - 1];
    for (const child of Array.from(document.body.children)) {
      if (['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE'].includes(child.tagName)) continue;
      const hide = Boolean(top) && child !== top && !(child === portalNodes.get('snackbar'));
      if (hide && child.getAttribute('aria-hidden') !== 'true') {
        child.setAttribute('aria-hidden', 'true');
        hiddenByModal.add(child);
      } else if (!hide && hiddenByModal.has(child)) {
        child.removeAttribute('aria-hidden');
        hiddenByModal.delete(child);
      }
    }
  }

  // ---- Data ----

  function makeMember({ firstName = '', lastName = '', email, jobTitle = '', permissions = 'Member', accepted = false, progress = 0, active = true }) {
    const name = `${firstName.trim()} ${lastName.trim()}`.trim() || email;
    return { name, email, jobTitle: jobTitle.trim(), permissions, accepted, progress, active };
  }

  function statusOf(member) {
    if (!member.active) return 'Inactive';
    return member.accepted ? 'Active' : 'Pending invitation';
  }

  function hasMemberWithEmail(email) {
    const wanted = email.trim().toLowerCase();
    return state.members.some((m) => m.email.trim().toLowerCase() === wanted);
  }

  function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
  }

  // ---- Routing ----

  function viewFromLocation() {
    const view = new URLSearchParams(location.search).get('view');
    return view && Object.hasOwn(VIEWS, view) ? view : DEFAULT_VIEW;
  }

  function onNavClick(event, view) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (view === state.view) return;
    const params = new URLSearchParams(location.search);
    params.set('view', view);
    history.pushState({ view }, '', `?${params}`);
    setState({ view, invite: null, importDialog: null, menu: null });
  }

  // ---- Small components ----

  function Icon(path) {
    return h('svg', { className: 'MuiSvgIcon-root', focusable: 'false', 'aria-hidden': 'true', viewBox: '0 0 24 24' }, h('path', { d: path }));
  }
  const PLUS = 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z';
  const UPLOAD = 'M9 16h6v-6h4l-7-7-7 7h4zm-4 2h14v2H5z';
  const ARROW = 'M7 10l5 5 5-5z';
  const CLOSE = 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z';
  const CHECKED = 'M19 3H5c-1.11 0-2 .9-2 2v14c0 1.1.89 2 2 2h14c1.11 0 2-.9 2-2V5c0-1.1-.89-2-2-2zm-9 14l-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z';
  const UNCHECKED = 'M19 5v14H5V5h14m0-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2z';

  function onActivateKey(action) {
    return (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      action(event);
    };
  }

  function Button({ variant = 'text', onClick, disabled = false, icon = null, label = null, key }, ...children) {
    return h('div', {
      key,
      role: 'button',
      tabindex: disabled ? '-1' : '0',
      'aria-disabled': disabled ? 'true' : null,
      'aria-label': label,
      className: `MuiButtonBase-root MuiButton-root MuiButton-${variant} css-1ujsas3${disabled ? ' Mui-disabled' : ''}`,
      onClick: disabled ? null : onClick,
      onKeyDown: disabled ? null : onActivateKey(onClick),
    }, icon ? h('span', { className: 'MuiButton-startIcon' }, Icon(icon)) : null, ...children);
  }

  function Alert(message, severity = 'error') {
    return h('div', { role: 'alert', className: `MuiPaper-root MuiAlert-root MuiAlert-standard${severity} css-alert` },
      h('div', { className: 'MuiAlert-message' }, message));
  }

  function TextField({ id, label, value, onChange, required = false, type = 'text', helper = null, error = false }) {
    const labelId = `${id}-label`;
    const helperId = helper ? `${id}-helper-text` : null;
    return h('div', { className: `MuiFormControl-root MuiTextField-root css-field${error ? ' Mui-error' : ''}` },
      h('label', {
        id: labelId,
        'data-shrink': value ? 'true' : 'false',
        className: `MuiFormLabel-root MuiInputLabel-root MuiInputLabel-outlined${value ? ' MuiInputLabel-shrink' : ''}${error ? ' Mui-error' : ''}`,
      }, label, required ? h('span', { 'aria-hidden': 'true', className: 'MuiFormLabel-asterisk' }, ' *') : null),
      h('div', { className: 'MuiInputBase-root MuiOutlinedInput-root css-input-root' },
        h('input', {
          type,
          value,
          autocomplete: 'off',
          required: required || null,
          'aria-invalid': error ? 'true' : 'false',
          'aria-labelledby': labelId,
          'aria-describedby': helperId,
          className: 'MuiInputBase-input MuiOutlinedInput-input',
          onChange: (event) => onChange(event.target.value),
        }),
        h('fieldset', { 'aria-hidden': 'true', className: 'MuiOutlinedInput-notchedOutline' }, h('legend', {}, h('span', {}, label)))),
      helper ? h('p', { id: helperId, className: `MuiFormHelperText-root${error ? ' Mui-error' : ''}` }, helper) : null);
  }

  // MUI's Select: a combobox div that opens on mousedown (not click), a listbox in a portal, and an
  // aria-hidden native input that carries the value.
  function Select({ id, label = null, ariaLabel = null, value, options, multiple = false, onChange, compact = false }) {
    const open = state.menu?.id === id;
    const labelId = label ? `${id}-label` : null;
    const displayId = `${id}-display`;
    const shown = multiple
      ? (value.length ? h('div', { className: 'MuiBox-root css-chips' }, value.map((item) => h('div', { key: item, className: 'MuiChip-root MuiChip-filled MuiChip-sizeSmall' }, h('span', { className: 'MuiChip-label' }, item)))) : h('span', { className: 'notranslate' }, '\u200b'))
      : value;
    const openMenu = (event) => {
      const rect = event.currentTarget.getBoundingClientRect();
      setState({ menu: { id, labelId, ariaLabel, options, multiple, onChange, rect: { top: rect.bottom + 4, left: rect.left, width: rect.width } } });
      queueMicrotask(() => document.getElementById(`${id}-listbox`)?.querySelector('[aria-selected="true"], [role="option"]')?.focus());
    };
    return h('div', { className: `MuiFormControl-root css-field${compact ? ' css-compact' : ''}` },
      label ? h('label', { id: labelId, 'data-shrink': 'true', className: 'MuiFormLabel-root MuiInputLabel-root MuiInputLabel-outlined MuiInputLabel-shrink' }, label) : null,
      h('div', { className: 'MuiInputBase-root MuiOutlinedInput-root MuiSelect-root css-input-root' },
        h('div', {
          role: 'combobox',
          tabindex: '0',
          id: displayId,
          'aria-haspopup': 'listbox',
          'aria-expanded': open ? 'true' : 'false',
          'aria-controls': open ? `${id}-listbox` : null,
          'aria-labelledby': labelId ? `${labelId} ${displayId}` : null,
          'aria-label': ariaLabel,
          className: 'MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input',
          onMouseDown: (event) => {
            if (event.button !== 0) return;
            event.preventDefault();
            openMenu(event);
          },
          onKeyDown: (event) => {
            if (![' ', 'Enter', 'ArrowDown', 'ArrowUp'].includes(event.key)) return;
            event.preventDefault();
            openMenu(event);
          },
        }, shown),
        h('input', {
          'aria-invalid': 'false',
          'aria-hidden': 'true',
          tabindex: '-1',
          className: 'MuiSelect-nativeInput',
          value: multiple ? value.join(',') : value,
          onChange: () => {},
        }),
        Icon(ARROW),
        h('fieldset', { 'aria-hidden': 'true', className: 'MuiOutlinedInput-notchedOutline' }, h('legend', {}, label ? h('span', {}, label) : null))));
  }

  function MenuPortal() {
    const menu = state.menu;
    if (!menu) return null;
    const selected = new Set(menuValue(menu.id));
    const close = () => {
      setState({ menu: null });
      queueMicrotask(() => document.getElementById(`${menu.id}-display`)?.focus());
    };
    const pick = (option) => {
      if (!menu.multiple) {
        menu.onChange(option);
        close();
        return;
      }
      const next = selected.has(option) ? [...selected].filter((v) => v !== option) : [...selected, option];
      menu.onChange(next);
    };
    const onListKeyDown = (event) => {
      const options = [...event.currentTarget.querySelectorAll('[role="option"]')];
      const index = options.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        options[(index + step + options.length) % options.length]?.focus();
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (index >= 0) pick(options[index].dataset.value);
      }
    };
    const { top, left, width } = menu.rect;
    return {
      key: 'menu',
      vnode: h('div', {
        role: 'presentation',
        className: 'MuiPopover-root MuiMenu-root MuiModal-root css-menu-root',
        onKeyDown: (event) => {
          if (event.key !== 'Escape' && event.key !== 'Tab') return;
          event.preventDefault();
          close();
        },
      },
        h('div', { 'aria-hidden': 'true', className: 'MuiBackdrop-root MuiBackdrop-invisible css-backdrop-clear', onClick: close }),
        h('div', { tabindex: '-1', className: 'MuiPaper-root MuiMenu-paper MuiPopover-paper css-menu-paper', style: `top:${top}px;left:${left}px;min-width:${width}px` },
          h('ul', {
            role: 'listbox',
            id: `${menu.id}-listbox`,
            tabindex: '-1',
            'aria-labelledby': menu.labelId,
            'aria-label': menu.labelId ? null : menu.ariaLabel,
            'aria-multiselectable': menu.multiple ? 'true' : null,
            className: 'MuiList-root MuiMenu-list',
            onKeyDown: onListKeyDown,
          }, menu.options.map((option) => {
            const isSelected = selected.has(option);
            return h('li', {
              key: option,
              role: 'option',
              tabindex: isSelected ? '0' : '-1',
              'aria-selected': isSelected ? 'true' : 'false',
              'data-value': option,
              className: `MuiButtonBase-root MuiMenuItem-root${isSelected ? ' Mui-selected' : ''}`,
              onClick: () => pick(option),
            }, option);
          })))),
    };
  }

  // The menu reads its selection fresh from state on each render, like a controlled MUI Select.
  function menuValue(id) {
    const billing = /^:billing-(\d+):$/.exec(id);
    if (billing) {
      const member = state.members[Number(billing[1])];
      return member ? [member.active ? 'Active' : 'Deactivate'] : [];
    }
    const field = /^:r(\d+)-(permissions|programs):$/.exec(id);
    const form = field && state.invite?.forms.find((f) => f.key === Number(field[1]));
    if (!form) return [];
    return field[2] === 'permissions' ? [form.permissions] : form.programs;
  }

  function Snackbar() {
    if (!state.snackbar) return null;
    return {
      key: 'snackbar',
      vnode: h('div', { className: 'MuiSnackbar-root MuiSnackbar-anchorOriginBottomCenter css-snackbar' },
        Alert(state.snackbar, 'success')),
    };
  }

  function showSnackbar(message) {
    clearTimeout(snackbarTimer);
    setState({ snackbar: message });
    snackbarTimer = setTimeout(() => setState({ snackbar: null }), 8000);
  }

  function Dialog({ key, titleId, title, onClose, content, actions }) {
    return {
      key,
      vnode: h('div', {
        role: 'presentation',
        className: 'MuiDialog-root MuiModal-root css-dialog-root',
        onKeyDown: (event) => {
          if (event.key === 'Escape') onClose();
        },
      },
        h('div', { 'aria-hidden': 'true', className: 'MuiBackdrop-root css-backdrop' }),
        h('div', {
          role: 'presentation',
          tabindex: '-1',
          className: 'MuiDialog-container MuiDialog-scrollPaper css-dialog-container',
          onClick: (event) => {
            if (event.target === event.currentTarget) onClose();
          },
        },
          h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, className: 'MuiPaper-root MuiDialog-paper MuiDialog-paperWidthSm css-dialog-paper' },
            h('div', { className: 'css-dialog-head' },
              h('h2', { id: titleId, className: 'MuiTypography-root MuiTypography-h6 MuiDialogTitle-root' }, title),
              h('div', { role: 'button', tabindex: '0', 'aria-label': 'Close', className: 'MuiButtonBase-root MuiIconButton-root', onClick: onClose, onKeyDown: onActivateKey(onClose) }, Icon(CLOSE))),
            h('div', { className: 'MuiDialogContent-root' }, content),
            h('div', { className: 'MuiDialogActions-root' }, actions)))),
    };
  }

  // ---- Shell ----

  function App() {
    return h('div', { className: 'MuiBox-root css-k008qs' },
      Drawer(),
      h('div', { className: 'MuiBox-root css-1v3caum' },
        h('header', { className: 'MuiPaper-root MuiAppBar-root css-appbar' },
          h('div', { className: 'MuiToolbar-root' },
            h('p', { className: 'MuiTypography-root MuiTypography-subtitle1 css-org' }, DATA.organization),
            h('button', { type: 'button', className: 'MuiButtonBase-root MuiStack-root css-account', 'aria-label': `Account menu, signed in as ${ME.name} (${ME.email})` },
              h('div', {},
                h('p', { className: 'MuiTypography-root MuiTypography-body2 css-account-name' }, ME.name),
                h('p', { className: 'MuiTypography-root MuiTypography-caption css-account-role' }, ME.role)),
              h('div', { className: 'MuiAvatar-root', 'aria-hidden': 'true' }, ME.initials)))),
        h('main', { className: 'MuiContainer-root css-content' }, View())));
  }

  function Drawer() {
    return h('div', { className: 'MuiDrawer-root MuiDrawer-docked css-drawer' },
      h('div', { className: 'MuiPaper-root MuiDrawer-paper' },
        h('div', { className: 'css-logo' }, 'mOS'),
        h('div', { role: 'navigation', 'aria-label': 'Main navigation', className: 'css-nav' },
          h('div', { className: 'MuiList-root' }, Object.entries(VIEWS).map(([view, title]) => h('a', {
            key: view,
            href: `?view=${view}`,
            'aria-current': state.view === view ? 'page' : null,
            className: `MuiButtonBase-root MuiListItemButton-root${state.view === view ? ' Mui-selected' : ''}`,
            onClick: (event) => onNavClick(event, view),
          }, h('span', { className: 'MuiTypography-root MuiListItemText-primary' }, title))))),
        h('p', { className: 'MuiTypography-root MuiTypography-caption css-plan' }, `${DATA.organization} · Team plan`)));
  }

  function View() {
    if (state.view === 'my-organization') return MyOrganization();
    return Placeholder(VIEWS[state.view]);
  }

  function PageHeader(title, subtitle, actions = null) {
    return h('div', { className: 'MuiStack-root css-page-header' },
      h('div', {},
        h('div', { role: 'heading', 'aria-level': '1', className: 'MuiTypography-root MuiTypography-h4 css-title' }, title),
        h('p', { className: 'MuiTypography-root MuiTypography-body2 css-subtitle' }, subtitle)),
      h('div', { className: 'MuiStack-root css-actions' }, actions));
  }

  function Placeholder(title) {
    const lines = {
      Dashboard: ['Seats in use: 5 / 10', 'Average progress: 53%', 'Chris Walker completed MEDDPICC Masterclass'],
      Programs: DATA.programs,
      Reporting: ['Completion by program, this quarter', 'Engagement by team'],
    }[title];
    return h('div', {},
      PageHeader(title, title === 'Dashboard' ? 'Your team at a glance.' : `${title} for your organization.`),
      h('div', { className: 'MuiPaper-root MuiCard-root css-card' },
        h('ul', { className: 'MuiList-root css-plain-list' }, lines.map((line) => h('li', { key: line, className: 'MuiListItem-root' }, line)))));
  }

  // ---- My Organization ----

  function MyOrganization() {
    const active = state.members.filter((m) => m.active).length;
    return h('div', {},
      PageHeader('My Organization', 'Invite team members, manage seats and billing.', [
        Button({ key: 'invite', variant: 'contained', onClick: openInvite }, '+ Invite'),
        Button({ key: 'import', variant: 'outlined', icon: UPLOAD, onClick: openImport }, 'Import CSV'),
      ]),
      h('div', { className: 'MuiStack-root css-stats' },
        StatCard('Active', active),
        StatCard('Inactive', state.members.length - active)),
      MembersGrid());
  }

  function StatCard(label, value) {
    return h('div', { className: 'MuiPaper-root MuiCard-root css-stat' },
      h('p', { className: 'MuiTypography-root MuiTypography-overline' }, label),
      h('p', { className: 'MuiTypography-root MuiTypography-h5' }, String(value)));
  }

  function MembersGrid() {
    return h('div', { className: 'MuiPaper-root css-card' },
      h('div', {
        role: 'grid',
        'aria-label': 'Members',
        'aria-rowcount': String(state.members.length + 1),
        'aria-colcount': String(COLUMNS.length),
        className: 'MuiDataGrid-root css-grid',
      },
        h('div', { role: 'rowgroup', className: 'MuiDataGrid-columnHeaders' },
          h('div', { role: 'row', 'aria-rowindex': '1', className: 'MuiDataGrid-row css-row css-header-row' },
            COLUMNS.map((title, index) => h('div', { key: title, role: 'columnheader', 'aria-colindex': String(index + 1), className: 'MuiDataGrid-columnHeader' },
              h('div', { className: 'MuiDataGrid-columnHeaderTitle' }, title))))),
        h('div', { role: 'rowgroup', className: 'MuiDataGrid-virtualScrollerRenderZone' },
          state.members.map((member, index) => MemberRow(member, index)))));
  }

  function MemberRow(member, index) {
    const status = statusOf(member);
    const cell = (colindex, ...children) => h('div', { role: 'gridcell', 'aria-colindex': String(colindex), className: 'MuiDataGrid-cell' }, ...children);
    return h('div', { key: `${index}`, role: 'row', 'aria-rowindex': String(index + 2), className: `MuiDataGrid-row css-row${member.active ? '' : ' css-inactive'}` },
      cell(1, h('div', { className: 'MuiAvatar-root MuiAvatar-circular css-avatar', 'aria-hidden': 'true' }, initialsOf(member.name)), h('span', { className: 'css-name' }, member.name)),
      cell(2, member.email),
      cell(3, member.jobTitle),
      cell(4, h('div', { className: `MuiChip-root MuiChip-filled css-chip-${status.split(' ')[0].toLowerCase()}` }, h('span', { className: 'MuiChip-label' }, status))),
      cell(5, h('div', { className: 'css-progress' },
        h('div', { role: 'progressbar', 'aria-valuenow': String(member.progress), 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-label': `Progress of ${member.name}`, className: 'MuiLinearProgress-root' },
          h('div', { className: 'MuiLinearProgress-bar', style: `transform: translateX(${member.progress - 100}%)` })),
        h('span', { className: 'MuiTypography-root MuiTypography-body2' }, `${member.progress}%`))),
      cell(6, Select({
        id: `:billing-${index}:`,
        ariaLabel: `Billing Status for ${member.name}`,
        value: member.active ? 'Active' : 'Deactivate',
        options: BILLING,
        compact: true,
        onChange: (value) => setState((s) => ({
          members: s.members.map((m, i) => (i === index ? { ...m, active: value === 'Active' } : m)),
        })),
      })));
  }

  function initialsOf(name) {
    return name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0].toUpperCase()).join('');
  }

  // ---- Import CSV dialog ----

  function openImport() {
    setState({ importDialog: { file: null, error: '', over: false } });
  }

  function closeImport() {
    setState({ importDialog: null });
  }

  async function acceptFile(file) {
    setState((s) => ({ importDialog: s.importDialog && { ...s.importDialog, file, error: '', over: false } }));
    const text = await file.text();
    window.mosMock.received.push({ name: file.name, size: file.size, type: file.type, text });
    bumpMockEvents();
  }

  async function runImport() {
    const dialog = state.importDialog;
    if (!dialog?.file) return;
    let records;
    try {
      records = readImportRecords(await dialog.file.text());
    } catch (error) {
      setState((s) => ({ importDialog: s.importDialog && { ...s.importDialog, error: error.message } }));
      return;
    }
    const added = [];
    let skipped = 0;
    for (const record of records) {
      const email = (record.email ?? '').trim();
      if (!EMAIL_PATTERN.test(email) || hasMemberWithEmail(email) || added.some((m) => m.email.toLowerCase() === email.toLowerCase())) {
        skipped += 1;
        continue;
      }
      added.push(makeMember({ firstName: record.first_name ?? '', lastName: record.last_name ?? '', email, jobTitle: record.job_title ?? '' }));
      window.mosMock.imported.push(record);
    }
    setState((s) => ({ members: [...s.members, ...added], importDialog: null }));
    showSnackbar(`Imported ${plural(added.length, 'member')}, skipped ${skipped}`);
    bumpMockEvents();
  }

  function ImportDialog() {
    const dialog = state.importDialog;
    if (!dialog) return null;
    const { file, error, over } = dialog;
    const setOver = (value) => setState((s) => ({ importDialog: s.importDialog && { ...s.importDialog, over: value } }));
    const browse = (event) => {
      if (event.target !== fileInputNode) fileInputNode?.click();
    };
    return Dialog({
      key: 'import',
      titleId: ':import-title:',
      title: 'Import CSV',
      onClose: closeImport,
      content: [
        h('p', { className: 'MuiTypography-root MuiTypography-body2 css-muted' }, 'Invite many team members at once. Add one user per row to the template, then drop the file below.'),
        h('a', { href: '../mos/sample.csv', download: 'sample.csv', className: 'MuiButtonBase-root MuiButton-root MuiButton-text css-sample' }, 'Download Sample File'),
        h('div', {
          tabindex: '0',
          className: `css-dropzone${over ? ' is-over' : ''}${file ? ' has-file' : ''}`,
          onClick: browse,
          onKeyDown: onActivateKey(browse),
          onDragEnter: (event) => {
            event.preventDefault();
            setOver(true);
          },
          onDragOver: (event) => {
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
          },
          onDragLeave: () => setOver(false),
          onDrop: (event) => {
            event.preventDefault();
            const dropped = event.dataTransfer?.files?.[0];
            if (dropped) acceptFile(dropped);
            else setOver(false);
          },
        },
          Icon(UPLOAD),
          h('p', { className: 'MuiTypography-root css-drop-text' }, file ? `${file.name} selected` : 'Drag & drop your CSV here'),
          h('p', { className: 'MuiTypography-root MuiTypography-caption css-muted' }, file ? 'Drop another file or click to replace it' : 'or click to browse your files'),
          h('input', {
            type: 'file',
            accept: '.csv,text/csv',
            style: 'display:none',
            ref: (node) => { fileInputNode = node; },
            onChange: (event) => {
              const chosen = event.target.files?.[0];
              if (chosen) acceptFile(chosen);
            },
          })),
        error ? Alert(error) : null,
      ],
      actions: [
        Button({ key: 'cancel', onClick: closeImport }, 'Cancel'),
        Button({ key: 'import', variant: 'contained', disabled: !file, onClick: runImport }, 'Import'),
      ],
    });
  }

  // ---- + Invite dialog ----

  function newForm() {
    return {
      key: nextFormKey++,
      first_name: '',
      last_name: '',
      email: '',
      job_title: '',
      permissions: DATA.permissions[0],
      access: [DATA.productAccess[0]],
      programs: [],
      error: '',
    };
  }

  function openInvite() {
    setState({ invite: { mode: 'single', forms: [newForm()], error: '' } });
    queueMicrotask(() => portalNodes.get('invite')?.querySelector('input:not([aria-hidden="true"])')?.focus());
  }

  function closeInvite() {
    setState({ invite: null, menu: null });
  }

  function updateInvite(update) {
    setState((s) => (s.invite ? { invite: { ...s.invite, ...update(s.invite) } } : {}));
  }

  function setField(key, field, value) {
    updateInvite((invite) => ({
      forms: invite.forms.map((form) => (form.key === key ? { ...form, [field]: value, error: field === 'email' ? '' : form.error } : form)),
    }));
  }

  function setMode(mode) {
    updateInvite((invite) => ({ mode, forms: mode === 'single' ? invite.forms.slice(0, 1) : invite.forms, error: '' }));
  }

  function addForm() {
    updateInvite((invite) => ({ forms: [...invite.forms, newForm()] }));
  }

  function removeForm(key) {
    updateInvite((invite) => ({ forms: invite.forms.filter((form) => form.key !== key) }));
  }

  function emailProblem(email, seen) {
    if (!email) return 'Email Address is required.';
    if (!EMAIL_PATTERN.test(email)) return `${email} is not a valid email address.`;
    if (hasMemberWithEmail(email)) return `${email} is already a member of your organization.`;
    if (seen.has(email.toLowerCase())) return `${email} is listed twice.`;
    return null;
  }

  function entryOf(form) {
    const entry = {
      first_name: form.first_name.trim(),
      last_name: form.last_name.trim(),
      email: form.email.trim(),
      job_title: form.job_title.trim(),
      permissions: form.permissions,
    };
    if (EXTENDED_FORM) {
      entry.product_access = DATA.productAccess.filter((seat) => form.access.includes(seat));
      entry.programs = [...form.programs];
    }
    return entry;
  }

  function submitInvite() {
    const invite = state.invite;
    if (!invite) return;
    const filled = invite.forms.filter((f) => f.first_name.trim() || f.last_name.trim() || f.email.trim() || f.job_title.trim());
    if (!filled.length) {
      updateInvite(() => ({ error: 'Fill in at least one member.' }));
      return;
    }
    const seen = new Set();
    for (const form of filled) {
      const problem = emailProblem(form.email.trim(), seen);
      if (problem) {
        const number = invite.forms.indexOf(form) + 1;
        updateInvite((current) => ({
          error: `Member ${number}: ${problem}`,
          forms: current.forms.map((f) => (f.key === form.key ? { ...f, error: problem } : f)),
        }));
        return;
      }
      seen.add(form.email.trim().toLowerCase());
    }
    const entries = filled.map(entryOf);
    window.mosMock.invited.push(...entries);
    setState((s) => ({
      members: [...s.members, ...entries.map((e) => makeMember({ firstName: e.first_name, lastName: e.last_name, email: e.email, jobTitle: e.job_title, permissions: e.permissions }))],
      invite: null,
      menu: null,
    }));
    showSnackbar(`Invitation sent to ${plural(entries.length, 'member')}`);
    bumpMockEvents();
  }

  function Tabs(mode) {
    const tab = (value, label) => {
      const selected = mode === value;
      return h('div', {
        key: value,
        role: 'tab',
        id: `:invite-tab-${value}:`,
        tabindex: selected ? '0' : '-1',
        'aria-selected': selected ? 'true' : 'false',
        'aria-controls': ':invite-panel:',
        className: `MuiButtonBase-root MuiTab-root${selected ? ' Mui-selected' : ''}`,
        onClick: () => setMode(value),
        onKeyDown: (event) => {
          if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
            const other = value === 'single' ? 'multiple' : 'single';
            setMode(other);
            queueMicrotask(() => document.getElementById(`:invite-tab-${other}:`)?.focus());
          } else onActivateKey(() => setMode(value))(event);
        },
      }, label);
    };
    return h('div', { className: 'MuiTabs-root css-tabs' },
      h('div', { role: 'tablist', 'aria-label': 'How many members', className: 'MuiTabs-flexContainer' },
        tab('single', 'Add Single Member'),
        tab('multiple', 'Add Multiple Members')));
  }

  function MemberForm(form, index, multiple) {
    const base = `:r${form.key}`;
    const set = (field) => (value) => setField(form.key, field, value);
    return h('div', { key: form.key, role: 'group', 'aria-labelledby': `${base}-title:`, className: `MuiPaper-root css-member-form${multiple ? ' is-multiple' : ''}` },
      h('div', { className: 'css-form-head' },
        h('p', { id: `${base}-title:`, className: `MuiTypography-root MuiTypography-subtitle2${multiple ? '' : ' css-visually-hidden'}` }, `Member ${index + 1}`),
        multiple && index > 0
          ? h('div', { role: 'button', tabindex: '0', 'aria-label': `Remove member ${index + 1}`, className: 'MuiButtonBase-root MuiIconButton-root', onClick: () => removeForm(form.key), onKeyDown: onActivateKey(() => removeForm(form.key)) }, Icon(CLOSE))
          : null),
      h('div', { className: 'MuiGrid-container css-form-grid' },
        TextField({ id: `${base}-first:`, label: 'First Name', value: form.first_name, onChange: set('first_name') }),
        TextField({ id: `${base}-last:`, label: 'Last Name', value: form.last_name, onChange: set('last_name') }),
        TextField({
          id: `${base}-email:`,
          label: 'Email Address',
          type: 'email',
          required: true,
          value: form.email,
          onChange: set('email'),
          error: Boolean(form.error),
          helper: form.error || 'The invitation is sent here.',
        }),
        TextField({ id: `${base}-title-field:`, label: 'Job Title', value: form.job_title, onChange: set('job_title') }),
        Select({ id: `${base}-permissions:`, label: 'Permissions', value: form.permissions, options: DATA.permissions, onChange: set('permissions') }),
        EXTENDED_FORM ? ProductAccess(form, base) : null,
        EXTENDED_FORM ? Select({ id: `${base}-programs:`, label: 'Program(s)', multiple: true, value: form.programs, options: DATA.programs, onChange: set('programs') }) : null));
  }

  function ProductAccess(form, base) {
    const labelId = `${base}-access-label:`;
    return h('div', { role: 'group', 'aria-labelledby': labelId, className: 'MuiFormControl-root css-access' },
      h('span', { id: labelId, className: 'MuiFormLabel-root' }, 'Product Access'),
      h('div', { className: 'MuiFormGroup-root MuiFormGroup-row' }, DATA.productAccess.map((seat) => {
        const checked = form.access.includes(seat);
        return h('label', { key: seat, className: 'MuiFormControlLabel-root' },
          h('span', { className: `MuiButtonBase-root MuiCheckbox-root${checked ? ' Mui-checked' : ''}` },
            h('input', {
              type: 'checkbox',
              checked,
              className: 'PrivateSwitchBase-input',
              onChange: (event) => setField(form.key, 'access', event.target.checked
                ? DATA.productAccess.filter((s) => s === seat || form.access.includes(s))
                : form.access.filter((s) => s !== seat)),
            }),
            Icon(checked ? CHECKED : UNCHECKED)),
          h('span', { className: 'MuiTypography-root MuiFormControlLabel-label' }, seat));
      })));
  }

  function InviteDialog() {
    const invite = state.invite;
    if (!invite) return null;
    const multiple = invite.mode === 'multiple';
    return Dialog({
      key: 'invite',
      titleId: ':invite-title:',
      title: 'Invite Members',
      onClose: closeInvite,
      content: [
        Tabs(invite.mode),
        h('div', { role: 'tabpanel', id: ':invite-panel:', 'aria-labelledby': `:invite-tab-${invite.mode}:`, className: 'css-tabpanel' },
          h('div', { className: 'MuiStack-root css-forms' }, invite.forms.map((form, index) => MemberForm(form, index, multiple))),
          multiple ? Button({ key: 'add', icon: PLUS, onClick: addForm }, 'Add Member') : null),
        invite.error ? Alert(invite.error) : null,
      ],
      actions: [
        Button({ key: 'cancel', onClick: closeInvite }, 'Cancel'),
        Button({ key: 'invite', variant: 'contained', onClick: submitInvite }, 'Invite Member'),
      ],
    });
  }

  // ---- Start ----

  // A file dropped outside the drop box must not make the browser navigate away to it.
  for (const type of ['dragover', 'drop']) {
    window.addEventListener(type, (event) => {
      if (!event.defaultPrevented) event.preventDefault();
    });
  }
  window.addEventListener('popstate', () => setState({ view: viewFromLocation(), invite: null, importDialog: null, menu: null }));
  render();
  // Re-render often, as a React app does on every store update: values not in state do not survive.
  setInterval(render, 300);
})();
