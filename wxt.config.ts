import { defineConfig } from 'wxt';
import type { Browser } from 'wxt/browser';

const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];
const ANY_SITE = ['https://*/*', 'http://*/*'];
/**
 * Scripts run in web pages (the table reader and the content scripts) that only connect ports, send messages and
 * answer them at once (through sendResponse), where the browser's own API behaves as the polyfill does. A script whose onMessage listener answers with a promise
 * (mos) keeps the polyfill: Chrome's own API ignores that promise.
 */
const OWN_API_CONTENT_SCRIPTS = new Set(['scrape', 'hr-button', 'mos-look']);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // The sources zip is for store review: never the screenshots and CSVs `npm start` and `npm run screenshots` leave behind.
  zip: { excludeSources: ['demo-output/**', 'store/screenshots/**'] },
  // Module workers can load code on demand: the file reader pulls in the XLSX library only for workbooks.
  vite: () => ({ worker: { format: 'es' } }),
  hooks: {
    // The polyfill is kept off the page scripts that use nothing it changes: Chrome's own API returns promises
    // and Firefox has `browser`, so WXT's `browser` is the browser's own there and they carry about 2.7 KB gzip less.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => OWN_API_CONTENT_SCRIPTS.has(entrypoint.name))) return;
      const alias = config.resolve?.alias as Record<string, string> | undefined;
      if (alias) delete alias['wxt/browser'];
    },
  },
  manifest: ({ mode, manifestVersion, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // The UI follows the browser's language: English, or German.
    default_locale: 'en',
    permissions: [
      // Read the table on the tab the admin clicks us on, and nothing else.
      'activeTab',
      // Inject the table reader there, and register the mOS page adapter on granted origins.
      'scripting',
      // Settings such as the granted mOS origins.
      'storage',
      // Deletes drafts past the retention period every few hours, so rosters do not linger in a browser left open.
      'alarms',
      // "Send this table to mOS" on a page's right-click menu; the click grants activeTab for that tab only.
      'contextMenus',
    ],
    // mOS and HR sites are granted one by one, from a click (MV2 lists hosts among optional permissions).
    ...(manifestVersion === 3
      ? { optional_host_permissions: ANY_SITE }
      : { optional_permissions: ANY_SITE as Browser.runtime.ManifestPermission[] }),
    // The test build treats loopback as a granted mOS origin; production holds no host permission.
    host_permissions: mode === 'test' ? LOOPBACK : [],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // A stable id for storage and managed settings; 140 (ESR) is the first to know data_collection_permissions.
          id: 'roster-sync-for-mos@mos-tools',
          strict_min_version: '140.0',
          // Nothing leaves the browser: the roster goes only into the mOS page the admin opens.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
    // Alt+Shift+E exports the current tab's most employee-like table; a command needs no permission.
    commands: {
      'export-table': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_options_commandExportTable__',
      },
    },
    // IT presets mOS addresses, rules and defaults through chrome.storage.managed; Firefox reads policies.json instead.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    web_accessible_resources: [
      {
        // The import panel is framed into the mOS page, whose origin the admin chooses at runtime.
        resources: ['mos-panel.html'],
        matches: ['<all_urls>'],
        // Reachable only at a per-session address our own scripts get from runtime.getURL: no site can probe for it.
        use_dynamic_url: true,
      },
    ],
  }),
});
