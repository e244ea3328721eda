import { storage } from 'wxt/utils/storage';

/** Match patterns of the mOS origins the admin granted from the options page. */
export const grantedMosPatterns = storage.defineItem<string[]>('local:mosOriginPatterns', { fallback: [] });
