import { holdsOrigin } from '../browser/permissions';
import { LOOPBACK_TEST_PATTERNS } from '../mos-page/origins';
import { heldPatterns, type PatternList } from '../settings/grants';
import { grantedMosPatterns } from '../settings/items';

/** Whether the browser holds the host permission for a pattern: what any stored grant must agree with. */
export const browserHolds = holdsOrigin;

/**
 * Match patterns of the mOS origins to serve: those the admin granted that the browser still holds access to,
 * plus loopback in the test build.
 */
export async function mosOriginPatterns(
  mode: string = import.meta.env.MODE,
  list: Pick<PatternList, 'getValue'> = grantedMosPatterns,
  holds: (pattern: string) => Promise<boolean> = browserHolds,
): Promise<string[]> {
  const granted = await heldPatterns(await list.getValue(), holds);
  // The test build treats loopback as a granted mOS origin, and nothing else differs.
  return mode === 'test' ? [...new Set([...granted, ...LOOPBACK_TEST_PATTERNS])] : granted;
}
