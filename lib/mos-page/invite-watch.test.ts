// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForInvitations } from './invite-watch';

function memberTable(rows: Array<[string, string]>) {
  document.body.replaceChildren();
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const h of ['Name', 'Email', 'Status']) head.append(Object.assign(document.createElement('th'), { textContent: h }));
  const body = table.createTBody();
  for (const [email, status] of rows) addRow(body, email, status);
  document.body.append(table);
  return body;
}

function addRow(body: HTMLTableSectionElement, email: string, status: string) {
  const row = body.insertRow();
  for (const text of ['Someone', email, status]) row.insertCell().textContent = text;
}

afterEach(() => vi.useRealTimers());

describe('watchForInvitations', () => {
  it('reports each expected email once as it appears as a pending invitation, then stops', async () => {
    vi.useFakeTimers();
    const body = memberTable([['old@acme.example', 'Active']]);
    const seen: string[][] = [];
    watchForInvitations(document, ['Ada@acme.example', 'alan@acme.example'], (emails) => seen.push(emails));
    addRow(body, 'ada@acme.example', 'Pending invitation');
    await vi.advanceTimersByTimeAsync(300);
    addRow(body, 'stranger@acme.example', 'Pending invitation');
    addRow(body, 'alan@acme.example', 'Pending invitation');
    await vi.advanceTimersByTimeAsync(300);
    addRow(body, 'ada@acme.example', 'Pending invitation');
    await vi.advanceTimersByTimeAsync(300);
    expect(seen).toEqual([['ada@acme.example'], ['alan@acme.example']]);
  });

  it('gives up after its time limit', async () => {
    vi.useFakeTimers();
    const body = memberTable([]);
    const seen: string[][] = [];
    watchForInvitations(document, ['ada@acme.example'], (emails) => seen.push(emails), 1000);
    await vi.advanceTimersByTimeAsync(1500);
    addRow(body, 'ada@acme.example', 'Pending invitation');
    await vi.advanceTimersByTimeAsync(300);
    expect(seen).toEqual([]);
  });
});
