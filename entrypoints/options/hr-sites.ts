import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { grantedMosPatterns } from '@/lib/settings/items';
import { grantedHrPatterns, hrSitePattern } from '@/lib/settings/hr-sites';
import { OriginInputError, withPattern, withoutPatterns } from '@/lib/settings/mos-origins';
import { originProblemText } from './actions';

/** Asks the browser for the HR site from the admin's click, then lists it; the background registers the button. */
export async function grantHrSite(address: string): Promise<string | undefined> {
  let pattern: string;
  try {
    pattern = hrSitePattern(address);
  } catch (e) {
    if (!(e instanceof OriginInputError)) return String(e);
    return e.problem === 'empty' ? i18n.t('hrsites.errorEmpty') : originProblemText(e.problem, e.subject);
  }
  const allowed = await browser.permissions.request({ origins: [pattern] });
  if (!allowed) return i18n.t('hrsites.refused');
  await grantedHrPatterns.setValue(withPattern(await grantedHrPatterns.getValue(), pattern));
  return undefined;
}

export async function revokeHrSite(pattern: string): Promise<void> {
  await grantedHrPatterns.setValue(withoutPatterns(await grantedHrPatterns.getValue(), [pattern]));
  // The same address may also be granted as mOS; then the browser keeps the access for the panel.
  if ((await grantedMosPatterns.getValue()).includes(pattern)) return;
  // The test build holds loopback by manifest; the browser refuses to remove those, which is fine.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

export function useHrSitePatterns(): string[] {
  const [patterns, setPatterns] = useState<string[]>([]);
  useEffect(() => {
    void grantedHrPatterns.getValue().then(setPatterns);
    return grantedHrPatterns.watch((value) => setPatterns(value ?? []));
  }, []);
  return patterns;
}
