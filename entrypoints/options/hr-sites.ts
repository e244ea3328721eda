import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { grantedMosPatterns } from '@/lib/settings/items';
import { grantedHrPatterns, hrSitePattern } from '@/lib/settings/hr-sites';
import { OriginInputError } from '@/lib/settings/mos-origins';
import { originProblemText } from './actions';
import { grantSite, revokeSite } from './site-access';

/** Asks the browser for the HR site from the admin's click, then lists it; the background registers the button. */
export async function grantHrSite(address: string): Promise<string | undefined> {
  let pattern: string;
  try {
    pattern = hrSitePattern(address);
  } catch (e) {
    if (!(e instanceof OriginInputError)) return String(e);
    return e.problem === 'empty' ? i18n.t('hrsites.errorEmpty') : originProblemText(e.problem, e.subject);
  }
  return grantSite(grantedHrPatterns, pattern, i18n.t('hrsites.refused'));
}

/** Also granted as mOS, the address keeps its access for the panel. */
export const revokeHrSite = (pattern: string): Promise<void> => revokeSite(grantedHrPatterns, grantedMosPatterns, pattern);

export function useHrSitePatterns(): string[] {
  const [patterns, setPatterns] = useState<string[]>([]);
  useEffect(() => {
    void grantedHrPatterns.getValue().then(setPatterns);
    return grantedHrPatterns.watch((value) => setPatterns(value ?? []));
  }, []);
  return patterns;
}
