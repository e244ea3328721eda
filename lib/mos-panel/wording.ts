import { sayer, type Said } from '../said';

/** The panel's own errors, in English; the same texts are under said.panel in locales/en.yml. */
export const PANEL_MESSAGES = {
  draftGone: 'That draft no longer exists. It may have been deleted in another tab.',
  nobodyToImport: 'Nobody to import: everyone in this draft is already in mOS, excluded or has errors.',
  nobodyNew: 'Nobody new: everyone in the roster is already in mOS.',
  tooManyForForm: 'The + Invite form is for {max} people or fewer; send the {count} as a file instead.',
  unknownRequest: 'Unknown request.',
  unexpectedAnswer: 'The extension sent an unexpected answer. Reload the page and try again.',
  malformedRequest: 'Malformed request.',
  notMosOrigin: 'This page is not a granted mOS origin.',
  notBound: 'This panel is not the one Roster Sync placed on this page.',
} as const;

export const sayPanel = sayer(PANEL_MESSAGES, 'said.panel');

/** A failed answer for the panel, its message with its key. */
export function panelError(key: keyof typeof PANEL_MESSAGES, subs?: Record<string, string | number>): { ok: false; error: string; said: Said } {
  const { text, said } = sayPanel(key, subs);
  return { ok: false, error: text, said };
}
