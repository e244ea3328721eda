import { shownChoiceText } from '../../dom/form-filling';
import { visibleText } from '../../dom/semantic';
import { collapseWhitespace } from '../page/read-cell';
import { readSignedIn, signedInMember } from '../../mos-page/signed-in';

export type MemberStatus = 'active' | 'pending' | 'inactive' | 'unknown';

export interface PageMember {
  email: string;
  name: string;
  jobTitle: string;
  status: MemberStatus;
  billingStatus: string;
  /** Progress in percent, when the list shows it. */
  progress?: number;
  /** Administrators need an Enable seat for reporting. */
  isAdministrator?: boolean;
  /** The person the page shows as signed in: the admin using the extension. */
  isYou?: boolean;
}

const EMAIL_IN_TEXT = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

interface Grid {
  headers: string[];
  rows: Element[][];
}

function gridsOf(doc: Document): Grid[] {
  const grids: Grid[] = [];
  for (const table of Array.from(doc.querySelectorAll('table, [role="table"], [role="grid"]'))) {
    const rowEls = Array.from(table.querySelectorAll('tr, [role="row"]')).filter(
      (r) => r.closest('table, [role="table"], [role="grid"]') === table,
    );
    const cellsOf = (r: Element) => Array.from(r.querySelectorAll(':scope > th, :scope > td, :scope > [role="columnheader"], :scope > [role="cell"], :scope > [role="gridcell"], :scope > [role="rowheader"]'));
    const headerRow = rowEls.find((r) => r.querySelector(':scope > th, :scope > [role="columnheader"]'));
    if (!headerRow) continue;
    grids.push({
      headers: cellsOf(headerRow).map((c) => collapseWhitespace(c.textContent ?? '').toLowerCase()),
      rows: rowEls.filter((r) => r !== headerRow).map(cellsOf),
    });
  }
  return grids;
}

function cellValue(cell: Element | undefined): string {
  if (!cell) return '';
  const select = cell.querySelector('select');
  if (select) return collapseWhitespace(select.selectedOptions[0]?.textContent ?? select.value);
  const combo = cell.querySelector<HTMLElement>('[role="combobox"], [aria-haspopup="listbox"]');
  if (combo) return shownChoiceText(combo);
  // Avatars' initials and icons are aria-hidden: not part of the name a person reads.
  return visibleText(cell);
}

export function parseStatus(text: string): MemberStatus {
  if (/pending|invited|invitation/i.test(text)) return 'pending';
  if (/inactive|deactivated|disabled/i.test(text)) return 'inactive';
  if (/active/i.test(text)) return 'active';
  return 'unknown';
}

export interface MemberRow {
  member: PageMember;
  element: HTMLElement;
  /** The Billing Status control, where the admin deactivates the member. */
  billingControl?: HTMLElement;
}

/** Reads the page's member list: every row of the table whose header has an email column. */
export function readMemberRows(doc: Document): MemberRow[] {
  const rows: MemberRow[] = [];
  for (const grid of gridsOf(doc)) {
    const col = (re: RegExp) => grid.headers.findIndex((h) => re.test(h));
    const emailCol = col(/e-?mail/);
    if (emailCol < 0) continue;
    const billingCol = col(/billing/);
    const statusCol = grid.headers.findIndex((h, i) => /status/.test(h) && i !== billingCol);
    const progressCol = col(/progress|usage|completion/);
    const nameCol = col(/name/);
    const titleCol = col(/title|position/);
    const roleCol = col(/^role$|permission|access level|user type/);
    for (const cells of grid.rows) {
      const email = (cellValue(cells[emailCol]).match(EMAIL_IN_TEXT)?.[0] ?? '').toLowerCase();
      if (!email) continue;
      const progress = cellValue(cells[progressCol]).match(/(\d+(?:\.\d+)?)\s*%/);
      const billingCell = cells[billingCol];
      rows.push({
        element: (cells[0]?.parentElement ?? cells[emailCol]!) as HTMLElement,
        billingControl:
          billingCell?.querySelector<HTMLElement>('select, [role="combobox"], [aria-haspopup="listbox"], button') ??
          (billingCell as HTMLElement | undefined),
        member: {
          email,
          name: cellValue(cells[nameCol]),
          jobTitle: cellValue(cells[titleCol]),
          status: parseStatus(cellValue(cells[statusCol])),
          billingStatus: cellValue(billingCell),
          progress: progress ? Number(progress[1]) : undefined,
          isAdministrator: roleCol >= 0 ? /admin/i.test(cellValue(cells[roleCol])) : undefined,
        },
      });
    }
  }
  return rows;
}

export function readMemberList(doc: Document): PageMember[] {
  const members = readMemberRows(doc).map((r) => r.member);
  const you = signedInMember(members, readSignedIn(doc));
  return you ? members.map((m) => (m === you ? { ...m, isYou: true } : m)) : members;
}
