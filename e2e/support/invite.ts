import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startSession, type ExtensionSession } from './extension';

/** One person as the popup's inputs take them. */
export interface TypedPerson {
  first_name: string;
  last_name: string;
  email: string;
  job_title: string;
  permissions?: string;
}

/** Types a person into the popup's invite form by the contract's input names. */
export async function typePerson(popup: Page, person: TypedPerson): Promise<void> {
  for (const [name, value] of Object.entries(person)) await popup.fill(`[name=${name}]`, value);
}

export async function waitForInviteForm(popup: Page): Promise<void> {
  await popup.waitForSelector('[data-testid=invite-form] [name=email]');
}

/** The popup's report after "Invite now" or "Add to draft". */
export async function reportOf(popup: Page): Promise<{ kind: string; text: string }> {
  const report = popup.locator('[data-testid=fill-report]');
  await report.waitFor();
  return { kind: (await report.getAttribute('data-kind'))!, text: (await report.locator('p').first().textContent())! };
}

export async function invitedOn(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(() => (window as unknown as { mosMock: { invited: Record<string, unknown>[] } }).mosMock.invited);
}

/** The values of the page's "+ Invite" dialog, form by form, read by label as a person would. */
export async function dialogForms(dialog: Locator, labels: readonly string[]): Promise<string[][]> {
  const count = await dialog.getByLabel('Email Address').count();
  const forms: string[][] = [];
  for (let i = 0; i < count; i++) {
    forms.push(await Promise.all(labels.map((label) => dialog.getByLabel(label).nth(i).inputValue())));
  }
  return forms;
}

export async function selectedTab(dialog: Locator): Promise<string | null> {
  return dialog.locator('[role=tab][aria-selected=true]').textContent();
}

/** Dispatches a paste of `text` into an element, as the browser does for Ctrl+V. */
export async function pasteInto(target: Locator, text: string): Promise<void> {
  await target.evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

export async function queuedEmails(popup: Page): Promise<string[]> {
  return popup.locator('[data-testid=queued-person]').evaluateAll((items) => items.map((item) => item.getAttribute('data-email') ?? ''));
}

type StorageArea = { clear(): Promise<void>; remove(key: string): Promise<void> };
declare const chrome: { storage: { session: StorageArea; local: StorageArea } };

/** Closes the test's pages and forgets the popup's list and remembered choices, so each test starts clean. */
export async function resetInvitePages(session: ExtensionSession): Promise<void> {
  await Promise.all(session.context.pages().map((page) => page.close()));
  await session.serviceWorker.evaluate(async () => {
    await chrome.storage.session.clear();
    await chrome.storage.local.remove('invitePreferences');
  });
}

/** This file's own Chromium session, with each test starting from clean pages and popup storage. */
export function useInviteSession(): () => ExtensionSession {
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    session = await startSession();
  });
  afterEach(async () => {
    if (session) await resetInvitePages(session);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => session!;
}

/** Opens a demo page and the popup acting on its tab, once the popup has found its mode. */
export async function openWithPopup(session: ExtensionSession, path: string): Promise<{ page: Page; popup: Page; mode: string }> {
  const page = await session.context.newPage();
  await page.goto(`${session.demoOrigin}${path}`);
  const popup = await session.openPopupFor(page);
  await popup.waitForSelector('main:not([data-mode=detecting])');
  return { page, popup, mode: (await popup.locator('main').getAttribute('data-mode'))! };
}

/** A mOS page with the popup's invite form ready. */
export async function openMosWithPopup(session: ExtensionSession, path: string): Promise<{ mos: Page; popup: Page }> {
  const { page, popup } = await openWithPopup(session, path);
  await waitForInviteForm(popup);
  return { mos: page, popup };
}
