import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '@/components/Notice';

const BLOCKED_EVENT = 'roster-sync-db-blocked';
let blockedNow = false;

/** Called when a tab of an older version holds the drafts database open, so this page cannot upgrade it. */
export function reportUpgradeBlocked(): void {
  blockedNow = true;
  dispatchEvent(new Event(BLOCKED_EVENT));
}

/** Tells the admin which tabs to close while an update of the drafts database waits; goes once it is done. */
export function UpgradeBlockedBanner({ db }: { db: Promise<unknown> }) {
  const [blocked, setBlocked] = useState(blockedNow);
  useEffect(() => {
    let live = true;
    const onBlocked = () => setBlocked(true);
    addEventListener(BLOCKED_EVENT, onBlocked);
    setBlocked(blockedNow);
    void db.finally(() => {
      blockedNow = false;
      if (live) setBlocked(false);
    });
    return () => {
      live = false;
      removeEventListener(BLOCKED_EVENT, onBlocked);
    };
  }, [db]);
  return blocked ? (
    <div style={{ padding: '12px 24px 0' }} data-testid="db-upgrade-blocked">
      <Notice kind="warning">{i18n.t('crawl.upgradeBlocked')}</Notice>
    </div>
  ) : null;
}
