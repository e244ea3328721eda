import { Window } from 'happy-dom';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { Infer } from '../small-check';
import { fillResponseSchema, type pageInviteeSchema } from '../messages';
import { showMarkup } from '../dom/fixture';
import { loadDemoPage, type LoadedPage } from './demo-pages';
import { fillInviteDialog, type FillOutcome, type PageInvitee } from './invite-form';

let page: LoadedPage | undefined;
let bare: Window | undefined;

afterEach(async () => {
  await page?.close();
  await bare?.happyDOM.close();
  page = undefined;
  bare = undefined;
});

const jane: PageInvitee = {
  first_name: 'Jane',
  last_name: 'Doe',
  email: 'jane.doe@acme.com',
  job_title: 'Engineer II',
  permissions: 'Member',
  mos_enable: true,
  mos_opportunity: false,
  programs: [],
};
const bob: PageInvitee = { ...jane, first_name: 'Bob', last_name: 'Roe', email: 'bob.roe@acme.com', job_title: 'Legal Assistant', permissions: 'Administrator' };
const pat: PageInvitee = { ...jane, first_name: 'Pat', last_name: 'Lee', email: 'pat.lee@acme.com', job_title: '' };
/** Only what a bare dialog with an email field and permissions can take. */
const emailOnly: PageInvitee = { ...pat, first_name: '', last_name: '' };

/** What the page's own submit records for a person on the classic form. */
function classicEntry(p: PageInvitee) {
  return { first_name: p.first_name, last_name: p.last_name, email: p.email, job_title: p.job_title, permissions: p.permissions };
}

function extendedEntry(p: PageInvitee) {
  const access = [...(p.mos_enable ? ['mOS Enable'] : []), ...(p.mos_opportunity ? ['mOS Opportunity'] : [])];
  return { ...classicEntry(p), product_access: access, programs: p.programs };
}

function clickButton(doc: Document, name: string): void {
  const button = Array.from(doc.querySelectorAll<HTMLElement>('button, [role="button"]')).find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`no button ${name}`);
  button.click();
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function expectClean(outcome: FillOutcome): void {
  expect(outcome.ok && outcome.problems).toEqual([]);
}

describe.each([
  ['semantic', 'mos', '', classicEntry],
  ['semantic, newer form', 'mos', '?fields=extended', extendedEntry],
  ['React/MUI', 'mos-mui', '', extendedEntry],
  ['React/MUI, classic form', 'mos-mui', '?fields=classic', classicEntry],
] as const)('fillInviteDialog on the %s mock', (_name, demo, search, entry) => {
  it('puts one person into Add Single Member, leaves Invite Member to the admin, and the page submits exactly them', async () => {
    page = loadDemoPage(demo, search);
    const outcome = await fillInviteDialog(page.document, [jane]);
    expect(outcome).toMatchObject({ ok: true, mode: 'single', filled: 1, pressed: false, submitted: false });
    expectClean(outcome);
    expect(outcome.ok && outcome.permissionOptions).toEqual(['Member', 'Manager', 'Administrator']);
    // The popup checks the answer with this schema: a real outcome must pass it.
    expect(fillResponseSchema.parse(outcome)).toEqual(outcome);
    const dialog = page.document.querySelector('[role="dialog"]')!;
    expect(dialog.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('Add Single Member');
    // Values survive the page's own re-renders.
    await wait(400);
    expect(page.mock().invited).toEqual([]);
    clickButton(page.document, 'Invite Member');
    await wait(20);
    expect(page.mock().invited).toEqual([entry(jane)]);
  });

  it('puts several people into Add Multiple Members, one form each, and presses Invite Member when asked', async () => {
    page = loadDemoPage(demo, search);
    const people = [jane, { ...bob, mos_opportunity: entry === extendedEntry, programs: entry === extendedEntry ? ['MEDDPICC Masterclass', 'MEDDICC Go Live Plan'] : [] }, pat];
    const outcome = await fillInviteDialog(page.document, people, { pressInvite: true });
    expectClean(outcome);
    expect(outcome).toMatchObject({ ok: true, mode: 'multiple', filled: 3, pressed: true, submitted: true });
    expect(page.mock().invited).toEqual(people.map(entry));
    expect(page.document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('reports the page refusing an existing member instead of claiming success', async () => {
    page = loadDemoPage(demo, search);
    const outcome = await fillInviteDialog(page.document, [{ ...jane, email: 'Priya.Patel@acme.example' }], { pressInvite: true });
    expect(outcome).toMatchObject({ ok: true, pressed: true, submitted: false });
    expect(outcome.ok && outcome.pageMessage).toContain('already a member');
    expect(page.mock().invited).toEqual([]);
  });

  it('names a permission the page does not offer, with what it does offer, and does not press Invite Member', async () => {
    page = loadDemoPage(demo, search);
    const outcome = await fillInviteDialog(page.document, [{ ...jane, permissions: 'Owner' }], { pressInvite: true });
    expect(outcome).toMatchObject({ ok: true, pressed: false });
    expect(outcome.ok && outcome.problems).toEqual([
      {
        person: 0,
        email: jane.email,
        field: 'permissions',
        message: 'the page offers no “Owner” (it offers: Member, Manager, Administrator)',
        said: { key: 'words.fillProblem.notOffered', subs: { wanted: 'Owner', offered: 'Member, Manager, Administrator' } },
      },
    ]);
    expect(fillResponseSchema.safeParse(outcome).success).toBe(true);
    expect(page.mock().invited).toEqual([]);
  });
});

describe('the message the content script receives and answers', () => {
  it('has the same person as the adapter takes', () => {
    expectTypeOf<Infer<typeof pageInviteeSchema>>().toEqualTypeOf<PageInvitee>();
  });
});

describe('fillInviteDialog: one at a time', () => {
  it('refuses a second fill while the first is still running, then takes the next', async () => {
    page = loadDemoPage('mos-mui');
    const first = fillInviteDialog(page.document, [jane, bob]);
    expect(await fillInviteDialog(page.document, [pat])).toEqual({
      ok: false,
      error: 'Roster Sync is still filling the invite form on this page. Wait a moment, then try again.',
    });
    expectClean(await first);
    expect(await fillInviteDialog(page.document, [jane, bob])).toMatchObject({ ok: true, filled: 2 });
  });
});

describe('fillInviteDialog: fields the page lacks', () => {
  it('says that programs and seats cannot go through the classic form, and does not press Invite Member', async () => {
    page = loadDemoPage('mos');
    const outcome = await fillInviteDialog(page.document, [{ ...jane, mos_opportunity: true, programs: ['MEDDPICC Masterclass'] }], { pressInvite: true });
    expect(outcome.ok && outcome.problems.map((p) => p.field)).toEqual(['product_access', 'programs']);
    expect(outcome.ok && outcome.problems[1]!.message).toContain('use Import CSV');
    expect(outcome).toMatchObject({ pressed: false });
  });

  it('says nothing about seats when they are the default the page gives anyway', async () => {
    page = loadDemoPage('mos');
    expectClean(await fillInviteDialog(page.document, [jane]));
  });
});

describe('fillInviteDialog: what is already in the dialog', () => {
  it('uses a dialog the admin already opened, switching it to Add Multiple Members', async () => {
    page = loadDemoPage('mos-mui');
    clickButton(page.document, '+ Invite');
    await wait(10);
    const outcome = await fillInviteDialog(page.document, [jane, bob]);
    expectClean(outcome);
    expect(page.document.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(page.document.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('Add Multiple Members');
  });

  it('reports a member form that already holds someone else, and does not press Invite Member', async () => {
    page = loadDemoPage('mos');
    await fillInviteDialog(page.document, [jane, bob, pat]);
    const outcome = await fillInviteDialog(page.document, [jane, bob], { pressInvite: true });
    expect(outcome.ok && outcome.problems).toEqual([
      expect.objectContaining({ person: -1, field: 'form', message: expect.stringContaining('member form 3') }),
    ]);
    expect(outcome).toMatchObject({ pressed: false });
    expect(page.mock().invited).toEqual([]);
  });
});

describe('the React/MUI mock is faithful', () => {
  it('drops a value set the naive way, which is why the fill uses the native setter and events', async () => {
    page = loadDemoPage('mos-mui');
    clickButton(page.document, '+ Invite');
    await wait(10);
    const input = page.document.querySelector<HTMLInputElement>('[role="dialog"] input[aria-labelledby$="-first:-label"]')!;
    input.value = 'Naive';
    input.dispatchEvent(new page.window.Event('input', { bubbles: true }) as unknown as Event);
    expect(input.value).toBe('');
  });
});

describe('fillInviteDialog on other markup', () => {
  function bareDialog(markup: string, listeners: (doc: Document) => void = () => {}): Document {
    bare = new Window({ url: 'http://127.0.0.1/' });
    const doc = bare.document as unknown as Document;
    showMarkup(doc, `<h1>My Organization</h1><div role="dialog" aria-modal="true">${markup}</div>`);
    listeners(doc);
    return doc;
  }

  it('finds fields by wrapping labels, placeholders and nearby text, and a program list as checkboxes', async () => {
    const doc = bareDialog(`
      <label>First name <input name="a"></label>
      <label>Surname: <input name="b"></label>
      <input name="c" placeholder="Work email">
      <div><span>Position</span><input name="d"></div>
      <label>Role <select name="e"><option>Member</option><option>Administrator</option></select></label>
      <fieldset><legend>Programs</legend>
        <label><input type="checkbox" name="p1"> MEDDPICC Masterclass</label>
        <label><input type="checkbox" name="p2" checked> MEDDICC Value Program</label>
      </fieldset>`);
    const outcome = await fillInviteDialog(doc, [{ ...bob, programs: ['meddpicc-masterclass'] }]);
    expectClean(outcome);
    const value = (name: string) => doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    expect(['a', 'b', 'c', 'd', 'e'].map((n) => value(n).value)).toEqual(['Bob', 'Roe', 'bob.roe@acme.com', 'Legal Assistant', 'Administrator']);
    expect([value('p1').checked, value('p2').checked]).toEqual([true, false]);
  });

  it('chooses programs in a multiple select by name or slug', async () => {
    const doc = bareDialog(`
      <label for="e">Email Address</label><input id="e">
      <label for="p">Permissions</label><select id="p"><option>Member</option></select>
      <label for="g">Program(s)</label>
      <select id="g" multiple><option value="1">MEDDICC Go Live Plan</option><option value="2" selected>MEDDPICC Masterclass</option></select>`);
    const outcome = await fillInviteDialog(doc, [{ ...emailOnly, programs: ['meddicc-go-live-plan'] }]);
    expectClean(outcome);
    expect(Array.from(doc.querySelector<HTMLSelectElement>('#g')!.selectedOptions, (o) => o.value)).toEqual(['1']);
  });

  it('reports a value the page throws away', async () => {
    const doc = bareDialog(
      `<label for="e">Email Address</label><input id="e">
       <label for="t">Job Title</label><input id="t">
       <label for="p">Permissions</label><select id="p"><option>Member</option></select>`,
      (d) => d.getElementById('t')!.addEventListener('input', (e) => ((e.target as HTMLInputElement).value = '')),
    );
    const outcome = await fillInviteDialog(doc, [{ ...emailOnly, job_title: 'Engineer II' }], { pressInvite: true });
    expect(outcome.ok && outcome.problems).toEqual([
      {
        person: 0,
        email: emailOnly.email,
        field: 'job_title',
        message: 'the page shows “” instead of “Engineer II”',
        said: { key: 'words.fillProblem.showsInstead', subs: { shown: '', wanted: 'Engineer II' } },
      },
    ]);
    expect(outcome).toMatchObject({ pressed: false });
  });

  it('reports a field it cannot find', async () => {
    const doc = bareDialog(`<label for="e">Email Address</label><input id="e"><label for="p">Permissions</label><select id="p"><option>Member</option></select>`);
    const outcome = await fillInviteDialog(doc, [jane]);
    expect(outcome.ok && outcome.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'first_name: this field was not found in the page’s form',
      'last_name: this field was not found in the page’s form',
      'job_title: this field was not found in the page’s form',
    ]);
  });

  it('says so when several people cannot go in because the dialog takes only one', async () => {
    const doc = bareDialog(`<label for="e">Email Address</label><input id="e"><label for="p">Permissions</label><select id="p"><option>Member</option></select>`);
    const outcome = await fillInviteDialog(doc, [emailOnly, { ...emailOnly, email: 'bob.roe@acme.com' }]);
    expect(outcome.ok && outcome.problems).toEqual([
      expect.objectContaining({ person: 1, field: 'form', message: expect.stringContaining('did not add a form') }),
    ]);
  });

  it('fails clearly without an invite button or dialog', async () => {
    bare = new Window({ url: 'http://127.0.0.1/' });
    const doc = bare.document as unknown as Document;
    showMarkup(doc, '<h1>Dashboard</h1>');
    expect(await fillInviteDialog(doc, [jane], { timeoutMs: 50 })).toEqual({
      ok: false,
      error: 'The “+ Invite” button was not found on this page. Open My Organization in mOS and try again.',
    });
    showMarkup(doc, '<h1>My Organization</h1><button>+ Invite</button>');
    expect(await fillInviteDialog(doc, [jane], { timeoutMs: 50 })).toMatchObject({ ok: false, error: expect.stringContaining('did not open') });
    showMarkup(doc, '<div role="dialog"><h2>Import CSV</h2><input type="file"></div>');
    expect(await fillInviteDialog(doc, [jane], { timeoutMs: 50 })).toMatchObject({ ok: false, error: expect.stringContaining('Another dialog') });
    expect(await fillInviteDialog(doc, [])).toEqual({ ok: false, error: 'Nobody to invite.' });
  });
});
