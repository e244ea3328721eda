import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import '@/components/ui.css';
import '@/components/editor/editor.css';
import { OrgSettingsPanel } from '@/components/editor/OrgSettingsPanel';
import { DeleteAllData } from '@/components/options/DeleteAllData';
import { MosOrigins } from '@/components/options/MosOrigins';
import { HrSites } from '@/components/options/HrSites';
import { grantHrSite, revokeHrSite, useHrSitePatterns } from './hr-sites';
import { NextUserId } from '@/components/options/NextUserId';
import { SettingsTransfer } from '@/components/options/SettingsTransfer';
import { SettingsNav } from '@/components/options/SettingsNav';
import { grantedMosPatterns } from '@/lib/settings/items';
import { readManagedSettings, watchManagedSettings } from '@/lib/settings/managed';
import { useOrgSettings } from '../../components/use-org-settings';
import * as act from './actions';

function usePatterns(): string[] {
  const [patterns, setPatterns] = useState<string[]>([]);
  useEffect(() => {
    void grantedMosPatterns.getValue().then(setPatterns);
    return grantedMosPatterns.watch((value) => setPatterns(value ?? []));
  }, []);
  return patterns;
}

function useManagedOrigins(): string[] {
  const [origins, setOrigins] = useState<string[]>([]);
  useEffect(() => {
    const read = () => void readManagedSettings().then((managed) => setOrigins(managed.mosOrigins ?? []));
    read();
    return watchManagedSettings(read);
  }, []);
  return origins;
}

function useUserIds(): [act.UserIdState | undefined, () => void] {
  const [state, setState] = useState<act.UserIdState>();
  const reload = () => void act.readUserIds().then(setState);
  useEffect(() => {
    reload();
    // Files made in the editor meanwhile move the counter: show it fresh when the admin comes back.
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, []);
  return [state, reload];
}

function Options() {
  const patterns = usePatterns();
  const presets = useManagedOrigins().map((address) => ({ address, granted: patterns.includes(act.patternOf(address) ?? '') }));
  const [settings, changeSettings, locked, settingsProblem] = useOrgSettings();
  const [userIds, reloadUserIds] = useUserIds();
  return (
    <div class="settings-layout">
      <SettingsNav />
      <main class="stack">
        <h1>{i18n.t('options.pageTitle')}</h1>
        <MosOrigins patterns={patterns} presets={presets} onGrant={act.grant} onRevoke={act.revoke} />
        <HrSites patterns={useHrSitePatterns()} onGrant={grantHrSite} onRevoke={revokeHrSite} />
        <section class="card stack" aria-labelledby="org-settings-title">
          <h2 id="org-settings-title">{i18n.t('options.org.title')}</h2>
          <p class="muted">{i18n.t('options.org.intro')}</p>
          {settings && <OrgSettingsPanel settings={settings} onChange={changeSettings} locked={locked} saveProblem={settingsProblem} />}
        </section>
        {userIds && (
          <NextUserId
            next={userIds.next}
            history={userIds.history}
            onRaise={(wanted) => act.raiseUserId(wanted).finally(reloadUserIds)}
          />
        )}
        <SettingsTransfer
          onExport={() => void act.exportSettings()}
          onImport={(text) => act.importSettings(text).finally(reloadUserIds)}
        />
        <DeleteAllData onDelete={() => act.deleteAllData().finally(reloadUserIds)} />
      </main>
    </div>
  );
}

document.title = i18n.t('options.pageTitle');
render(<Options />, document.getElementById('app')!);
