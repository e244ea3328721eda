import { afterEach, describe, expect, it } from 'vitest';
import { loadDemoPage, type LoadedPage } from './demo-pages';
import { isMyOrganizationScreen } from './detect';
import { attachCsvToImportDialog } from './import-dialog';
import { readMemberList } from '../sources/mos-members/members';

let page: LoadedPage | undefined;

afterEach(async () => {
  await page?.close();
  page = undefined;
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const CSV = 'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments\nEXT00001,Jane,Doe,jane@acme.com,Engineer II,TRUE,FALSE,';

function press(doc: Document, name: string): void {
  Array.from(doc.querySelectorAll<HTMLElement>('button, [role="button"]'))
    .find((b) => b.textContent?.trim() === name)!
    .click();
}

describe('the React/MUI demo page', () => {
  it('deactivates a member through the Billing Status combobox, and the counts follow', async () => {
    page = loadDemoPage('mos-mui');
    const doc = page.document;
    const view = page.window as unknown as Window & typeof globalThis;
    const counts = () => Array.from(doc.querySelectorAll('.MuiTypography-h5'), (el) => el.textContent);
    expect(counts()).toEqual(['5', '1']);
    const billing = doc.querySelector<HTMLElement>('[role="combobox"][aria-label="Billing Status for Sam Lee"]')!;
    billing.dispatchEvent(new view.MouseEvent('mousedown', { bubbles: true, button: 0 }));
    await wait(10);
    const option = Array.from(doc.querySelectorAll<HTMLElement>('[role="listbox"] [role="option"]')).find((o) => o.textContent === 'Deactivate')!;
    option.click();
    await wait(10);
    expect(doc.querySelector('[role="listbox"]')).toBeNull();
    expect(readMemberList(doc).find((m) => m.email === 'sam.lee@acme.example')).toMatchObject({ status: 'inactive', billingStatus: 'Deactivate' });
    expect(counts()).toEqual(['4', '2']);
  });
});

describe.each(['mos', 'mos-mui'] as const)('the lib/mos-page adapter on the %s demo page', (demo) => {
  it('recognises My Organization, also while one of its dialogs is open, and nothing else', async () => {
    page = loadDemoPage(demo);
    expect(isMyOrganizationScreen(page.document)).toBe(true);
    press(page.document, '+ Invite');
    await wait(10);
    // MUI marks everything outside an open modal aria-hidden: the screen is still the screen.
    expect(isMyOrganizationScreen(page.document)).toBe(true);
    await page.close();
    page = loadDemoPage(demo, '?view=dashboard');
    expect(isMyOrganizationScreen(page.document)).toBe(false);
  });

  it('reads the member list with its pending invitation and inactive member', async () => {
    page = loadDemoPage(demo);
    const members = readMemberList(page.document);
    expect(members.map((m) => [m.email, m.status])).toEqual([
      ['jordan.blake@acme.example', 'active'],
      ['sam.lee@acme.example', 'active'],
      ['maria.gomez@acme.example', 'active'],
      ['chris.walker@acme.example', 'active'],
      ['priya.patel@acme.example', 'pending'],
      ['nina.petrova@acme.example', 'inactive'],
    ]);
    expect(members[0]).toMatchObject({ name: 'Jordan Blake', jobTitle: 'Head of Revenue', progress: 82, billingStatus: 'Active' });
  });

  it('puts a CSV into the Import CSV dialog, which the page confirms and then imports', async () => {
    page = loadDemoPage(demo);
    const file = new page.window.File([CSV], 'hires.csv', { type: 'text/csv' }) as unknown as File;
    const outcome = await attachCsvToImportDialog(page.document, file, 2000);
    expect(outcome).toEqual({ ok: true, confirmed: true, method: 'input' });
    await wait(20);
    expect(page.mock().received).toEqual([{ name: 'hires.csv', size: CSV.length, type: 'text/csv', text: CSV }]);
    press(page.document, 'Import');
    await wait(20);
    expect(page.mock().imported).toEqual([expect.objectContaining({ user_id: 'EXT00001', email: 'jane@acme.com' })]);
    expect(readMemberList(page.document).find((m) => m.email === 'jane@acme.com')?.status).toBe('pending');
  });
});
