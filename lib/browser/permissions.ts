import { browser } from 'wxt/browser';

/** Whether the browser holds the host permission for a pattern: what any stored grant must agree with. */
export const holdsOrigin = (pattern: string): Promise<boolean> => browser.permissions.contains({ origins: [pattern] });
