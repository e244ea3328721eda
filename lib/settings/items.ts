import { defineItem } from '../browser/storage';
import type { PanelBindings } from '../mos-panel/binding';
import { grantList } from './grants';

/** Match patterns of the mOS origins the admin granted from the options page; out of content scripts' reach (grants.ts). */
export const grantedMosPatterns = grantList('mos');

/** Per mOS tab, the people of the last file sent there: the page reports them as they show up invited. */
export const pendingInvitations = defineItem<Record<string, { draftId: string; emails: string[] }>>(
  // Session storage: kept across the background's restarts, gone when the browser closes.
  'session:pendingInvitations',
  { fallback: {} },
);

/** Per mOS tab, the panel frame its page adapter made (lib/mos-panel/binding.ts); session storage, out of content scripts' reach. */
export const panelBindings = defineItem<PanelBindings>('session:panelBindings', { fallback: {} });

/** Whether the admin folded the mOS panel away; kept so it stays out of their way on every visit. */
export const panelCollapsed = defineItem<boolean>('local:panelCollapsed', { fallback: false });
