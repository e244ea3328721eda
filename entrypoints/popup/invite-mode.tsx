import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Notice } from '@/components/Notice';
import { uiLocale } from '@/components/format';
import { InviteForm } from '@/components/popup/InviteForm';
import { listDrafts, openRosterDb } from '@/lib/drafts';
import { InviteController, type InviteDeps } from '@/lib/sources/invite/controller';
import { mosPageClient } from '@/lib/sources/invite/page-client';
import { loadInvitePreferences, loadInviteWork, saveInvitePreferences, saveInviteWork } from '@/lib/sources/invite/preferences';
import { editorUrl, sendToMosPage, tabHost } from './tab';

function inviteDeps(tabId: number): InviteDeps {
  // The popup is an extension page: it may open the drafts database itself.
  const db = openRosterDb();
  return {
    page: mosPageClient(sendToMosPage(tabId)),
    listDrafts: async () => (await listDrafts(await db)).map(({ id, name, rowCount }) => ({ id, name, rowCount })),
    // Drafts are made with the mapping engine, which the popup loads only when people go to a draft.
    addToDraft: async (target, people) => {
      const { addInviteesToDraft } = await import('@/lib/sources/invite/to-draft');
      const { draftNameDate } = await import('@/lib/drafts/draft-names');
      const nameNew = (now: Date) => i18n.t('words.draftNames.invites', { date: draftNameDate(now, uiLocale()) });
      return addInviteesToDraft(await db, target, people, { site: await tabHost(tabId), nameNew });
    },
    loadPreferences: loadInvitePreferences,
    savePreferences: saveInvitePreferences,
    loadWork: loadInviteWork,
    saveWork: saveInviteWork,
  };
}

/** On the mOS My Organization screen: the invite form, run by the controller in lib/sources/invite. */
export function InviteMode({ tabId }: { tabId: number }) {
  const controller = useMemo(() => new InviteController(inviteDeps(tabId)), [tabId]);
  const [view, setView] = useState(controller.view);
  useEffect(() => {
    const unsubscribe = controller.subscribe(setView);
    void controller.start();
    return unsubscribe;
  }, [controller]);
  if (!view.ready) return <Notice kind="info">{i18n.t('popup.invite.opening')}</Notice>;
  return <InviteForm view={view} actions={controller} editorUrl={editorUrl} />;
}
