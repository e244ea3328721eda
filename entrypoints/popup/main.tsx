import { i18n } from '#i18n';
import { render } from 'preact';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/ui.css';
import { Notice } from '@/components/Notice';
import { detectPopupMode, type PopupMode } from '@/lib/extension/popup-mode';
import { DraftsMode } from './drafts-mode';
import { InviteMode } from './invite-mode';
import { openedAsPage, popupProbes, targetTabId } from './tab';

const TITLES: Record<PopupMode['kind'], () => string> = {
  invite: () => i18n.t('popup.title.invite'),
  'offer-mos': () => i18n.t('popup.title.elsewhere'),
  tables: () => i18n.t('popup.title.tables'),
  elsewhere: () => i18n.t('popup.title.elsewhere'),
};

/** A part of the popup loaded once it is shown, so the popup opens on less code: each is needed on some pages only. */
function lazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  return function Lazy(props: P) {
    const [Slot, setSlot] = useState<ComponentType<P>>();
    useEffect(() => void load().then((component) => setSlot(() => component)), []);
    return Slot ? <Slot {...props} /> : null;
  };
}
const LazyFileImport = lazy(() => import('./file-import').then((m) => m.PopupFileImportSlot));
const SiteOfferSlot = lazy(() => import('./site-offer').then((m) => m.SiteOfferSlot));
const HrExport = lazy(() => import('./hr-export').then((m) => m.HrExport));

/** The popup fits where the admin is: the invite form on My Organization, the export on an HR page, else the drafts. */
function Popup() {
  const [tabId, setTabId] = useState<number>();
  const [mode, setMode] = useState<PopupMode>();
  const detect = () =>
    targetTabId()
      .then(async (id) => {
        setTabId(id);
        setMode(await detectPopupMode(popupProbes(id)));
      })
      .catch(() => setMode({ kind: 'elsewhere', reason: 'unreadable' }));
  useEffect(() => void detect(), []);

  return (
    <main class="popup" data-mode={mode?.kind ?? 'detecting'}>
      <h1>{mode ? TITLES[mode.kind]() : i18n.t('popup.title.elsewhere')}</h1>
      {!mode && <Notice kind="info">{i18n.t('popup.looking')}</Notice>}
      {mode?.kind === 'invite' && tabId !== undefined && <InviteMode tabId={tabId} />}
      {mode?.kind === 'offer-mos' && (
        <div class="popup-scroll">
          {/* Once allowed, the page gets the mOS adapter and the popup becomes the invite form. */}
          <SiteOfferSlot kind="mos" site={mode.site} onUsed={() => void detect()} />
        </div>
      )}
      {mode?.kind === 'tables' && tabId !== undefined && (
        <HrExport tabId={tabId} closeWhenDone={!openedAsPage} initialPage={mode.page}>
          {mode.offerSite && <SiteOfferSlot kind="hr" site={mode.offerSite} />}
          <LazyFileImport />
        </HrExport>
      )}
      {mode?.kind === 'elsewhere' && (
        <div class="popup-scroll stack">
          <DraftsMode reason={mode.reason} />
          <LazyFileImport />
        </div>
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
