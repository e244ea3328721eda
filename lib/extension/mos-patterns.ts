import { LOOPBACK_TEST_PATTERNS } from '../mos-page/origins';
import { grantedMosPatterns } from '../settings/items';

/** Match patterns of the mOS origins to serve: those the admin granted, plus loopback in the test build. */
export async function mosOriginPatterns(mode: string = import.meta.env.MODE): Promise<string[]> {
  const granted = await grantedMosPatterns.getValue();
  // The test build treats loopback as a granted mOS origin, and nothing else differs.
  return mode === 'test' ? [...new Set([...granted, ...LOOPBACK_TEST_PATTERNS])] : granted;
}
