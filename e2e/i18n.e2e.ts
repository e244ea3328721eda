import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';

declare const chrome: { i18n: { getMessage(key: string): string }; runtime: { getManifest(): { description: string } } };

describe('the extension speaks the browser language', () => {
  let german: ExtensionSession;
  beforeAll(async () => {
    german = await startSession({ locale: 'de' });
  });
  afterAll(async () => german?.close());

  it('a German browser gets the German messages, manifest included', async () => {
    const description = await german.serviceWorker.evaluate(() => chrome.i18n.getMessage('extDescription'));
    expect(description).toMatch(/Einladungsdatei/);
  });
});
