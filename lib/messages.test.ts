import { describe, expect, it } from 'vitest';
import {
  MAX_PAGE_INVITEES,
  attachResponseSchema,
  fillResponseSchema,
  mayAskMosPage,
  probeResponseSchema,
  crawlPortMessageSchema,
  crawlStartSchema,
  exportRequestSchema,
  exportStateSchema,
  highlightRequestSchema,
  isFromTabTopFrame,
  pageTablesSchema,
  isFromExtensionCore,
  isFromExtensionPage,
  mosPageRequestSchema,
  panelRequestSchema,
  panelResponseSchemas,
  readMembersResponseSchema,
} from './messages';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const PANEL = '/mos-panel.html';

describe('mosPageRequestSchema', () => {
  it('accepts the two requests', () => {
    expect(mosPageRequestSchema.parse({ type: 'mos/read-members' })).toEqual({ type: 'mos/read-members' });
    expect(mosPageRequestSchema.parse({ type: 'mos/attach-csv', fileName: 'q4.CSV', csv: 'a,b' })).toEqual({
      type: 'mos/attach-csv',
      fileName: 'q4.CSV',
      csv: 'a,b',
    });
  });

  it.each([
    ['an unknown type', { type: 'mos/delete-everyone' }],
    ['no type', { fileName: 'a.csv', csv: '' }],
    ['a missing csv', { type: 'mos/attach-csv', fileName: 'a.csv' }],
    ['a missing file name', { type: 'mos/attach-csv', csv: 'x' }],
    ['a file name not ending .csv', { type: 'mos/attach-csv', fileName: 'a.csv.exe', csv: 'x' }],
    ['an empty file name', { type: 'mos/attach-csv', fileName: '', csv: 'x' }],
    ['an oversize file name', { type: 'mos/attach-csv', fileName: `${'a'.repeat(252)}.csv`, csv: 'x' }],
    ['a csv that is not text', { type: 'mos/attach-csv', fileName: 'a.csv', csv: 42 }],
    ['not an object', 'mos/read-members'],
    ['null', null],
  ])('rejects %s', (_why, message) => {
    expect(mosPageRequestSchema.safeParse(message).success).toBe(false);
  });

  it('accepts a file name of exactly 255 characters', () => {
    expect(
      mosPageRequestSchema.safeParse({ type: 'mos/attach-csv', fileName: `${'a'.repeat(251)}.csv`, csv: '' }).success,
    ).toBe(true);
  });

  it('rejects a csv over 64 MiB', () => {
    const csv = 'x'.repeat(64 * 1024 * 1024 + 1);
    expect(mosPageRequestSchema.safeParse({ type: 'mos/attach-csv', fileName: 'a.csv', csv }).success).toBe(false);
  });
});

describe('page responses', () => {
  const member = {
    email: 'jane@example.com',
    name: 'Jane Doe',
    jobTitle: 'Engineer II',
    status: 'active',
    billingStatus: 'Active',
    progress: 45,
  };

  it('accepts a member list and rejects a malformed one', () => {
    expect(readMembersResponseSchema.safeParse({ ok: true, members: [member] }).success).toBe(true);
    expect(readMembersResponseSchema.safeParse({ ok: true, members: [{ ...member, status: 'vip' }] }).success).toBe(false);
    expect(readMembersResponseSchema.safeParse({ ok: true, members: [{ ...member, progress: 101 }] }).success).toBe(false);
    expect(readMembersResponseSchema.safeParse({ ok: true, members: [{ ...member, email: 'a'.repeat(321) }] }).success).toBe(
      false,
    );
    expect(readMembersResponseSchema.safeParse({ ok: false, members: [] }).success).toBe(false);
  });

  it('accepts attach outcomes and rejects others', () => {
    expect(attachResponseSchema.safeParse({ ok: true, confirmed: false, method: 'drop' }).success).toBe(true);
    expect(attachResponseSchema.safeParse({ ok: false, error: 'No button' }).success).toBe(true);
    expect(attachResponseSchema.safeParse({ ok: true, confirmed: 'yes', method: 'input' }).success).toBe(false);
    expect(attachResponseSchema.safeParse({ ok: true, confirmed: true, method: 'paste' }).success).toBe(false);
    expect(attachResponseSchema.safeParse({ ok: false, error: 'x'.repeat(2001) }).success).toBe(false);
  });
});

describe('panelRequestSchema', () => {
  it('accepts the panel requests', () => {
    expect(panelRequestSchema.safeParse({ type: 'panel/list-drafts' }).success).toBe(true);
    expect(panelRequestSchema.safeParse({ type: 'panel/plan', draftId: 'd1' }).success).toBe(true);
    expect(panelRequestSchema.safeParse({ type: 'panel/send', draftId: 'd1' }).success).toBe(true);
  });

  it('rejects a wrong type, a missing or empty or oversize draft id', () => {
    expect(panelRequestSchema.safeParse({ type: 'panel/delete', draftId: 'd1' }).success).toBe(false);
    expect(panelRequestSchema.safeParse({ type: 'panel/plan' }).success).toBe(false);
    expect(panelRequestSchema.safeParse({ type: 'panel/send', draftId: '' }).success).toBe(false);
    expect(panelRequestSchema.safeParse({ type: 'panel/send', draftId: 'x'.repeat(65) }).success).toBe(false);
    expect(panelRequestSchema.safeParse({ type: 'panel/send', draftId: 7 }).success).toBe(false);
  });

  it('accepts a file table from the panel, and nothing but a file origin or text cells', () => {
    const table = { headers: ['Email'], rows: [['a@example.com']], origin: { kind: 'file', fileName: 'a.csv', signature: 'email' } };
    const importId = crypto.randomUUID();
    expect(panelRequestSchema.safeParse({ type: 'panel/import-table', importId, table }).success).toBe(true);
    const page = { ...table, origin: { kind: 'page', site: 'x', title: 'x', signature: 'x' } };
    expect(panelRequestSchema.safeParse({ type: 'panel/import-table', importId, table: page }).success).toBe(false);
    expect(panelRequestSchema.safeParse({ type: 'panel/import-table', importId, table: { ...table, rows: [[1]] } }).success).toBe(false);
    expect(panelRequestSchema.safeParse({ type: 'panel/import-table', importId, table: { ...table, headers: [] } }).success).toBe(false);
    // The import's id is the panel's random name for it, and nothing else.
    expect(panelRequestSchema.safeParse({ type: 'panel/import-table', table }).success).toBe(false);
    expect(panelRequestSchema.safeParse({ type: 'panel/cancel-import', importId: 'draft-1' }).success).toBe(false);
    expect(panelRequestSchema.safeParse({ type: 'panel/cancel-import', importId }).success).toBe(true);
  });
});

describe('panelResponseSchemas', () => {
  const plan = {
    toImport: 2,
    alreadyMembers: ['a@example.com'],
    invalid: 0,
    excluded: 1,
    duplicates: 0,
    enableSeats: 2,
    opportunitySeats: 0,
    membersRead: 5,
    invited: 0,
  };

  it('accepts each success shape', () => {
    expect(
      panelResponseSchemas['panel/list-drafts'].safeParse({
        ok: true,
        drafts: [{ id: 'd', name: 'n', rowCount: 1, updatedAt: 2, source: 's', problems: 0 }],
      }).success,
    ).toBe(true);
    expect(panelResponseSchemas['panel/plan'].safeParse({ ok: true, plan }).success).toBe(true);
    expect(
      panelResponseSchemas['panel/send'].safeParse({ ok: true, plan, fileName: 'a.csv', confirmed: true, templateNotes: [] })
        .success,
    ).toBe(true);
    expect(
      panelResponseSchemas['panel/download'].safeParse({ ok: true, plan, fileName: 'a.csv', templateNotes: ['x'], csv: 'a' })
        .success,
    ).toBe(true);
  });

  it('rejects a send answer without its template notes', () => {
    expect(panelResponseSchemas['panel/send'].safeParse({ ok: true, plan, fileName: 'a.csv', confirmed: true }).success).toBe(
      false,
    );
  });

  it('rejects a plan with a missing count', () => {
    const { toImport: _, ...partial } = plan;
    expect(panelResponseSchemas['panel/plan'].safeParse({ ok: true, plan: partial }).success).toBe(false);
  });
});

describe('isFromExtensionPage', () => {
  const good = { id: EXT_ID, url: `chrome-extension://${EXT_ID}${PANEL}`, tab: { id: 3, url: 'https://app.mos.example/' }, frameId: 7 };

  it('accepts our own panel page, in a tab or not', () => {
    expect(isFromExtensionPage(good, EXT_ID, PANEL)).toBe(true);
    expect(isFromExtensionPage({ ...good, url: `${good.url}?draft=1#x` }, EXT_ID, PANEL)).toBe(true);
    expect(isFromExtensionPage({ id: EXT_ID, url: good.url }, EXT_ID, PANEL)).toBe(true);
  });

  it('rejects another extension', () => {
    expect(isFromExtensionPage({ ...good, id: 'otherextensionidotherextensionid' }, EXT_ID, PANEL)).toBe(false);
    expect(
      isFromExtensionPage({ ...good, url: `chrome-extension://otherextensionidotherextensionid${PANEL}` }, EXT_ID, PANEL),
    ).toBe(false);
  });

  it('rejects a web page, even one whose host or path looks like ours', () => {
    expect(isFromExtensionPage({ ...good, url: `https://${EXT_ID}${PANEL}` }, EXT_ID, PANEL)).toBe(false);
    expect(isFromExtensionPage({ ...good, url: `http://${EXT_ID}${PANEL}` }, EXT_ID, PANEL)).toBe(false);
    expect(isFromExtensionPage({ ...good, url: `https://evil.test${PANEL}` }, EXT_ID, PANEL)).toBe(false);
  });

  it('rejects a content script (sender url is the web page it runs in)', () => {
    expect(isFromExtensionPage({ id: EXT_ID, url: 'https://app.mos.example/org', tab: { id: 3 } }, EXT_ID, PANEL)).toBe(
      false,
    );
  });

  it('rejects another page of ours and a missing or malformed url', () => {
    expect(isFromExtensionPage({ ...good, url: `chrome-extension://${EXT_ID}/popup.html` }, EXT_ID, PANEL)).toBe(false);
    expect(isFromExtensionPage({ ...good, url: `chrome-extension://${EXT_ID}/mos-panel.html/x` }, EXT_ID, PANEL)).toBe(
      false,
    );
    expect(isFromExtensionPage({ id: EXT_ID }, EXT_ID, PANEL)).toBe(false);
    expect(isFromExtensionPage({ id: EXT_ID, url: 'not a url' }, EXT_ID, PANEL)).toBe(false);
    expect(isFromExtensionPage({ ...good, id: undefined }, EXT_ID, PANEL)).toBe(false);
  });
});

describe('isFromExtensionCore', () => {
  it('accepts our background or popup (no tab)', () => {
    expect(isFromExtensionCore({ id: EXT_ID, url: `chrome-extension://${EXT_ID}/background.js` }, EXT_ID)).toBe(true);
    expect(isFromExtensionCore({ id: EXT_ID }, EXT_ID)).toBe(true);
  });

  it('rejects another extension and anything sent from a tab', () => {
    expect(isFromExtensionCore({ id: 'otherextensionidotherextensionid' }, EXT_ID)).toBe(false);
    expect(isFromExtensionCore({}, EXT_ID)).toBe(false);
    expect(isFromExtensionCore({ id: EXT_ID, tab: { id: 3, url: 'https://app.mos.example/' } }, EXT_ID)).toBe(false);
    // Our own panel frame lives in a tab too: it must go through the background.
    expect(
      isFromExtensionCore({ id: EXT_ID, url: `chrome-extension://${EXT_ID}${PANEL}`, tab: { id: 3 } }, EXT_ID),
    ).toBe(false);
  });
});

describe('invite requests to the mOS page', () => {
  const person = {
    first_name: 'Jane',
    last_name: 'Doe',
    email: 'jane@acme.com',
    job_title: 'Engineer II',
    permissions: 'Member',
    mos_enable: true,
    mos_opportunity: false,
    programs: ['MEDDPICC Masterclass'],
  };

  it('accepts a probe and a fill of one to 25 people', () => {
    expect(mosPageRequestSchema.parse({ type: 'mos/probe' })).toEqual({ type: 'mos/probe' });
    const fill = { type: 'mos/fill-invite', people: [person], pressInvite: false };
    expect(mosPageRequestSchema.parse(fill)).toEqual(fill);
    const many = { ...fill, people: Array.from({ length: MAX_PAGE_INVITEES }, () => person) };
    expect(mosPageRequestSchema.safeParse(many).success).toBe(true);
  });

  it.each([
    ['nobody', { people: [] }],
    ['too many people', { people: Array.from({ length: MAX_PAGE_INVITEES + 1 }, () => person) }],
    ['no permissions', { people: [{ ...person, permissions: '' }] }],
    ['a seat that is not a boolean', { people: [{ ...person, mos_enable: 'TRUE' }] }],
    ['an oversize name', { people: [{ ...person, first_name: 'x'.repeat(257) }] }],
    ['no pressInvite', { pressInvite: undefined }],
  ])('rejects a fill with %s', (_why, change) => {
    expect(mosPageRequestSchema.safeParse({ type: 'mos/fill-invite', people: [person], pressInvite: false, ...change }).success).toBe(false);
  });

  it('checks the answers', () => {
    expect(probeResponseSchema.safeParse({ ok: true, myOrganization: true }).success).toBe(true);
    expect(probeResponseSchema.safeParse({ ok: true }).success).toBe(false);
    const filled = {
      ok: true,
      mode: 'single',
      filled: 1,
      problems: [{ person: 0, email: 'jane@acme.com', field: 'programs', message: 'x' }],
      pressed: false,
      submitted: false,
      permissionOptions: ['Member'],
    };
    expect(fillResponseSchema.parse(filled)).toEqual(filled);
    expect(fillResponseSchema.safeParse({ ...filled, problems: [{ ...filled.problems[0], field: 'password' }] }).success).toBe(false);
    expect(fillResponseSchema.parse({ ok: false, error: 'No dialog.' })).toEqual({ ok: false, error: 'No dialog.' });
  });
});

describe('mayAskMosPage', () => {
  const popupInTab = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/popup.html?tab=7`, tab: { id: 9 } };

  it('lets the background and the toolbar popup ask anything', () => {
    const core = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/popup.html` };
    expect(mayAskMosPage('mos/attach-csv', core, EXT_ID)).toBe(true);
    expect(mayAskMosPage('mos/fill-invite', core, EXT_ID)).toBe(true);
  });

  it('lets the popup open as a page ask to probe, read members and fill, but not to attach a file', () => {
    expect(mayAskMosPage('mos/probe', popupInTab, EXT_ID)).toBe(true);
    expect(mayAskMosPage('mos/read-members', popupInTab, EXT_ID)).toBe(true);
    expect(mayAskMosPage('mos/fill-invite', popupInTab, EXT_ID)).toBe(true);
    expect(mayAskMosPage('mos/attach-csv', popupInTab, EXT_ID)).toBe(false);
  });

  it('refuses other tabs, other extensions and our other pages', () => {
    const contentScript = { id: EXT_ID, url: 'https://evil.test/', tab: { id: 3 } };
    expect(mayAskMosPage('mos/fill-invite', contentScript, EXT_ID)).toBe(false);
    expect(mayAskMosPage('mos/fill-invite', { ...popupInTab, id: 'otherextensionidotherextensionid' }, EXT_ID)).toBe(false);
    expect(mayAskMosPage('mos/fill-invite', { ...popupInTab, url: `chrome-extension://${EXT_ID}/mos-panel.html` }, EXT_ID)).toBe(false);
    expect(mayAskMosPage('mos/fill-invite', { ...popupInTab, url: `https://${EXT_ID}/popup.html` }, EXT_ID)).toBe(false);
  });
});

describe('table export messages', () => {
  it('accepts a crawl start for a listed table or the one nearest the right-click', () => {
    const listed = { type: 'crawl/start', crawlId: 'crawl-0001', table: { index: 2, signature: 'table|name|email' } };
    expect(crawlStartSchema.parse(listed)).toEqual(listed);
    expect(crawlStartSchema.safeParse({ ...listed, table: { nearest: true } }).success).toBe(true);
  });

  it.each([
    ['a negative index', { type: 'crawl/start', crawlId: 'crawl-0001', table: { index: -1, signature: 's' } }],
    ['a short crawl id', { type: 'crawl/start', crawlId: 'x', table: { nearest: true } }],
    ['an absurd row limit', { type: 'crawl/start', crawlId: 'crawl-0001', table: { nearest: true }, limits: { maxRows: 1e9 } }],
  ])('rejects a crawl start with %s', (_why, message) => {
    expect(crawlStartSchema.safeParse(message).success).toBe(false);
  });

  it('accepts the crawler’s stream and rejects rows that are not text', () => {
    expect(crawlPortMessageSchema.safeParse({ type: 'crawl/rows', rows: [['Jane', 'jane@example.com']] }).success).toBe(true);
    expect(crawlPortMessageSchema.safeParse({ type: 'crawl/rows', rows: [['Jane', 42]] }).success).toBe(false);
    expect(crawlPortMessageSchema.safeParse({ type: 'crawl/rows', rows: Array(5001).fill(['x']) }).success).toBe(false);
    expect(crawlPortMessageSchema.safeParse({ type: 'crawl/end', end: 'complete', headers: ['Name'], rows: 1, pages: 1 }).success).toBe(true);
    expect(crawlPortMessageSchema.safeParse({ type: 'crawl/end', end: 'exploded', headers: [], rows: 1, pages: 1 }).success).toBe(false);
    expect(crawlPortMessageSchema.safeParse({ type: 'crawl/delete' }).success).toBe(false);
  });

  it('accepts the popup’s requests and the background’s state', () => {
    expect(exportRequestSchema.safeParse({ type: 'export/stop', tabId: 3 }).success).toBe(true);
    expect(exportRequestSchema.safeParse({ type: 'export/start', tabId: '3', table: { nearest: true } }).success).toBe(false);
    expect(exportStateSchema.safeParse({ type: 'export/state', tabId: 3, phase: 'running', rows: 10, page: 2 }).success).toBe(true);
    expect(highlightRequestSchema.safeParse({ type: 'highlight/show', index: 1 }).success).toBe(true);
    expect(highlightRequestSchema.safeParse({ type: 'highlight/show', selector: 'table' }).success).toBe(false);
  });

  it('accepts the tables a page lists, and nothing else', () => {
    const page = { site: 'hr.example.com', title: 'People', tables: [{ index: 0, kind: 'grid', label: 'People (40 of 1,200 rows shown)', headers: ['Name'], rowCount: 40, statedTotal: 1200, signature: 'grid|name' }] };
    expect(pageTablesSchema.parse(page)).toEqual(page);
    expect(pageTablesSchema.safeParse({ ...page, tables: [{ ...page.tables[0], kind: 'spreadsheet' }] }).success).toBe(false);
  });
});

describe('isFromTabTopFrame', () => {
  const sender = { id: EXT_ID, tab: { id: 4 }, frameId: 0, url: 'https://hr.example.com/' };
  it('is true for our content script in the top frame of that tab only', () => {
    expect(isFromTabTopFrame(sender, EXT_ID, 4)).toBe(true);
    expect(isFromTabTopFrame(sender, EXT_ID, 5)).toBe(false);
    expect(isFromTabTopFrame({ ...sender, frameId: 2 }, EXT_ID, 4)).toBe(false);
    expect(isFromTabTopFrame({ ...sender, id: 'other' }, EXT_ID, 4)).toBe(false);
    expect(isFromTabTopFrame({ id: EXT_ID }, EXT_ID, 4)).toBe(false);
  });
});
