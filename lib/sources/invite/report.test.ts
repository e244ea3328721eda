import { describe, expect, it } from 'vitest';
import { describeFill } from './report';
import type { InvitePerson } from './person';

const jane: InvitePerson = {
  first_name: 'Jane',
  last_name: 'Doe',
  email: 'jane@acme.com',
  job_title: '',
  permissions: 'Member',
  mos_enable: true,
  mos_opportunity: false,
  course_enrollments: [],
};
const base = { ok: true as const, mode: 'single' as const, filled: 1, problems: [], pressed: false, submitted: false, permissionOptions: [] };

describe('describeFill', () => {
  it('passes the adapter’s error on', () => {
    expect(describeFill({ ok: false, error: 'No dialog.' }, [jane])).toEqual({ kind: 'error', text: 'No dialog.', problems: [], complete: false });
  });

  it('names the person for a one-person fill', () => {
    expect(describeFill(base, [jane]).text).toBe('The mOS invite form now holds Jane Doe. Check it on the page, then press Invite Member there.');
  });

  it('quotes the page when it refused the invitation', () => {
    expect(describeFill({ ...base, pressed: true, pageMessage: 'Member 1: jane@acme.com is already a member.' }, [jane])).toEqual({
      kind: 'error',
      text: 'mOS did not send the invitation: “Member 1: jane@acme.com is already a member.” Check the form on the page.',
      said: { key: 'said.fill.notSentBecause', subs: { message: 'Member 1: jane@acme.com is already a member.' } },
      problems: [],
      complete: false,
    });
    expect(describeFill({ ...base, pressed: true }, [jane]).text).toBe('mOS did not send the invitation. Check the form on the page.');
  });

  it('lists each problem in the page’s words, with the dialog itself for a stray form', () => {
    const report = describeFill(
      {
        ...base,
        problems: [
          { person: 0, email: 'jane@acme.com', field: 'job_title', message: 'the page shows “” instead of “Engineer”' },
          { person: -1, email: '', field: 'form', message: 'member form 2 holds someone else' },
        ],
      },
      [jane],
    );
    expect(report.text).toBe('The mOS invite form is filled in, but 2 things need your attention before anyone is invited. Invite Member was not pressed.');
    expect(report.problems.map((p) => `${p.who} · ${p.fieldName}: ${p.message}`)).toEqual([
      'Jane Doe · Job Title: the page shows “” instead of “Engineer”',
      'The page’s dialog · Invite form: member form 2 holds someone else',
    ]);
  });
});
