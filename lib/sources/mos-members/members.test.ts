// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { parseStatus, readMemberList } from './members';
import { MUI_SCREEN, SEMANTIC_SCREEN } from '../../mos-page/screen-fixtures';
import { setMarkup } from '../../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

describe('parseStatus', () => {
  it.each([
    ['Active', 'active'],
    ['Pending invitation', 'pending'],
    ['Invited', 'pending'],
    ['Inactive', 'inactive'],
    ['Deactivated', 'inactive'],
    ['Disabled', 'inactive'],
    ['', 'unknown'],
    ['Archived', 'unknown'],
  ] as const)('reads %j as %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });
});

describe('readMemberList', () => {
  it('reads a Billing Status select whose own input stays empty, from the value shown beside it', () => {
    // Saved from an Ant Design Table row: an avatar marked aria-hidden, a tag, a progress bar, a Select.
    setMarkup(document.body, `
      <table><thead><tr><th>Name</th><th>Email</th><th>Status</th><th>Progress</th><th>Billing Status</th></tr></thead>
      <tbody><tr>
        <td><div><span aria-hidden="true"><span>NP</span></span><div>Nina Petrova</div></div></td>
        <td>nina.petrova@acme.example</td>
        <td><span class="tag">Inactive</span></td>
        <td><div role="progressbar" aria-valuenow="30"><span title="30%">30%</span></div></td>
        <td><div class="select"><div class="select-content" title="Deactivate">Deactivate<input readonly role="combobox" aria-label="Billing Status for Nina Petrova" aria-expanded="false" value=""></div></div></td>
      </tr></tbody></table>`);
    expect(readMemberList(document)).toEqual([
      { email: 'nina.petrova@acme.example', name: 'Nina Petrova', jobTitle: '', status: 'inactive', billingStatus: 'Deactivate', progress: 30 },
    ]);
  });

  it('reads the semantic table: lower-cased email, status, billing from the select, progress', () => {
    setMarkup(document.body, SEMANTIC_SCREEN);
    expect(readMemberList(document)).toEqual([
      {
        email: 'jane.doe@example.com',
        name: 'Jane Doe',
        jobTitle: 'Engineer II',
        status: 'active',
        billingStatus: 'Active',
        progress: 45,
      },
      {
        email: 'pat.lee@example.com',
        name: 'Pat Lee',
        jobTitle: 'Account Executive',
        status: 'pending',
        billingStatus: 'Invited',
        progress: 0,
      },
      {
        email: 'old.hand@example.com',
        name: 'Old Hand',
        jobTitle: 'CFO',
        status: 'inactive',
        billingStatus: 'Deactivated',
        progress: undefined,
      },
    ]);
  });

  it('reads the React/MUI grid: role=row cells and the combobox billing cell', () => {
    setMarkup(document.body, MUI_SCREEN);
    expect(readMemberList(document)).toEqual([
      {
        email: 'ana.ruiz@example.com',
        name: 'Ana Ruiz',
        jobTitle: 'Engineer II',
        status: 'active',
        billingStatus: 'Active',
        progress: 12.5,
      },
      {
        email: 'bo.chen@example.com',
        name: 'Bo Chen',
        jobTitle: 'Legal Assistant',
        status: 'pending',
        billingStatus: 'Pending',
        progress: 0,
      },
      {
        email: 'cy.park@example.com',
        name: 'Cy Park',
        jobTitle: 'SDR',
        status: 'inactive',
        billingStatus: 'Deactivated',
        progress: 80,
      },
    ]);
  });

  it('follows the selected billing option when it changes', () => {
    setMarkup(document.body, SEMANTIC_SCREEN);
    const select = document.querySelector<HTMLSelectElement>('select')!;
    select.value = 'Deactivate';
    expect(readMemberList(document)[0]!.billingStatus).toBe('Deactivate');
  });

  it('ignores tables without an email column and rows without an address', () => {
    setMarkup(document.body, `
      <table><tr><th>Program</th><th>Seats</th></tr><tr><td>Masterclass</td><td>a@example.com</td></tr></table>
      <table>
        <tr><th>Member name</th><th>E-mail</th></tr>
        <tr><td>Loading…</td><td></td></tr>
        <tr><td>Jo</td><td>Jo &lt;JO@Example.org&gt;</td></tr>
      </table>`);
    expect(readMemberList(document)).toEqual([
      { email: 'jo@example.org', name: 'Jo', jobTitle: '', status: 'unknown', billingStatus: '', progress: undefined },
    ]);
  });

  it('is empty on a page without a member list', () => {
    setMarkup(document.body, '<h1>My Organization</h1><p>No members yet.</p>');
    expect(readMemberList(document)).toEqual([]);
  });
});
