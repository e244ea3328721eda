import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/ui.css';
import { DeleteAllData } from '@/components/options/DeleteAllData';
import { MosOrigins } from '@/components/options/MosOrigins';
import { HrSites } from '@/components/options/HrSites';
import { grantHrSite, revokeHrSite, useHrSitePatterns } from './hr-sites';
import { grantedHrPatterns } from '@/lib/settings/hr-sites';
import { eraseDraftDatabase } from '@/lib/drafts/erase';
import { grantedMosPatterns } from '@/lib/settings/items';
import { OriginInputError, mosOriginPattern, withPattern, withoutPatterns } from '@/lib/settings/mos-origins';

async function grant(address: string): Promise<string | undefined> {
  let pattern: string;
  try {
    pattern = mosOriginPattern(address);
  } catch (e) {
    return e instanceof OriginInputError ? e.message : String(e);
  }
  const allowed = await browser.permissions.request({ origins: [pattern] });
  if (!allowed) return 'The browser did not allow access to that address, so the panel cannot appear there.';
  await grantedMosPatterns.setValue(withPattern(await grantedMosPatterns.getValue(), pattern));
  return undefined;
}

async function revoke(pattern: string): Promise<void> {
  await grantedMosPatterns.setValue(withoutPatterns(await grantedMosPatterns.getValue(), [pattern]));
  // Still granted as an HR site: the browser keeps the access for the export button there.
  if ((await grantedHrPatterns.getValue()).includes(pattern)) return;
  // The test build holds loopback by manifest; the browser refuses to remove those, which is fine.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

async function deleteAllData(): Promise<string> {
  const granted = [...(await grantedMosPatterns.getValue()), ...(await grantedHrPatterns.getValue())];
  let blocked = false;
  await eraseDraftDatabase(() => (blocked = true));
  await browser.storage.local.clear();
  await browser.permissions.remove({ origins: granted }).catch(() => false);
  return blocked
    ? 'Everything is deleted. Another Roster Sync tab was open; reload it before going on.'
    : 'Everything is deleted.';
}

function Options() {
  const [patterns, setPatterns] = useState<string[]>([]);
  useEffect(() => {
    void grantedMosPatterns.getValue().then(setPatterns);
    return grantedMosPatterns.watch((value) => setPatterns(value ?? []));
  }, []);
  return (
    <main class="stack" style={{ padding: '16px 24px', maxWidth: '760px' }}>
      <h1>Roster Sync for mOS – Settings</h1>
      <MosOrigins patterns={patterns} onGrant={grant} onRevoke={revoke} />
      <HrSites patterns={useHrSitePatterns()} onGrant={grantHrSite} onRevoke={revokeHrSite} />
      <DeleteAllData onDelete={deleteAllData} />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
