import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const OUTPUT = new URL('../.output/', import.meta.url);

async function manifest(dir: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(new URL(`${dir}/manifest.json`, OUTPUT), 'utf8'));
}

/** What the built extensions may ask for, exactly: a new permission must be a deliberate change here. */
describe('permissions in the built manifests', () => {
  it('Chrome (MV3): no host access at install, mOS and HR sites only as optional grants', async () => {
    const m = await manifest('chrome-mv3');
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage', 'alarms', 'contextMenus']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.content_scripts ?? []).toEqual([]);
  });

  it('Firefox (MV2): the same, with hosts among optional permissions', async () => {
    const m = await manifest('firefox-mv2');
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage', 'alarms', 'contextMenus']);
    expect(m.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.browser_specific_settings).toMatchObject({ gecko: { data_collection_permissions: { required: ['none'] } } });
  });

  it('the test build differs only by loopback host access', async () => {
    const [production, test] = await Promise.all([manifest('chrome-mv3'), manifest('chrome-mv3-test')]);
    expect(test.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect({ ...test, host_permissions: [] }).toEqual({ ...production, host_permissions: [] });
  });

  it('offers the export command, and Chrome a schema for IT-managed settings', async () => {
    const [chrome, firefox] = await Promise.all([manifest('chrome-mv3'), manifest('firefox-mv2')]);
    expect(chrome.commands).toMatchObject({ 'export-table': { suggested_key: { default: 'Alt+Shift+E' } } });
    expect(firefox.commands).toEqual(chrome.commands);
    expect(chrome.storage).toEqual({ managed_schema: 'managed-schema.json' });
    const schema = JSON.parse(await readFile(new URL('chrome-mv3/managed-schema.json', OUTPUT), 'utf8'));
    expect(schema.type).toBe('object');
    // Firefox takes managed settings from its policies.json, not from a manifest schema.
    expect(firefox.storage).toBeUndefined();
  });
});
