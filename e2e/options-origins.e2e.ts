import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';

describe('granting and revoking the mOS address in the options page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('refuses a bad address, lists a granted one, and removes it again', async () => {
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.getByTestId('mos-origin-empty').waitFor();

    await options.getByTestId('mos-origin-input').fill('ftp://files.example');
    await options.getByTestId('mos-origin-grant').click();
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('not a web address');

    // The test build already holds loopback access, so the browser grants it without a prompt.
    await options.getByTestId('mos-origin-input').fill(`${session.demoOrigin.replace('127.0.0.1', 'localhost')}/mos/`);
    await options.getByTestId('mos-origin-grant').click();
    await expect.poll(() => options.getByTestId('mos-origin-list').textContent()).toContain('http://localhost');
    const stored = await session.readGrantedPatterns('mos');
    expect(stored).toEqual(['http://localhost/*']);

    await options.getByRole('button', { name: 'Remove http://localhost' }).click();
    await options.getByTestId('mos-origin-empty').waitFor();
    const after = await session.readGrantedPatterns('mos');
    expect(after).toEqual([]);
  });
});
