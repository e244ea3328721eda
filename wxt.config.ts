import { defineConfig } from 'wxt';

const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ mode }) => ({
    name: 'Roster Sync for mOS',
    description: 'Turns your HR roster into the mOS bulk-invite file and puts it into the mOS My Organization screen.',
    permissions: [
      // Read the table on the tab the admin clicks us on, and nothing else.
      'activeTab',
      // Inject the table reader there, and register the mOS page adapter on granted origins.
      'scripting',
      // Settings such as the granted mOS origins.
      'storage',
      // "Send this table to mOS" on a page's right-click menu; the click grants activeTab for that tab only.
      'contextMenus',
    ],
    // mOS and HR sites are granted one by one, from a click.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The test build treats loopback as a granted mOS origin; production holds no host permission.
    host_permissions: mode === 'test' ? LOOPBACK : [],
    web_accessible_resources: [
      {
        // The import panel is framed into the mOS page, whose origin the admin chooses at runtime.
        resources: ['mos-panel.html'],
        matches: ['<all_urls>'],
      },
    ],
  }),
});
