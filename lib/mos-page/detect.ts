import { findButton, findHeadings, waitForDom } from '../dom/semantic';

export const MY_ORGANIZATION = /^\s*my organi[sz]ation\s*$/i;
export const INVITE_BUTTON = /^\+?\s*invite(\s+members?)?$/i;
export const IMPORT_CSV_BUTTON = /^import\s+csv$/i;

// An open dialog does not change the screen, even when it marks the page behind it aria-hidden.
const BEHIND_MODAL = { behindModal: true };

function showsMyOrganizationTitle(doc: Document): boolean {
  if (findHeadings(doc, MY_ORGANIZATION, BEHIND_MODAL).length > 0) return true;
  // Some apps title the screen only through the navigation's current item.
  return Array.from(doc.querySelectorAll('[aria-current="page"], [aria-current="true"]')).some((el) =>
    MY_ORGANIZATION.test(el.textContent ?? ''),
  );
}

/** Somewhere in the mOS app: its navigation offers My Organization (an HR page's never does). */
export function offersMyOrganization(doc: Document): boolean {
  return findButton(doc, MY_ORGANIZATION, BEHIND_MODAL) !== undefined || showsMyOrganizationTitle(doc);
}

/** The My Organization screen, recognised by what it shows: its title plus "+ Invite" and "Import CSV". */
export function isMyOrganizationScreen(doc: Document): boolean {
  return (
    showsMyOrganizationTitle(doc) &&
    findButton(doc, INVITE_BUTTON, BEHIND_MODAL) !== undefined &&
    findButton(doc, IMPORT_CSV_BUTTON, BEHIND_MODAL) !== undefined
  );
}

/** Whether the page shows My Organization, giving a single-page app a moment to finish rendering. */
export async function waitForMyOrganizationScreen(doc: Document, timeoutMs = 800): Promise<boolean> {
  return (await waitForDom(doc, () => isMyOrganizationScreen(doc), timeoutMs)) === true;
}
