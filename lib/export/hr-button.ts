import type { ExtensionApi } from '../browser/api';
import { hrButtonRequestSchema, pageTablesSchema, type MessageSenderLike, type PageTables } from '../messages';
import { urlMatchesAny } from '../mos-page/origins';
import { sayer, type Said } from '../said';
import { grantedHrPatterns } from '../settings/hr-sites';
import { withoutPatterns } from '../settings/mos-origins';
import type { ExportService } from './service';
import { syncPageScript } from '../extension/mos-content-script';
import { browserHolds } from '../extension/mos-patterns';
import { heldPatterns } from '../settings/grants';

export const HR_SCRIPT_ID = 'hr-export-button';
export const HR_SCRIPT_FILE = '/content-scripts/hr-button.js';
const AGENT_FILE = '/scrape.js';

export interface HrButtonDeps {
  extensionId: string;
  grantedPatterns(): Promise<string[]>;
  listTables(tabId: number): Promise<PageTables>;
  startExport(tabId: number, table: { index: number; signature: string }): Promise<void>;
}

export type HrButtonAnswer =
  | { ok: true; table: { index: number; signature: string; label: string } | null }
  | { ok: true; started: true }
  | { ok: false; error: string; said?: Said };

/** Why the HR site button cannot export, in English; the same texts are under words.hrButton in locales/en.yml. */
export const HR_BUTTON_ERRORS = {
  notAllowed: 'Not allowed.',
  notGranted: 'This site is not a granted HR site.',
  unreadable: 'This page cannot be read.',
} as const;

const sayHrButton = sayer(HR_BUTTON_ERRORS, 'words.hrButton');

/** A refusal with its key: the button's script shows it in the browser's language. */
export function hrButtonError(key: keyof typeof HR_BUTTON_ERRORS): { ok: false; error: string; said: Said } {
  const { text, said } = sayHrButton(key);
  return { ok: false, error: text, said };
}

/**
 * Answers the button on a granted HR site: which table to sit beside, and the export when pressed.
 * Undefined for any other message, so other listeners answer those. Only our own script in the top
 * frame of a tab on a granted HR site is served; the page itself can never send us this.
 */
export async function handleHrButtonMessage(
  message: unknown,
  sender: MessageSenderLike,
  deps: HrButtonDeps,
): Promise<HrButtonAnswer | undefined> {
  const request = hrButtonRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  const tabId = sender.tab?.id;
  if (sender.id !== deps.extensionId || sender.frameId !== 0 || tabId === undefined) return hrButtonError('notAllowed');
  if (!urlMatchesAny(sender.tab?.url ?? sender.url, await deps.grantedPatterns())) {
    return hrButtonError('notGranted');
  }
  if (request.data.type === 'hr/export') {
    await deps.startExport(tabId, request.data.table);
    return { ok: true, started: true };
  }
  const best = (await deps.listTables(tabId)).tables[0];
  return { ok: true, table: best ? { index: best.index, signature: best.signature, label: best.label } : null };
}

/** The HR site button: registered on exactly the granted HR sites, and served by the table export. */
export function setUpHrButton(api: ExtensionApi, exports: Pick<ExportService, 'start'>): void {
  // Only sites the browser still grants: a stored list is never trusted alone.
  const granted = async () => heldPatterns(await grantedHrPatterns.getValue(), browserHolds);
  const sync = async () => syncPageScript(api, { id: HR_SCRIPT_ID, file: HR_SCRIPT_FILE }, await granted());
  void sync();
  grantedHrPatterns.watch(() => void sync());
  // Access taken back in the browser's own settings ends the button there too.
  api.permissions.onRemoved.addListener(({ origins = [] }) => {
    void grantedHrPatterns.getValue().then((granted) => grantedHrPatterns.setValue(withoutPatterns(granted, origins)));
  });
  const deps: HrButtonDeps = {
    extensionId: api.runtime.id,
    grantedPatterns: granted,
    async listTables(tabId) {
      const [injection] = await api.scripting.executeScript({ target: { tabId }, files: [AGENT_FILE] });
      return pageTablesSchema.parse(injection?.result);
    },
    // The export runs on after the answer, as from the popup; the editor opens when every row is read.
    startExport: async (tabId, table) => void exports.start(tabId, table),
  };
  api.runtime.onMessage.addListener((message, sender) => {
    if (!hrButtonRequestSchema.safeParse(message).success) return undefined;
    return handleHrButtonMessage(message, sender, deps).catch(() => hrButtonError('unreadable'));
  });
}
