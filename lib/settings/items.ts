import { storage } from 'wxt/utils/storage';

/** Match patterns of the mOS origins the admin granted from the options page. */
export const grantedMosPatterns = storage.defineItem<string[]>('local:mosOriginPatterns', { fallback: [] });

/** Whether the admin folded the mOS panel away; kept so it stays out of their way on every visit. */
export const panelCollapsed = storage.defineItem<boolean>('local:panelCollapsed', { fallback: false });
