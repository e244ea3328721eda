import { useEffect, useState } from 'preact/hooks';
import { readEffectiveOrgSettings, updateOrgSettings, watchEffectiveOrgSettings, type OrgSettings } from '@/lib/settings/org';

const NONE_LOCKED: ReadonlySet<keyof OrgSettings> = new Set();

/** The organisation settings in force, live: IT's policy wins, and a change in any tab shows here at once. */
export function useOrgSettings(): [OrgSettings | undefined, (change: Partial<OrgSettings>) => void, ReadonlySet<keyof OrgSettings>] {
  const [settings, setSettings] = useState<OrgSettings>();
  const [locked, setLocked] = useState(NONE_LOCKED);
  useEffect(() => {
    const show = ({ value, locked: byPolicy }: { value: OrgSettings; locked: ReadonlySet<keyof OrgSettings> }) => {
      setSettings(value);
      setLocked(byPolicy);
    };
    void readEffectiveOrgSettings().then(show);
    return watchEffectiveOrgSettings(show);
  }, []);
  const change = (next: Partial<OrgSettings>) => void updateOrgSettings(next).then(setSettings);
  return [settings, change, locked];
}
