import type { PatternList } from '@/lib/settings/grants';
import { withPattern, withoutPatterns } from '@/lib/settings/mos-origins';

/** Asks the browser for the site from the admin's click, then lists it; `refused` is what to say if the admin declines. */
export async function grantSite(list: PatternList, pattern: string, refused: string): Promise<string | undefined> {
  const allowed = await browser.permissions.request({ origins: [pattern] });
  if (!allowed) return refused;
  await list.setValue(withPattern(await list.getValue(), pattern));
  return undefined;
}

/** Takes the site off `list`, and gives the access back unless `alsoIn` (the other list of sites) still needs it. */
export async function revokeSite(list: PatternList, alsoIn: PatternList, pattern: string): Promise<void> {
  await list.setValue(withoutPatterns(await list.getValue(), [pattern]));
  if ((await alsoIn.getValue()).includes(pattern)) return;
  // The test build holds loopback by manifest; the browser refuses to remove those, which is fine.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
