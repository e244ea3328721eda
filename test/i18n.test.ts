import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { resolve } from 'node:path';
import { i18n } from '#i18n';

const keysOf = async (locale: string) =>
  (await parseMessagesFile(resolve(__dirname, `../locales/${locale}.yml`))).map((m) => m.key.join('.')).sort();

describe('message files', () => {
  it('German has exactly the English keys, so no screen falls back half-way', async () => {
    expect(await keysOf('de')).toEqual(await keysOf('en'));
  });

  it('the UI reads its strings from them', () => {
    expect(i18n.t('extName')).toBe('Roster Sync for mOS');
  });
});
