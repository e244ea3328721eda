import { useEffect, useRef, useState } from 'preact/hooks';
import {
  changeOf,
  readEffectiveOrgSettings,
  updateOrgSettings,
  watchEffectiveOrgSettings,
  type OrgSettings,
  type OrgSettingsChange,
} from '@/lib/settings/org';
import { withoutLocked } from '@/lib/settings/precedence';
import { i18n } from '#i18n';
import { errorText } from './format';

const NONE_LOCKED: ReadonlySet<keyof OrgSettings> = new Set();

/** The organisation settings in force, live: IT's policy wins, and a change in any tab shows here at once. Last comes why
 * the latest change could not be saved, if it could not; the settings shown are then the ones still stored. */
export function useOrgSettings(): [
  OrgSettings | undefined,
  (change: OrgSettingsChange) => void,
  ReadonlySet<keyof OrgSettings>,
  string | undefined,
] {
  const [settings, setSettings] = useState<OrgSettings>();
  const [locked, setLocked] = useState(NONE_LOCKED);
  const [saveProblem, setSaveProblem] = useState<string>();
  const lockedNow = useRef(locked);
  // While this tab's own changes are being saved, stored values lag behind the screen: showing them would undo a click.
  const unsaved = useRef(0);
  const show = ({ value, locked: byPolicy }: { value: OrgSettings; locked: ReadonlySet<keyof OrgSettings> }) => {
    if (unsaved.current > 0) return;
    lockedNow.current = byPolicy;
    setSettings(value);
    setLocked(byPolicy);
  };
  useEffect(() => {
    void readEffectiveOrgSettings().then(show);
    return watchEffectiveOrgSettings(show);
  }, []);
  const change = (next: OrgSettingsChange) => {
    unsaved.current += 1;
    setSaveProblem(undefined);
    setSettings((current) => current && { ...current, ...withoutLocked(changeOf(next, current), lockedNow.current) });
    updateOrgSettings(next)
      .catch((error: unknown) => setSaveProblem(i18n.t('editor.settingsNotSaved', { reason: errorText(error) })))
      .finally(() => {
        unsaved.current -= 1;
        if (unsaved.current === 0) void readEffectiveOrgSettings().then(show);
      });
  };
  return [settings, change, locked, saveProblem];
}
