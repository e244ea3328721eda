import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { FILE_ERRORS, fileError } from '@/lib/sources/file/errors';
import { errorText, say } from '@/components/format';

type UntypedT = (key: string) => string;

describe('messages lib words itself', () => {
  it('file errors read the same in lib and in the English message file', () => {
    for (const [key, english] of Object.entries(FILE_ERRORS)) {
      expect((i18n.t as unknown as UntypedT)(`files.errors.${key}`), key).toBe(english);
    }
  });

  it('a file error is shown from its key, with its placeholders filled', () => {
    const error = fileError('unclosedQuote', { file: 'staff.csv', line: '1,204' });
    expect(error.message).toBe('staff.csv: line 1,204 has an unclosed quote.');
    expect(say(error.message, error.said)).toBe(error.message);
  });

  it('an unknown key falls back to the English lib wrote', () => {
    expect(say('Plain English.', { key: 'files.errors.noSuchKey' })).toBe('Plain English.');
  });
});

describe('row checks lib words itself', () => {
  it('read the same in lib and in the English message file', async () => {
    const { ROW_MESSAGES } = await import('@/lib/mos/row-wording');
    for (const [key, english] of Object.entries(ROW_MESSAGES)) {
      expect((i18n.t as unknown as UntypedT)(`editor.checks.${key}`), key).toBe(english);
    }
  });
});

describe('sync reasons lib words itself', () => {
  it('read the same in lib and in the English message file', async () => {
    const { SYNC_MESSAGES } = await import('@/lib/sync/wording');
    for (const [key, english] of Object.entries(SYNC_MESSAGES)) {
      expect((i18n.t as unknown as UntypedT)(`sync.reasons.${key}`), key).toBe(english);
    }
  });
});

describe('draft list messages lib words itself', () => {
  it('read the same in lib and in the English message file', async () => {
    const { LIBRARY_MESSAGES } = await import('@/lib/drafts/library');
    for (const [key, english] of Object.entries(LIBRARY_MESSAGES)) {
      expect((i18n.t as unknown as UntypedT)(`library.said.${key}`), key).toBe(english);
    }
  });
});

describe('how a file was read', () => {
  it('reads the same from its key as lib words it', async () => {
    const { describeRead, describeReadSaid } = await import('@/lib/sources/file/describe');
    const text = { format: 'delimited', encoding: 'utf-8', delimiter: ';', table: { headers: [], rows: [] }, notes: [] } as unknown as Parameters<typeof describeRead>[0];
    const sheet = { ...text, format: 'workbook', sheet: 'Workers' } as unknown as Parameters<typeof describeRead>[0];
    for (const result of [text, sheet]) expect(say('', describeReadSaid(result))).toBe(describeRead(result));
  });
});

describe('save failures lib words itself', () => {
  it('read the same in lib and in the English message file', async () => {
    const { STORAGE_MESSAGES } = await import('@/lib/drafts/storage-errors');
    for (const [key, english] of Object.entries(STORAGE_MESSAGES)) {
      expect((i18n.t as unknown as UntypedT)(`editor.storage.${key}`), key).toBe(english);
    }
  });
});

describe('the mOS panel words its errors and notes', () => {
  const sameAsEnglishFile = (table: Record<string, string>, prefix: string) => {
    for (const [key, english] of Object.entries(table)) {
      expect((i18n.t as unknown as UntypedT)(`${prefix}.${key}`), key).toBe(english);
    }
  };

  it('read the same in lib and in the English message file', async () => {
    sameAsEnglishFile((await import('@/lib/mos-panel/wording')).PANEL_MESSAGES, 'said.panel');
    sameAsEnglishFile((await import('@/lib/out/page-template')).TEMPLATE_MESSAGES, 'said.template');
    sameAsEnglishFile((await import('@/lib/mos-page/page-errors')).MOS_PAGE_ERRORS, 'said.mosPage');
  });

  it('template notes and page errors are shown from their keys as lib words them', async () => {
    const { fitToPageTemplate, templateFitNotes } = await import('@/lib/out/page-template');
    const notes = templateFitNotes(fitToPageTemplate(['email', 'first_name', 'Team']));
    expect(notes.length).toBeGreaterThan(1);
    for (const note of notes) expect(say('', note.said)).toBe(note.text);
    const { MOS_PAGE_ERRORS, mosPageErrorSaid } = await import('@/lib/mos-page/page-errors');
    expect(say('', mosPageErrorSaid(MOS_PAGE_ERRORS.noInviteButton))).toBe(MOS_PAGE_ERRORS.noInviteButton);
    expect(mosPageErrorSaid('Something the page said.')).toBeUndefined();
    const { panelError } = await import('@/lib/mos-panel/wording');
    const tooMany = panelError('tooManyForForm', { max: 10, count: 12 });
    expect(tooMany.error).toBe('The + Invite form is for 10 people or fewer; send the 12 as a file instead.');
    expect(say('', tooMany.said)).toBe(tooMany.error);
  });
});

describe('how a page export ended', () => {
  it('reads the same in lib and in the English message file', async () => {
    const { OUTCOME_MESSAGES } = await import('@/lib/sources/page/outcome');
    for (const [key, english] of Object.entries(OUTCOME_MESSAGES)) {
      expect((i18n.t as unknown as UntypedT)(`said.export.${key}`), key).toBe(english);
    }
  });

  it('is shown from its sentence keys exactly as lib words it, for every way an export ends', async () => {
    const { describeOutcome, exportMessage } = await import('@/lib/sources/page/outcome');
    const { saySentences } = await import('@/components/format');
    const limits = { maxRows: 50_000, maxPages: 500, maxMs: 15 * 60_000 };
    const ends = ['complete', 'stopped', 'row-limit', 'page-limit', 'time-limit', 'next-page-stuck', 'table-lost', 'next-page-elsewhere', 'page-closed', 'failed'] as const;
    for (const end of ends) {
      for (const [rows, pages, statedTotal] of [[0, 1, undefined], [1, 1, 3], [1_204, 3, 2_000], [52, 1, 52]] as const) {
        const outcome = describeOutcome({ end, rows, pages, statedTotal, limits });
        expect(saySentences('', outcome.said), `${end} ${rows}`).toBe(outcome.text);
      }
    }
    const notSaved = exportMessage('notSaved', 'noRoom');
    expect(saySentences('', notSaved.said)).toBe('The rows were read but the draft could not be saved. The browser has no room left to store it.');
  });
});

describe('notes on how a file was read', () => {
  it('read the same in lib and in the English message file', async () => {
    const { READ_NOTES } = await import('@/lib/sources/file/read-notes');
    for (const [key, english] of Object.entries(READ_NOTES)) {
      expect((i18n.t as unknown as UntypedT)(`said.read.${key}`), key).toBe(english);
    }
    const { ORIGIN_MESSAGES } = await import('@/lib/sources/source-table');
    expect((i18n.t as unknown as UntypedT)('said.origin.fileSheet')).toBe(ORIGIN_MESSAGES.fileSheet);
  });

  it('are shown from their keys as lib words them, one key per note', async () => {
    const { readSourceFile } = await import('@/lib/sources/file/read-file');
    const lines = ['Staff report', 'Acme Ltd', 'First name;Email;Team', 'Zoë;zoe@acme.example;Ops', 'First name;Email;Team', 'Ann;ann@acme.example;Ops', 'Total: 2'];
    const bytes = new Uint8Array([...lines.join('\n')].map((c) => (c === 'ë' ? 0xeb : c.charCodeAt(0))));
    const result = await readSourceFile(bytes, 'staff.csv');
    expect(result.notes).toHaveLength(4);
    expect(result.notesSaid).toHaveLength(4);
    result.notes.forEach((note, i) => expect(say('', result.notesSaid![i])).toBe(note));
  });

  it('a draft from a workbook names its sheet in words from the message files', async () => {
    const { describeOrigin, describeOriginSaid } = await import('@/lib/sources/source-table');
    const origin = { kind: 'file' as const, fileName: 'staff.xlsx', sheet: 'Workers', signature: '' };
    expect(say('', describeOriginSaid(origin))).toBe(describeOrigin(origin));
  });
});

describe('draft jobs and draft files', () => {
  it('read the same in lib and in the English message file', async () => {
    const { JOB_MESSAGES } = await import('@/lib/drafts/job-wording');
    for (const [key, english] of Object.entries(JOB_MESSAGES)) {
      expect((i18n.t as unknown as UntypedT)(`said.jobs.${key}`), key).toBe(english);
    }
  });

  it('a draft file that cannot be read is shown from its key as lib words it', async () => {
    const { parseDraftJson } = await import('@/lib/drafts/transfer');
    for (const text of ['{not json', '{"format":"something-else","version":1}']) {
      const error = (() => {
        try {
          parseDraftJson(text, 'team.json');
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/^team\.json /);
      expect(errorText(error)).toBe((error as Error).message);
      const { said, sentences } = error as { said?: unknown; sentences?: unknown };
      expect(said ?? sentences).toBeDefined();
    }
  });
});

describe('tables found on a page', () => {
  it('are labelled the same in lib and from the message files', async () => {
    const { TABLE_LABELS } = await import('@/lib/sources/page/index');
    for (const [key, english] of Object.entries(TABLE_LABELS)) {
      expect((i18n.t as unknown as UntypedT)(`said.tables.${key}`), key).toBe(english);
    }
    const { tableLabel } = await import('@/components/format');
    expect(tableLabel('Name, Email', 2)).toBe('Name, Email (2 rows)');
    expect(tableLabel('Staff', 1_204, 3_000)).toBe('Staff (1,204 of 3,000 rows shown)');
  });
});

describe('what an invite fill came to', () => {
  it('reads the same in lib and in the English message file', async () => {
    const { FILL_MESSAGES } = await import('@/lib/sources/invite/report');
    for (const [key, english] of Object.entries(FILL_MESSAGES)) {
      expect((i18n.t as unknown as UntypedT)(`said.fill.${key}`), key).toBe(english);
    }
  });

  it('is shown from its key as lib words it, for each way a fill ends', async () => {
    const { describeFill } = await import('@/lib/sources/invite/report');
    const person = { first_name: 'Ann', last_name: 'Lee', email: 'ann@acme.example' } as unknown as Parameters<typeof describeFill>[1][number];
    const base = { ok: true as const, mode: 'single' as const, filled: 1, problems: [], pressed: false, submitted: false, permissionOptions: [] };
    const problem = { person: -1, email: '', field: 'form' as const, message: 'a stray form' };
    const outcomes: Parameters<typeof describeFill>[0][] = [
      base,
      { ...base, pressed: true, submitted: true },
      { ...base, pressed: true, pageMessage: 'Email taken' },
      { ...base, pressed: true },
      { ...base, problems: [problem] },
      { ...base, problems: [problem, problem] },
      { ok: false, error: 'Nobody to invite.' },
    ];
    for (const sent of [[person], [person, person]]) {
      for (const outcome of outcomes) {
        const report = describeFill(outcome, sent);
        expect(report.said, report.text).toBeDefined();
        expect(say('', report.said)).toBe(report.text);
        for (const line of report.problems) expect(say(line.who, line.whoSaid)).toBe(line.who);
      }
    }
  });
});

describe('the popup invite form words its notices', () => {
  it('read the same in lib and in the English message file', async () => {
    const { INVITE_MESSAGES } = await import('@/lib/sources/invite/wording');
    for (const [key, english] of Object.entries(INVITE_MESSAGES)) {
      expect((i18n.t as unknown as UntypedT)(`said.invite.${key}`), key).toBe(english);
    }
  });

  it('a notice is shown from its key as lib words it', async () => {
    const { sayInvite } = await import('@/lib/sources/invite/wording');
    const told = sayInvite('onTheList', { name: 'Ann Lee' });
    expect(told.text).toBe('Ann Lee is on the list. Add the next person, or invite now.');
    expect(say('', told.said)).toBe(told.text);
  });
});

describe('a member status the popup shows', () => {
  it('reads the same in lib and from its key', async () => {
    const { STATUS_MESSAGES, describeStatus, describeStatusSaid } = await import('@/lib/sources/invite/state');
    for (const [key, english] of Object.entries(STATUS_MESSAGES)) {
      expect((i18n.t as unknown as UntypedT)(`said.status.${key}`), key).toBe(english);
    }
    for (const status of ['pending', 'inactive', 'active', 'unknown'] as const) {
      expect(say('', describeStatusSaid({ status }))).toBe(describeStatus({ status }));
    }
  });
});

describe('field errors of the popup invite form', () => {
  it('read the same in lib and from their keys, the mOS checks included', async () => {
    const { FIELD_MESSAGES, checkInvitee, blankInvitee } = await import('@/lib/sources/invite/person');
    for (const [key, english] of Object.entries(FIELD_MESSAGES)) {
      expect((i18n.t as unknown as UntypedT)(`said.field.${key}`), key).toBe(english);
    }
    const values = { ...blankInvitee(), email: 'not an address', permissions: '', first_name: 'x'.repeat(300) };
    const check = checkInvitee(values);
    expect(Object.keys(check.errors).length).toBeGreaterThanOrEqual(3);
    for (const [field, message] of Object.entries(check.errors)) {
      expect(say('', check.errorsSaid?.[field as keyof typeof check.errors]), field).toBe(message);
    }
  });
});

describe('why a page did not start an export', () => {
  it('reads the same in lib and from its key', async () => {
    const { PAGE_AGENT_ERRORS, pageAgentErrorKey } = await import('@/lib/sources/page/agent-errors');
    for (const [key, english] of Object.entries(PAGE_AGENT_ERRORS)) {
      expect((i18n.t as unknown as UntypedT)(`said.pageAgent.${key}`), key).toBe(english);
      expect(say('', { key: pageAgentErrorKey(english)! })).toBe(english);
    }
    expect(pageAgentErrorKey('Something else.')).toBeUndefined();
  });
});

/** Every English text of a lib table is the English message file's text under `prefix`. */
function sameAsEnglishFile(table: Record<string, string>, prefix: string) {
  for (const [key, english] of Object.entries(table)) {
    expect((i18n.t as unknown as UntypedT)(`${prefix}.${key}`), `${prefix}.${key}`).toBe(english);
  }
}

describe('problems filling the page’s invite form', () => {
  it('read the same in lib and in the English message file', async () => {
    sameAsEnglishFile((await import('@/lib/mos-page/fill-problems')).FILL_PROBLEMS, 'words.fillProblem');
    sameAsEnglishFile((await import('@/lib/sources/invite/report')).OWN_FIELD_NAMES, 'words.fillField');
  });

  it('each problem of a fill is shown from its key as lib words it, in the popup’s report too', async () => {
    const { Window } = await import('happy-dom');
    const { showMarkup } = await import('@/lib/dom/fixture');
    const { fillInviteDialog } = await import('@/lib/mos-page/invite-form');
    const { describeFill } = await import('@/lib/sources/invite/report');
    const window = new Window({ url: 'http://127.0.0.1/' });
    const doc = window.document as unknown as Document;
    showMarkup(doc, `<div role="dialog" aria-modal="true"><label for="e">Email Address</label><input id="e">
       <label for="p">Permissions</label><select id="p"><option>Member</option></select></div>`);
    const person = { first_name: 'Ann', last_name: 'Lee', email: 'ann@acme.example', job_title: 'CFO', permissions: 'Owner', mos_enable: false, mos_opportunity: true, programs: ['MEDDPICC Masterclass'] };
    const outcome = await fillInviteDialog(doc, [person], { timeoutMs: 50 });
    await window.happyDOM.close();
    if (!outcome.ok) throw new Error(outcome.error);
    // No name, no title, a permission not offered, no seats field, no programs field.
    expect(outcome.problems.map((p) => p.said?.key)).toEqual([
      'words.fillProblem.notFound',
      'words.fillProblem.notFound',
      'words.fillProblem.notFound',
      'words.fillProblem.notOffered',
      'words.fillProblem.noProductAccess',
      'words.fillProblem.noPrograms',
    ]);
    for (const problem of outcome.problems) expect(say('', problem.said)).toBe(problem.message);
    const report = describeFill(outcome, [{ ...person, course_enrollments: [] } as unknown as Parameters<typeof describeFill>[1][number]]);
    for (const line of report.problems) expect(say('', line.said)).toBe(line.message);
    const stray = describeFill({ ...outcome, problems: [{ person: -1, email: '', field: 'form', message: 'x' }] }, []);
    expect(say('', stray.problems[0]!.fieldNameSaid)).toBe(stray.problems[0]!.fieldName);
  });
});

describe('what a paste left out', () => {
  it('reads the same in lib and in the English message file', async () => {
    sameAsEnglishFile((await import('@/lib/sources/invite/state')).PASTE_DETAILS, 'words.pasteDetail');
  });

  it('each detail is shown from its key as lib words it', async () => {
    const { inviteReducer, initialInviteState } = await import('@/lib/sources/invite/state');
    const { parsePastedPeople, MAX_PASTED_LINES } = await import('@/lib/sources/invite/paste');
    const lines = ['ann@acme.example', 'no address here', 'ANN@acme.example', ...Array<string>(MAX_PASTED_LINES).fill('x')];
    const first = inviteReducer(initialInviteState(), { type: 'paste', into: 'list', result: parsePastedPeople(lines.join('\n')) });
    const state = inviteReducer(first, { type: 'paste', into: 'list', result: parsePastedPeople('Email\tPrograms\nann@acme.example\tMEDDPICC Masterclass;Basket Weaving\nbo@acme.example\t') });
    for (const notice of [first.notice, state.notice]) {
      expect(notice?.details?.length).toBeGreaterThan(0);
      notice!.details!.forEach((line, i) => expect(say('', notice!.detailsSaid![i])).toBe(line));
    }
    const keys = [...first.notice!.detailsSaid!, ...state.notice!.detailsSaid!].map((s) => s.key.split('.').pop());
    expect(new Set(keys)).toEqual(new Set(['noEmail', 'repeats', 'tooManyLines', 'notPrograms', 'alreadyListed']));
  });
});

describe('a draft the popup could not add to', () => {
  it('is told in sentences from their keys, the error’s own key included', async () => {
    sameAsEnglishFile((await import('@/lib/sources/invite/wording')).INVITE_WORDS, 'words.invite');
    const { draftNotSaved } = await import('@/lib/sources/invite/wording');
    const { draftGoneError } = await import('@/lib/drafts/job-wording');
    const { saySentences } = await import('@/components/format');
    const told = draftNotSaved(draftGoneError());
    expect(told.text).toBe('The draft could not be saved. This draft no longer exists. It may have been deleted in another tab. Everyone is still on your list.');
    expect(saySentences('', told.sentences)).toBe(told.text);
    // An error without a key keeps the one sentence it always had.
    expect(draftNotSaved(new Error('Disk full.')).said?.key).toBe('said.invite.draftNotSaved');
  });
});

describe('the HR site button’s refusals', () => {
  it('read the same in lib and in the English message file, and are shown from their keys', async () => {
    const { HR_BUTTON_ERRORS, hrButtonError } = await import('@/lib/export/hr-button');
    sameAsEnglishFile(HR_BUTTON_ERRORS, 'words.hrButton');
    for (const key of Object.keys(HR_BUTTON_ERRORS) as Array<keyof typeof HR_BUTTON_ERRORS>) {
      const answer = hrButtonError(key);
      expect(say('', answer.said)).toBe(answer.error);
    }
  });
});

describe('the jobs’ and draft files’ own words', () => {
  it('read the same in lib and in the English message file', async () => {
    sameAsEnglishFile((await import('@/lib/drafts/job-wording')).JOB_WORDS, 'words.jobs');
    sameAsEnglishFile((await import('@/lib/file-problems')).FILE_PROBLEMS, 'words.fileProblem');
  });

  it('a bad draft file is shown from its sentence keys as lib words it, numbers as the UI writes them', async () => {
    const { parseDraftJson, DraftFileError } = await import('@/lib/drafts/transfer');
    const { saySentences } = await import('@/components/format');
    const file = { format: 'roster-sync-draft', version: 1, draft: { name: '' }, rows: [{ cells: [1], edits: { email: 2 }, excluded: 'no', extra: 1 }] };
    let error: unknown;
    try {
      parseDraftJson(JSON.stringify(file), 'team.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DraftFileError);
    const { message, sentences } = error as InstanceType<typeof DraftFileError>;
    expect(sentences!.length).toBe(5);
    expect(saySentences('', sentences)).toBe(message);
    expect(errorText(error)).toBe(message);
  });

  it('every kind of problem in a settings file is shown from its key as lib words it', async () => {
    const { parseSettingsJson, settingsToJson } = await import('@/lib/settings/transfer');
    const { DEFAULT_ORG_SETTINGS } = await import('@/lib/settings/org');
    const good = JSON.parse(settingsToJson(DEFAULT_ORG_SETTINGS, 1));
    const breaks: Array<[string, (file: Record<string, any>) => void]> = [
      ['missing', (f) => delete f.settings.hasOpportunityLicenses],
      ['notTrueFalse', (f) => (f.settings.hasOpportunityLicenses = 'yes')],
      ['notWholeNumber', (f) => (f.settings.retentionDays = 1.5)],
      ['tooBig', (f) => (f.settings.retentionDays = 1_000_000)],
      ['tooSmall', (f) => (f.settings.retentionDays = 0)],
      ['notNumber', (f) => (f.settings.retentionDays = 'forever')],
      ['notList', (f) => (f.settings.rules = {})],
      ['notGroup', (f) => (f.settings.defaultSeats = true)],
      ['notExpected', (f) => (f.people = [])],
      ['notProgram', (f) => (f.settings.defaultPrograms = ['Basket Weaving'])],
      ['notText', (f) => (f.exportedAt = 5)],
      ['tooLong', (f) => (f.exportedAt = 'x'.repeat(41))],
    ];
    for (const [expected, breakIt] of breaks) {
      const file = structuredClone(good);
      breakIt(file);
      const result = parseSettingsJson(JSON.stringify(file));
      if (result.ok || result.reason !== 'bad-field') throw new Error(`${expected}: not refused as a bad field`);
      expect(result.said.key, expected).toBe(`words.fileProblem.${expected}`);
      expect(say('', result.said), expected).toBe(result.problem);
    }
  });
});

describe('names lib gives new drafts', () => {
  it('read the same in lib and in the English message file', async () => {
    const { DRAFT_NAMES, draftNameOf, draftNameDate } = await import('@/lib/drafts/draft-names');
    sameAsEnglishFile(DRAFT_NAMES, 'words.draftNames');
    const date = draftNameDate(new Date('2025-03-05T10:00:00Z'), 'en-GB');
    expect((i18n.t as unknown as (key: string, subs: Record<string, string>) => string)('words.draftNames.invites', { date })).toBe(draftNameOf('invites', { date }));
  });
});

describe('a draft from the popup’s invite form', () => {
  it('names its origin the same in lib and from its key', async () => {
    const { ORIGIN_WORDS, describeOrigin, describeOriginSaid, INVITE_FORM_TITLE } = await import('@/lib/sources/source-table');
    sameAsEnglishFile(ORIGIN_WORDS, 'words.origin');
    const origin = { kind: 'page' as const, site: 'app.mos.example', title: INVITE_FORM_TITLE, signature: '' };
    expect(describeOrigin(origin)).toBe('Roster Sync invite form (app.mos.example)');
    expect(say('', describeOriginSaid(origin))).toBe(describeOrigin(origin));
  });
});

describe('a file that is not JSON', () => {
  it('is said in the same words in lib and in the English message file', async () => {
    sameAsEnglishFile((await import('@/lib/json-place')).JSON_WORDS, 'labels.json');
  });

  it('is shown from its sentence keys as lib words it, for a settings file and a draft file', async () => {
    const { parseSettingsJson } = await import('@/lib/settings/transfer');
    const { parseDraftJson } = await import('@/lib/drafts/transfer');
    const { saySentences } = await import('@/components/format');
    for (const text of ['{\n  "format": "roster-sync-for-mos/settings",\n  "version": 1,\n}', 'PK\u0003\u0004']) {
      const settings = parseSettingsJson(text);
      if (settings.ok || settings.reason !== 'not-json') throw new Error('not refused as not JSON');
      expect(saySentences('', settings.sentences)).toBe(settings.problem);
      expect(errorText((() => {
        try {
          parseDraftJson(text, 'team.json');
        } catch (e) {
          return e;
        }
      })())).toMatch(/^team\.json is not a Roster Sync draft: it is not valid JSON\./);
    }
    expect(parseSettingsJson('{\n  "version": 1,\n}')).toMatchObject({ problem: 'This file is not valid JSON. The error is near line 3, column 1.' });
  });
});

describe('labels lib leaves to the screen', () => {
  it('the page menu’s title reads the same in lib and in the English message file', async () => {
    sameAsEnglishFile((await import('@/lib/export/context-menu')).TABLE_MENU_WORDS, 'labels.menu');
  });

  it('a row without name or email is named by the screen', async () => {
    const { personLabel } = await import('@/lib/mapping');
    expect(personLabel(['', ''], { first_name: 0, email: 1 })).toBe('');
    expect(i18n.t('labels.unnamedRow')).toBe('A row without name or email');
  });
});
