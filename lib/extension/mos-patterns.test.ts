import { describe, expect, it } from 'vitest';
import { mosOriginPatterns } from './mos-patterns';

describe('mosOriginPatterns', () => {
  const list = { getValue: async () => ['https://app.mos.example/*', 'https://evil.example/*'] };
  const holds = async (pattern: string) => pattern === 'https://app.mos.example/*';

  it('serves only the stored origins the browser really grants', async () => {
    expect(await mosOriginPatterns('production', list, holds)).toEqual(['https://app.mos.example/*']);
  });

  it('adds loopback in the test build only', async () => {
    expect(await mosOriginPatterns('test', list, holds)).toEqual(['https://app.mos.example/*', 'http://127.0.0.1/*', 'http://localhost/*']);
  });
});
