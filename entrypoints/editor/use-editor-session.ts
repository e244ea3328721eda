import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { RosterDatabase } from '@/lib/drafts/db';
import { EditorSession } from '@/lib/drafts/editor/session';
import type { RowPolicy } from '@/lib/drafts/types';

/** Fired on the window when the database was closed for a newer version of the extension. */
export const DB_CLOSED_EVENT = 'roster-sync-db-closed';

/** Opens an editing session on a draft for this page's lifetime, and renders again on every change. */
export function useEditorSession(db: Promise<RosterDatabase>, draftId: string, policy: RowPolicy | undefined): EditorSession | undefined {
  const [session, setSession] = useState<EditorSession>();
  const [, setVersion] = useState(0);

  useEffect(() => {
    if (!policy) return;
    let current: EditorSession | undefined;
    let cancelled = false;
    void db.then((opened) => {
      if (cancelled) return;
      current = new EditorSession(opened, draftId, policy, undefined, (step, label) =>
        i18n.t(step === 'undo' ? 'editor.undoStep' : 'editor.redoStep', { label }),
      );
      current.subscribe(() => setVersion((v) => v + 1));
      setSession(current);
      void current.open();
    });
    // A tab that slept may have missed other tabs' messages.
    const onVisible = () => document.visibilityState === 'visible' && void current?.catchUp();
    const onHide = () => current?.close();
    const onClosed = () => current?.markClosed();
    // Coming back from the back/forward cache, the session has said goodbye: start afresh.
    const onShow = (event: PageTransitionEvent) => event.persisted && location.reload();
    window.addEventListener('pageshow', onShow);
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pagehide', onHide);
    window.addEventListener(DB_CLOSED_EVENT, onClosed);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener(DB_CLOSED_EVENT, onClosed);
      window.removeEventListener('pageshow', onShow);
      current?.close();
    };
  }, [draftId, policy === undefined]);

  useEffect(() => {
    if (policy) session?.setPolicy(policy);
  }, [session, policy?.opportunityLicenses, policy?.preferredFirstNames, policy?.leaveOut?.join()]);

  return session;
}
