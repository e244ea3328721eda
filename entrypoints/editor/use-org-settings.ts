import { useEffect, useState } from 'preact/hooks';
import { readOrgSettings, updateOrgSettings, watchOrgSettings, type OrgSettings } from '@/lib/settings/org';

/** The organisation settings, live: a change in any tab or the options page shows here at once. */
export function useOrgSettings(): [OrgSettings | undefined, (change: Partial<OrgSettings>) => void] {
  const [settings, setSettings] = useState<OrgSettings>();
  useEffect(() => {
    void readOrgSettings().then(setSettings);
    return watchOrgSettings(setSettings);
  }, []);
  const change = (next: Partial<OrgSettings>) => void updateOrgSettings(next).then(setSettings);
  return [settings, change];
}
