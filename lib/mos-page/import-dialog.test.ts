// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachCsvToImportDialog } from './import-dialog';
import { MUI_SCREEN, SEMANTIC_SCREEN } from './screen-fixtures';
import { setMarkup } from '../../test/markup';

const CSV =
  'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments\n' +
  'EXT00001,Jane,Doe,jane.doe@example.com,Engineer II,TRUE,FALSE,';

function csvFile(name = 'q4-hires-mos-import-2024-03-05.csv'): File {
  return new File([CSV], name, { type: 'text/csv' });
}

/** The dialog the page opens from "Import CSV", built as the page would: later, from a click. */
const DIALOG_WITH_INPUT = `
  <h2>Import CSV</h2>
  <a href="/sample.csv">Download Sample File</a>
  <label class="dropzone">
    <span>Drag and drop your CSV here, or browse</span>
    <input type="file" accept=".csv" style="display:none">
  </label>
  <p class="status"></p>
  <button type="button">Import</button>`;

const DIALOG_WITH_DROP_BOX = `
  <h2>Import CSV</h2>
  <a href="/sample.csv">Download Sample File</a>
  <div class="content">
    <div class="dropzone"><p>Drop your file here</p></div>
  </div>
  <p class="status"></p>
  <button type="button">Import</button>`;

interface PageFixture {
  received: File[];
  dropEvents: string[];
  dropped: Array<File | undefined>;
  clicks: number;
}

/** Wires the fixture's Import CSV button to open a dialog after a delay, the way an SPA does. */
function installImportDialog(markup: string, { showFileName = true, delayMs = 30 } = {}): PageFixture {
  const page: PageFixture = { received: [], dropEvents: [], dropped: [], clicks: 0 };
  const opener = Array.from(document.querySelectorAll<HTMLElement>('button, [role="button"]')).find(
    (el) => el.textContent?.trim() === 'Import CSV' || el.getAttribute('aria-label') === 'Import CSV',
  )!;
  opener.addEventListener('click', () => {
    page.clicks++;
    setTimeout(() => {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-modal', 'true');
      setMarkup(dialog, markup);
      const status = dialog.querySelector('.status')!;
      const show = (file: File | undefined) => {
        if (file && showFileName) status.textContent = `Selected: ${file.name}`;
      };
      dialog.querySelector<HTMLInputElement>('input[type="file"]')?.addEventListener('change', (event) => {
        const file = (event.target as HTMLInputElement).files?.[0];
        if (file) page.received.push(file);
        show(file);
      });
      const zone = dialog.querySelector('.dropzone')!;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.addEventListener(type, (event) => {
          event.preventDefault();
          page.dropEvents.push(type);
          if (type === 'drop') {
            const file = (event as DragEvent).dataTransfer?.files?.[0];
            page.dropped.push(file);
            show(file);
          }
        });
      }
      document.body.append(dialog);
    }, delayMs);
  });
  return page;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setMarkup(document.body, '');
});

describe('attachCsvToImportDialog through the file input', () => {
  it('opens the dialog, sets the file on its input and confirms when the page shows the name', async () => {
    setMarkup(document.body, SEMANTIC_SCREEN);
    const page = installImportDialog(DIALOG_WITH_INPUT);
    const file = csvFile();
    const outcome = await attachCsvToImportDialog(document, file, 2000);
    expect(outcome).toEqual({ ok: true, confirmed: true, method: 'input' });
    expect(page.clicks).toBe(1);
    expect(page.received).toHaveLength(1);
    expect(page.received[0]!.name).toBe('q4-hires-mos-import-2024-03-05.csv');
    expect(await page.received[0]!.text()).toBe(CSV);
    const input = document.querySelector<HTMLInputElement>('[role="dialog"] input[type="file"]')!;
    expect(input.files?.[0]?.name).toBe(file.name);
    // The page's own Import button is left for the admin.
    expect(document.querySelector('[role="dialog"]')!.textContent).toContain('Selected: q4-hires-mos-import-2024-03-05.csv');
  });

  it('works with the React/MUI screen’s ARIA button', async () => {
    setMarkup(document.body, MUI_SCREEN);
    const page = installImportDialog(DIALOG_WITH_INPUT);
    expect(await attachCsvToImportDialog(document, csvFile('a.csv'), 2000)).toEqual({
      ok: true,
      confirmed: true,
      method: 'input',
    });
    expect(page.received.map((f) => f.name)).toEqual(['a.csv']);
  });

  it('fires input and change events that bubble, as a person choosing a file would', async () => {
    setMarkup(document.body, SEMANTIC_SCREEN);
    installImportDialog(DIALOG_WITH_INPUT);
    const seen: string[] = [];
    document.addEventListener('input', (e) => seen.push(`input:${(e.target as HTMLElement).tagName}`));
    document.addEventListener('change', (e) => seen.push(`change:${(e.target as HTMLElement).tagName}`));
    await attachCsvToImportDialog(document, csvFile(), 2000);
    expect(seen).toEqual(['input:INPUT', 'change:INPUT']);
  });

  it('reports confirmed: false when the page never shows the file name', async () => {
    setMarkup(document.body, SEMANTIC_SCREEN);
    const page = installImportDialog(DIALOG_WITH_INPUT, { showFileName: false });
    expect(await attachCsvToImportDialog(document, csvFile(), 200)).toEqual({
      ok: true,
      confirmed: false,
      method: 'input',
    });
    expect(page.received).toHaveLength(1);
  });

  it('hands a second file to the fresh input an upload box puts in place after each selection', async () => {
    setMarkup(document.body, SEMANTIC_SCREEN);
    installImportDialog(DIALOG_WITH_INPUT, { delayMs: 0 });
    const chosen: string[] = [];
    // As Ant Design's Upload does: the input that took a file is swapped for a new, empty one.
    const replacing = new AbortController();
    document.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      chosen.push(input.files?.[0]?.name ?? '');
      const fresh = document.createElement('input');
      fresh.type = 'file';
      input.replaceWith(fresh);
    }, { signal: replacing.signal });
    try {
      expect((await attachCsvToImportDialog(document, csvFile('first.csv'), 2000)).ok).toBe(true);
      expect((await attachCsvToImportDialog(document, csvFile('second.csv'), 2000)).ok).toBe(true);
      expect(chosen).toEqual(['first.csv', 'second.csv']);
    } finally {
      replacing.abort();
    }
  });

  it('uses a dialog that is already open without clicking again', async () => {
    setMarkup(document.body, SEMANTIC_SCREEN);
    const page = installImportDialog(DIALOG_WITH_INPUT, { delayMs: 0 });
    document.querySelector<HTMLButtonElement>('button:nth-of-type(2)')!.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(page.clicks).toBe(1);
    await attachCsvToImportDialog(document, csvFile(), 2000);
    expect(page.clicks).toBe(1);
    expect(page.received).toHaveLength(1);
  });
});

describe('attachCsvToImportDialog through the drop box', () => {
  it('drops on the innermost box that speaks of dropping when the dialog has no file input', async () => {
    setMarkup(document.body, SEMANTIC_SCREEN);
    const page = installImportDialog(DIALOG_WITH_DROP_BOX, { showFileName: false });
    const outcome = await attachCsvToImportDialog(document, csvFile(), 200);
    expect(outcome).toEqual({ ok: true, confirmed: false, method: 'drop' });
    expect(page.dropEvents).toEqual(['dragenter', 'dragover', 'drop']);
  });

  it('carries the file in the drop event’s dataTransfer (DragEvent stand-in: happy-dom’s drops dataTransfer)', async () => {
    // happy-dom 21 defines DragEvent as plain Event, so `dataTransfer` never reaches listeners.
    // A stand-in with the browser's constructor contract lets the test see what the product hands over.
    class DragEventWithData extends Event {
      readonly dataTransfer: DataTransfer | null;
      constructor(type: string, init: DragEventInit = {}) {
        super(type, init);
        this.dataTransfer = init.dataTransfer ?? null;
      }
    }
    vi.stubGlobal('DragEvent', DragEventWithData);
    setMarkup(document.body, MUI_SCREEN);
    const page = installImportDialog(DIALOG_WITH_DROP_BOX);
    const outcome = await attachCsvToImportDialog(document, csvFile('dropped.csv'), 2000);
    expect(outcome).toEqual({ ok: true, confirmed: true, method: 'drop' });
    expect(page.dropped).toHaveLength(1);
    expect(page.dropped[0]!.name).toBe('dropped.csv');
    expect(await page.dropped[0]!.text()).toBe(CSV);
  });
});

describe('attachCsvToImportDialog failures', () => {
  it('names the missing "Import CSV" button', async () => {
    setMarkup(document.body, SEMANTIC_SCREEN.replace('<button type="button">Import CSV</button>', ''));
    const outcome = await attachCsvToImportDialog(document, csvFile(), 100);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toContain('"Import CSV"');
  });

  it('says so when the dialog does not open', async () => {
    setMarkup(document.body, SEMANTIC_SCREEN);
    const outcome = await attachCsvToImportDialog(document, csvFile(), 100);
    expect(outcome).toEqual({ ok: false, error: 'The Import CSV dialog did not open.' });
  });

  it('does not take an unrelated dialog for the import dialog', async () => {
    setMarkup(document.body, `${SEMANTIC_SCREEN}<div role="dialog"><h2>Invite member</h2><input type="email"></div>`);
    const page = installImportDialog(DIALOG_WITH_INPUT);
    expect(await attachCsvToImportDialog(document, csvFile(), 2000)).toMatchObject({ ok: true, method: 'input' });
    expect(page.clicks).toBe(1);
    expect(page.received).toHaveLength(1);
  });
});
